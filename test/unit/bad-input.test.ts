// Bad input from the user's side, run through the prebuilt `memoire` CLI in a real process each:
// every case must end with a French message, leave every file it was given byte for byte as it was,
// and stay within a bounded time and memory (the worst peak is printed).
import Database from 'better-sqlite3';
import { spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoireFile } from '../../core/store/memoire-file';
import { BAD_MEMOIRE_FILES, makeMemoire } from '../helpers/bad-files';
import { HOSTILE_DOCX, pandocDocx, zipBytes } from '../helpers/hostile-docx';
import { pngImage } from '../helpers/images';
import { ROOT } from '../helpers/paths';
import { fileHash, sampleMemoire } from '../helpers/sample';
import { tempDir } from '../helpers/temp';

/** Heap given to each run: a case that needs more fails instead of swapping. */
const HEAP_MB = 1024;
/** A run still going after this is a hang, whatever the machine. */
const HANG_MS = 180_000;

interface BadInput {
  name: string;
  /** Builds the input in `dir`; the CLI arguments and the files that must stay byte-identical. */
  make: (dir: string) => Promise<{ args: string[]; files: string[] }>;
  message: RegExp;
  /** Exit code: 1 for a refusal, 0 where the CLI goes on after a French warning. */
  code?: number;
}

const ENGLISH_OR_INTERNAL = /Erreur inattendue|internal|undefined|\bError\b|Unrecognized|Cannot |Invalid|Expected|ENOENT|ENAMETOOLONG|TypeError|RangeError/;

function sqlEdited(dir: string, sql: string): string {
  const path = makeMemoire(dir, 'edite.memoire');
  const db = new Database(path);
  db.exec(sql);
  db.close();
  return path;
}

const cases: BadInput[] = [
  ...BAD_MEMOIRE_FILES.map(([name, make, , message]): BadInput => ({
    name: `info on ${name}`,
    make: async (dir) => {
      const path = make(dir);
      return { args: ['info', path], files: existsSync(path) ? [path] : [] };
    },
    message,
  })),
  ...(['import', 'check'] as const).flatMap((command) =>
    HOSTILE_DOCX.map(([name, make, message]): BadInput => ({
      name: `${command} of ${name}`,
      make: async (dir) => {
        const path = join(dir, 'brouillon.docx');
        writeFileSync(path, await make());
        return { args: [command, path], files: [path] };
      },
      message,
    })),
  ),
  {
    name: 'a FIFO named x.memoire',
    make: async (dir) => {
      const path = join(dir, 'x.memoire');
      execFileSync('mkfifo', [path]);
      return { args: ['info', path], files: [] };
    },
    message: /pas un fichier ordinaire/,
  },
  {
    name: 'a folder named x.memoire',
    make: async (dir) => (mkdirSync(join(dir, 'x.memoire')), { args: ['info', join(dir, 'x.memoire')], files: [] }),
    message: /pas un mémoire/,
  },
  {
    name: 'an unknown block from a newer version',
    make: async (dir) => {
      const path = sqlEdited(dir, `INSERT INTO document_nodes (key, body, sha256) SELECT max(key) + 65536, '{"type":"nouveauBloc"}', '' FROM document_nodes`);
      return { args: ['info', path], files: [path] };
    },
    message: /ne sait pas lire/,
    code: 0,
  },
  {
    name: 'nesting 20 000 levels deep',
    make: async (dir) => {
      const deep = '{"type":"blockquote","content":['.repeat(20_000) + '{"type":"paragraph"}' + ']}'.repeat(20_000);
      const path = sqlEdited(dir, `UPDATE document_nodes SET body = '${deep}' WHERE key = (SELECT min(key) FROM document_nodes)`);
      return { args: ['export', path, '--pdf', '--out', join(dir, 'profond.pdf')], files: [path] };
    },
    message: /ne sait pas lire/,
    code: 0,
  },
  {
    name: 'a letter flipped inside the stored text',
    make: async (dir) => ({ args: ['check', sqlEdited(dir, `UPDATE document_nodes SET body = replace(body, 'Remerciements', 'Remerciemants')`)], files: [] }),
    message: /modifié hors de Mémoire Studio/,
    code: 0,
  },
  {
    name: 'an export over the mémoire itself',
    make: async (dir) => {
      const path = makeMemoire(dir);
      return { args: ['export', path, '--pdf', '--out', path], files: [path] };
    },
    message: /contient un mémoire/,
  },
  {
    name: 'an export over another mémoire renamed .pdf',
    make: async (dir) => {
      const path = makeMemoire(dir);
      const disguised = join(dir, 'ancien.pdf');
      copyFileSync(makeMemoire(dir, 'autre.memoire'), disguised);
      return { args: ['export', path, '--pdf', '--out', disguised], files: [path, disguised] };
    },
    message: /contient un mémoire/,
  },
  {
    name: 'slides written over the mémoire',
    make: async (dir) => {
      const path = makeMemoire(dir);
      return { args: ['slides', path, '--pptx', '--out', path], files: [path] };
    },
    message: /contient un mémoire/,
  },
  {
    name: 'an unknown preset',
    make: async (dir) => ({ args: ['export', makeMemoire(dir), '--pdf', '--preset', 'comic-sans'], files: [] }),
    message: /Mise en page inconnue/,
    code: 2,
  },
  {
    name: 'an unknown section',
    make: async (dir) => ({ args: ['export', makeMemoire(dir), '--pdf', '--section', 'nulle-part'], files: [] }),
    message: /[Ss]ection/,
    code: 2,
  },
  { name: '--out without a value', make: async (dir) => ({ args: ['export', makeMemoire(dir), '--pdf', '--out'], files: [] }), message: /--out/, code: 2 },
  {
    name: 'an import into a missing folder',
    make: async (dir) => {
      const path = join(dir, 'brouillon.docx');
      writeFileSync(path, await zipBytes(await pandocDocx('# Diagnostic\n\nTexte.')));
      return { args: ['import', path, '--out', join(dir, 'absent', 'm.memoire')], files: [path] };
    },
    message: /dossier de destination n’existe pas/,
  },
  {
    name: 'an export name longer than the system allows',
    make: async (dir) => ({ args: ['export', makeMemoire(dir), '--pdf', '--out', join(dir, `${'x'.repeat(300)}.pdf`)], files: [] }),
    message: /nom de fichier est trop long/,
  },
  {
    name: 'an image of 20 000² pixels stored by an older version',
    make: async (dir) => {
      const path = join(dir, 'ancien.memoire');
      const file = MemoireFile.create(path, sampleMemoire());
      const { id } = file.addAttachment('image', 'plan.png', 'image/png', pngImage(1, 1, { claim: { width: 20_000, height: 20_000 } }));
      file.saveDocument(
        { type: 'doc', content: [{ type: 'figure', attrs: { attachmentId: id, alt: 'Plan', widthPercent: 100 }, content: [{ type: 'text', text: 'Plan' }] }] },
        1,
      );
      file.close();
      return { args: ['export', path, '--docx', '--out', join(dir, 'ancien.docx')], files: [path] };
    },
    message: /trop grande \(20\s000 × 20\s000 pixels\)/,
  },
];

describe('bad input, each in its own process', () => {
  const peaks: Array<{ name: string; kb: number }> = [];

  for (const c of cases) {
    it(
      c.name,
      async () => {
        const dir = tempDir();
        const { args, files } = await c.make(dir);
        const before = files.map(fileHash);
        const entries = readdirSync(dir).sort();
        const run = spawnSync(
          process.execPath,
          [`--max-old-space-size=${HEAP_MB}`, '-r', join(ROOT, 'test/helpers/peak-memory.cjs'), join(ROOT, 'dist-cli/memoire.cjs'), ...args],
          {
            encoding: 'utf8',
            timeout: HANG_MS,
          },
        );
        const said = `${run.stdout}\n${run.stderr}`;
        const peak = Number(/PIC_MEMOIRE_KO (\d+)/.exec(run.stderr)?.[1] ?? NaN);
        peaks.push({ name: c.name, kb: peak });
        expect(run.signal, said).toBeNull();
        expect(run.status, said).toBe(c.code ?? 1);
        expect(said).toMatch(c.message);
        expect(said.replace(/PIC_MEMOIRE_KO \d+/, '')).not.toMatch(ENGLISH_OR_INTERNAL);
        expect(files.map(fileHash)).toEqual(before);
        // Nothing half-written is left beside the inputs (exports of warned cases aside).
        const left = readdirSync(dir).filter((n) => !entries.includes(n) && !/\.(pdf|docx|pptx|memoire)$/.test(n));
        expect(left).toEqual([]);
        expect(peak).toBeLessThan(HEAP_MB * 1024 * 1.5);
      },
      HANG_MS + 10_000,
    );
  }

  it('reports how many cases ran and the worst peak of memory', () => {
    const worst = peaks.reduce((a, b) => (b.kb > a.kb ? b : a), { name: '', kb: 0 });
    console.log(
      `${cases.length} cas de mauvaises entrées, chacun dans son processus ; pic mémoire le plus haut : ${Math.round(worst.kb / 1024)} Mo (${worst.name})`,
    );
    expect(peaks).toHaveLength(cases.length);
  });
});
