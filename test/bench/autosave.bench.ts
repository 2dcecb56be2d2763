import { workerDraftReader } from '../../main/shared/draft-reader';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoireBackend } from '../../core/services/memoire-backend';
import { dispatchApiCall } from '../../core/api/dispatch';
import { webPlatform } from '../../main/web-host/web-platform';
import { generateMemoire } from '../fixtures/generate-memoire';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { FONTS_DIR, TEMPLATES_DIR } from '../helpers/paths';
import { median, report } from './stats';

/** One autosave of the 25,000-word mémoire: through the API (validation + schema check + SQLite transaction, fsynced). */
export async function benchAutosave(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'memoire-bench-'));
  try {
    const template = loadTemplateLibrary(TEMPLATES_DIR).templates.get('memoire-pac')!;
    const doc = generateMemoire(template);
    const backend = createMemoireBackend(
      { templatesDir: TEMPLATES_DIR, fontsDir: FONTS_DIR, dataDir: join(dir, 'data'), appVersion: 'bench', readDraft: workerDraftReader() },
      webPlatform(dir),
    );
    const created = await dispatchApiCall(backend.handlers, 'memoire.create', {
      path: join(dir, 'bench.memoire'),
      meta: { title: 'Bench', candidate: 'Bench' },
    });
    if (!created.ok) throw new Error(created.error.message);
    const handle = (created.result as { handle: string }).handle;

    const ours: number[] = [];
    for (let i = 0; i < 40; i++) {
      const edited = structuredClone(doc);
      (edited.content![5].content![0] as { text: string }).text += ` ${i}`;
      const t0 = performance.now();
      const res = await dispatchApiCall(backend.handlers, 'memoire.saveDocument', { handle, doc: edited });
      ours.push(performance.now() - t0);
      if (!res.ok) throw new Error(res.error.message);
    }
    backend.closeAll();

    // Peer: what a plain editor does, writing the same JSON to a file and fsyncing it, with no checks.
    const peer: number[] = [];
    const file = join(dir, 'plain.json');
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      const fd = openSync(file, 'w');
      writeSync(fd, JSON.stringify(doc));
      fsyncSync(fd);
      closeSync(fd);
      peer.push(performance.now() - t0);
    }
    return [
      report(
        'Autosave 25 000 mots (API + SQLite FULL sync)',
        median(ours.slice(5)),
        { name: 'JSON + fsync brut', ms: median(peer.slice(5)) },
        { ms: 10, label: '≤ 10 ms' },
      ),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
