import type { PmNode } from '../model/document';
import { nodeText } from './sections';
import { blockSpec } from '../schema/blocks/registry';
import { columnLabel, normalizeBlockData, type BlockData, type CellValue } from '../schema/blocks/block-spec';

/** A run of words: kept, added in the newer version, or removed from the older one. */
export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** One field or cell of a business block that differs between the two versions. */
export interface FieldChange {
  label: string;
  before: string;
  after: string;
}

/** One top-level element of the comparison, in the newer version's order. */
export type VersionDiffItem =
  | { kind: 'same'; type: string; text: string }
  | { kind: 'added' | 'removed'; type: string; text: string }
  | { kind: 'changed'; type: string; segments: DiffSegment[] }
  | { kind: 'block'; type: string; title: string; changes: FieldChange[] };

/** Pairs of equal items (indices into a and b) along a longest common subsequence. */
function lcsPairs<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) table[i][j] = equal(a[i], b[j]) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (equal(a[i], b[j])) pairs.push([i++, j++]);
    else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  return pairs;
}

/** Word by word differences between two texts, consecutive words of a kind joined. */
export function diffWords(before: string, after: string): DiffSegment[] {
  const a = before.split(/(\s+)/).filter(Boolean);
  const b = after.split(/(\s+)/).filter(Boolean);
  const out: DiffSegment[] = [];
  const push = (kind: DiffSegment['kind'], text: string) => {
    const last = out[out.length - 1];
    if (last?.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...lcsPairs(a, b, (x, y) => x === y), [a.length, b.length] as [number, number]]) {
    while (i < pi) push('removed', a[i++]);
    while (j < pj) push('added', b[j++]);
    if (pi < a.length) push('same', a[pi]);
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

function cellText(value: CellValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The fields and cells of a block that differ, named as the candidate sees them (« Budget (€), action 2 »). */
export function blockChanges(type: string, before: unknown, after: unknown): FieldChange[] {
  const spec = blockSpec(type);
  if (!spec) return [];
  const a: BlockData = normalizeBlockData(spec, before);
  const b: BlockData = normalizeBlockData(spec, after);
  const changes: FieldChange[] = [];
  for (const f of spec.fields) {
    const [x, y] = [cellText(a.fields[f.key]), cellText(b.fields[f.key])];
    if (x !== y) changes.push({ label: f.label, before: x, after: y });
  }
  for (const t of spec.tables) {
    const rows = Math.max(a.tables[t.key]?.length ?? 0, b.tables[t.key]?.length ?? 0);
    for (let r = 0; r < rows; r++) {
      for (const c of t.columns) {
        const [x, y] = [cellText(a.tables[t.key]?.[r]?.[c.key]), cellText(b.tables[t.key]?.[r]?.[c.key])];
        if (x !== y) changes.push({ label: `${columnLabel(c, b)}, ${t.rowLabel} ${r + 1}`, before: x, after: y });
      }
    }
  }
  return changes;
}

interface Item {
  node: PmNode;
  text: string;
  key: string;
}

/**
 * Compares two versions of a mémoire element by element: the elements common to both are paired in
 * order; between two pairs, an element of the same kind on each side is « changed » (its words
 * compared), the others added or removed. Business blocks are compared field by field.
 */
export function compareVersions(older: PmNode, newer: PmNode): VersionDiffItem[] {
  const items = (doc: PmNode): Item[] =>
    (doc.content ?? [])
      .filter((n) => n.type !== 'guidance')
      .map((node) => ({
        node,
        text: nodeText(node),
        key: `${node.type}\u0000${blockSpec(node.type) ? JSON.stringify(node.attrs?.data ?? null) : nodeText(node)}`,
      }));
  const a = items(older);
  const b = items(newer);
  const out: VersionDiffItem[] = [];
  const gap = (from: Item[], to: Item[]) => {
    const paired = Math.min(from.length, to.length);
    for (let k = 0; k < Math.max(from.length, to.length); k++) {
      const [x, y] = [from[k], to[k]];
      if (k < paired && x.node.type === y.node.type) {
        const spec = blockSpec(y.node.type);
        if (spec) out.push({ kind: 'block', type: y.node.type, title: spec.title, changes: blockChanges(y.node.type, x.node.attrs?.data, y.node.attrs?.data) });
        else out.push({ kind: 'changed', type: y.node.type, segments: diffWords(x.text, y.text) });
      } else {
        if (x) out.push({ kind: 'removed', type: x.node.type, text: x.text });
        if (y) out.push({ kind: 'added', type: y.node.type, text: y.text });
      }
    }
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...lcsPairs(a, b, (x, y) => x.key === y.key), [a.length, b.length] as [number, number]]) {
    gap(a.slice(i, pi), b.slice(j, pj));
    if (pj < b.length) out.push({ kind: 'same', type: b[pj].node.type, text: b[pj].text });
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}
