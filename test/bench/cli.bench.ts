import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoireFile } from '../../core/store/memoire-file';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { generateMemoire } from '../fixtures/generate-memoire';
import { sampleMemoire } from '../helpers/sample';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths';
import { median, report } from './stats';

const BIN = join(ROOT, 'dist-cli', 'memoire.cjs');
const COPIES = 30;

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Issue #11: `memoire check` on a folder of 30 mémoires (copies of the reference) against
 * `pandoc -t plain` reading the same 30 DOCX exports, and the command's start-up against `node -e 0`.
 * The prebuilt bundle is run as a tutor runs it (npm run build:cli first).
 */
export function benchCli(): string[] {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { cwd: ROOT });
  const dir = mkdtempSync(join(tmpdir(), 'memoire-bench-cli-'));
  try {
    const template = loadTemplateLibrary(TEMPLATES_DIR).templates.get('memoire-pac')!;
    const memoires = join(dir, 'memoires');
    const docx = join(dir, 'docx');
    mkdirSync(memoires);
    mkdirSync(docx);
    const reference = join(dir, 'reference.memoire');
    MemoireFile.create(reference, { ...sampleMemoire(), doc: generateMemoire(template) }).close();
    execFileSync(process.execPath, [BIN, 'export', reference, '--docx', '--out', join(dir, 'reference.docx')]);
    for (let i = 1; i <= COPIES; i++) {
      copyFileSync(reference, join(memoires, `candidat-${String(i).padStart(2, '0')}.memoire`));
      copyFileSync(join(dir, 'reference.docx'), join(docx, `candidat-${String(i).padStart(2, '0')}.docx`));
    }
    const ours: number[] = [];
    const peer: number[] = [];
    for (let round = 0; round < 3; round++) {
      ours.push(time(() => execFileSync(process.execPath, [BIN, 'check', memoires], { maxBuffer: 16 * 1024 * 1024 })));
      peer.push(
        time(() => {
          for (let i = 1; i <= COPIES; i++)
            execFileSync('pandoc', ['-t', 'plain', join(docx, `candidat-${String(i).padStart(2, '0')}.docx`)], { maxBuffer: 64 * 1024 * 1024 });
        }),
      );
    }
    const startOurs: number[] = [];
    const startNode: number[] = [];
    for (let i = 0; i < 7; i++) {
      startOurs.push(time(() => execFileSync(process.execPath, [BIN, '--version'])));
      startNode.push(time(() => execFileSync(process.execPath, ['-e', '0'])));
    }
    const total = median(ours);
    return [
      report(
        `memoire check, dossier de ${COPIES} mémoires (total)`,
        total,
        { name: `pandoc -t plain × ${COPIES}`, ms: median(peer) },
        { ms: median(peer), label: 'plus rapide que pandoc' },
      ),
      report(
        '  … par mémoire',
        total / COPIES,
        { name: 'pandoc -t plain, par fichier', ms: median(peer) / COPIES },
        { ms: median(peer) / COPIES, label: 'plus rapide que pandoc' },
      ),
      report('Démarrage de memoire --version', median(startOurs), { name: 'node -e 0', ms: median(startNode) }, { ms: 1000, label: '< 1 s' }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
