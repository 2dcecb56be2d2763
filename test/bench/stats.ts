/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** One line of the report: our time, the peer's, the ratio, and the target. */
export function report(name: string, ours: number, peer: { name: string; ms: number } | null, target: { ms: number; label: string }): string {
  const ratio = peer ? `${(peer.ms / ours).toFixed(2)}× vs ${peer.name} (${peer.ms.toFixed(2)} ms)` : 'no peer';
  const verdict = ours <= target.ms ? 'OK' : 'AU-DESSUS DE LA CIBLE';
  return `${name.padEnd(44)} ${ours.toFixed(2).padStart(9)} ms  | ${ratio} | cible ${target.label} → ${(target.ms / ours).toFixed(2)}× de marge, ${verdict}`;
}

/**
 * Times ours warm (after `warmup` runs, back to back, in-process) and the peer's whole runs, in two
 * rounds so a burst of load on a shared machine does not fall on one side only. Medians.
 */
export async function oursAgainstPeer(
  ours: () => Promise<unknown>,
  peer: () => unknown,
  counts: { warmup: number; ours: number; peer: number },
): Promise<{ ours: number; peer: number }> {
  const time = async (fn: () => unknown) => {
    const t0 = performance.now();
    await fn();
    return performance.now() - t0;
  };
  for (let i = 0; i < counts.warmup; i++) await ours();
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (let i = 0; i < counts.ours; i++) a.push(await time(ours));
    for (let i = 0; i < counts.peer; i++) b.push(await time(peer));
  }
  return { ours: median(a), peer: median(b) };
}
