import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoireFile } from '../../core/store/memoire-file';
import { sampleMemoire } from '../helpers/sample';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/temp';

/** Runs the save loop in a child, kills it with SIGKILL after `afterCommits` commits plus a little, returns the last counter it reported. */
function saveThenKill(path: string, afterCommits: number, extraMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/helpers/save-loop-child.ts'), path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let last = 0;
    let buffered = '';
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line) last = Number(line);
      if (!killing && last >= afterCommits) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`le processus s'est arrêté seul : ${stderr}`));
      else resolve(last);
    });
  });
}

describe('kill safety', () => {
  it('a process killed during saves leaves a file that opens with the last committed content', async () => {
    const path = join(tempDir(), 'kill.memoire');
    MemoireFile.create(path, sampleMemoire()).close();
    for (const [commits, extraMs] of [[5, 0], [10, 3], [20, 7], [30, 1], [40, 11]]) {
      const reported = await saveThenKill(path, commits, extraMs);
      const { file } = await MemoireFile.open(path);
      const text = (file.getDocument().doc.content?.[0].content?.[0].text ?? '') as string;
      const counter = Number(/^compteur (\d+)/.exec(text)?.[1]);
      // The child prints after COMMIT returns, so the file holds the reported save or the one after it.
      expect(counter === reported || counter === reported + 1).toBe(true);
      expect(file.getDocument().revision).toBeGreaterThan(0);
      file.close();
    }
  });
});
