import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoireBackend } from '../../core/services/memoire-backend';
import { dispatchApiCall } from '../../core/api/dispatch';
import { countPages } from '../../core/export/export-memoire';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import type { PmNode } from '../../core/model/document';
import { webPlatform } from '../../main/web-host/web-platform';
import { workerDraftReader } from '../../main/shared/draft-reader';
import { generateMemoire } from '../fixtures/generate-memoire';
import { FONTS_DIR, TEMPLATES_DIR } from '../helpers/paths';
import { median, report } from './stats';

/** Copies of the 25 000-word reference mémoire in one document: 80 make 2 million words. */
const COPIES = 80;

/**
 * A 2-million-word mémoire (issue #8): one keystroke's save, sending only the changed paragraph,
 * against saving the whole document as before; and the live page count after it, against counting
 * from the file as before.
 */
export async function benchHugeDocument(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'memoire-bench-huge-'));
  try {
    const template = loadTemplateLibrary(TEMPLATES_DIR).templates.get('memoire-pac')!;
    const reference = generateMemoire(template);
    const doc: PmNode = { type: 'doc', content: Array.from({ length: COPIES }, () => structuredClone(reference.content!)).flat() };
    const backend = createMemoireBackend(
      { templatesDir: TEMPLATES_DIR, fontsDir: FONTS_DIR, dataDir: join(dir, 'data'), appVersion: 'bench', readDraft: workerDraftReader() },
      webPlatform(dir),
    );
    const call = async (method: string, input: unknown) => {
      const res = await dispatchApiCall(backend.handlers, method, input);
      if (!res.ok) throw new Error(res.error.message);
      return res.result as { handle: string; revision: number };
    };
    const { handle } = await call('memoire.create', { path: join(dir, 'long.memoire'), meta: { title: 'Long', candidate: 'Bench' } });
    let { revision } = await call('memoire.saveDocument', { handle, doc });
    await call('layout.pageCount', { handle });
    const at = doc.content!.findIndex((n) => n.type === 'paragraph' && n.content?.length);

    const changeSaves: number[] = [];
    const liveCounts: number[] = [];
    for (let i = 0; i < 8; i++) {
      const node = structuredClone(doc.content![at]);
      (node.content![0] as { text: string }).text += ` mot${i}`;
      doc.content![at] = node;
      let t0 = performance.now();
      ({ revision } = await call('memoire.saveChanges', {
        handle,
        baseRevision: revision,
        baseCount: doc.content!.length,
        from: at,
        deleteCount: 1,
        nodes: [node],
      }));
      changeSaves.push(performance.now() - t0);
      t0 = performance.now();
      await call('layout.pageCount', { handle });
      liveCounts.push(performance.now() - t0);
    }
    const wholeSaves: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await call('memoire.saveDocument', { handle, doc });
      wholeSaves.push(performance.now() - t0);
    }
    await call('memoire.close', { handle });
    // Peer for the count: the previous path, the document read back from the file and laid out whole.
    const { MemoireFile } = await import('../../core/store/memoire-file');
    const { file } = await MemoireFile.open(join(dir, 'long.memoire'));
    const fromFile: number[] = [];
    for (let i = 0; i < 2; i++) {
      const t0 = performance.now();
      countPages(file, template, 'times-12', { fontsDir: FONTS_DIR });
      fromFile.push(performance.now() - t0);
    }
    file.close();
    return [
      report(
        'Sauvegarde d’une frappe, 2 M mots',
        median(changeSaves.slice(1)),
        { name: 'document entier', ms: median(wholeSaves) },
        { ms: 50, label: '≤ 50 ms' },
      ),
      report('Pages après une frappe, 2 M mots', median(liveCounts.slice(1)), { name: 'relu du fichier', ms: median(fromFile) }, { ms: 1000, label: '≤ 1 s' }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
