import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoireFile } from '../../core/store/memoire-file';
import { sampleMemoire } from '../helpers/sample';
import { ROOT } from '../helpers/paths';
import { tempDir } from '../helpers/temp';

/** The child prebuilt once (plain Node starts it in a tenth of the time tsx needs, so 100 kills stay short). */
const CHILD = join(ROOT, 'node_modules', '.cache', 'memoire-tests', 'save-loop-child.cjs');
/** How many times the writing process is killed. */
const KILLS = 100;

type Committed = { save: number; snapshot: string[]; image: string[]; comment: string[]; meta: number };

/** Runs the operation loop in a child and kills it with SIGKILL after `afterOps` commits plus `extraMs`; what it reported committed. */
function runThenKill(path: string, base: number, afterOps: number, extraMs: number): Promise<Committed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, path, String(base)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: Committed = { save: 0, snapshot: [], image: [], comment: [], meta: 0 };
    let ops = 0;
    let buffered = '';
    let stderr = '';
    let killing = false;
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [op, n] = line.split(' ') as [keyof Committed, string];
        if (op === 'save' || op === 'meta') committed[op] = Number(n);
        else committed[op].push(n);
        ops++;
      }
      if (!killing && ops >= afterOps) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), extraMs);
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`le processus s'est arrêté seul : ${stderr}`));
      else resolve(committed);
    });
  });
}

beforeAll(async () => {
  mkdirSync(join(CHILD, '..'), { recursive: true });
  await build({
    entryPoints: [join(ROOT, 'test/helpers/save-loop-child.ts')],
    outfile: CHILD,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    logLevel: 'warning',
  });
});

describe('kill safety', () => {
  it(`${KILLS} SIGKILLs during mixed operations: 0 corrupt, 0 committed operation lost, no journal left behind`, async () => {
    const path = join(tempDir(), 'kill.memoire');
    MemoireFile.create(path, sampleMemoire()).close();
    const expected = { snapshots: new Set<string>(), images: new Set<string>(), comments: new Set<string>() };
    let corrupt = 0;
    let lost = 0;
    for (let run = 0; run < KILLS; run++) {
      const reported = await runThenKill(path, run * 1000, 3 + (run % 10), run % 8);
      reported.snapshot.forEach((n) => expected.snapshots.add(`version ${n}`));
      reported.image.forEach((n) => expected.images.add(`image-${n}.png`));
      reported.comment.forEach((n) => expected.comments.add(`remarque ${n}`));

      const { file, report } = await MemoireFile.open(path).catch(() => ({ file: null, report: null }));
      if (!file || report?.altered) {
        corrupt++;
        file?.close();
        continue;
      }
      const text = (file.getDocument().doc.content?.[0].content?.[0].text ?? '') as string;
      const counter = Number(/^compteur (\d+)/.exec(text)?.[1] ?? 0);
      const title = Number(/^Titre (\d+)/.exec(file.getMemoire().meta.title)?.[1] ?? 0);
      const snapshots = new Set(file.listSnapshots().map((s) => s.name));
      const images = new Set(file.listAttachments('image').map((a) => a.name));
      const comments = new Set(file.listComments().map((c) => c.body));
      if (counter < reported.save || title < reported.meta) lost++;
      lost += [...expected.snapshots].filter((n) => !snapshots.has(n)).length;
      lost += [...expected.images].filter((n) => !images.has(n)).length;
      lost += [...expected.comments].filter((n) => !comments.has(n)).length;
      file.close();
      expect(existsSync(`${path}-journal`)).toBe(false);
    }
    console.log(
      `${KILLS} SIGKILL : ${corrupt} fichier(s) abîmé(s), ${lost} opération(s) enregistrée(s) perdue(s) ; ${expected.snapshots.size} versions, ${expected.images.size} images, ${expected.comments.size} commentaires vérifiés`,
    );
    expect({ corrupt, lost }).toEqual({ corrupt: 0, lost: 0 });
    expect(expected.comments.size).toBeGreaterThan(10);
  }, 300_000);
});
