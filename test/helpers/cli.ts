import { runCli } from '../../main/cli/index';

/** Runs the `memoire` CLI in-process; its exit code and what it printed. */
export async function cli(args: string[]): Promise<{ code: number; text: string }> {
  const lines: string[] = [];
  const code = await runCli(
    args,
    (l) => lines.push(l),
    (l) => lines.push(l),
  );
  return { code, text: lines.join('\n') };
}
