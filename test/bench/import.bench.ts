import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { runChecks } from '../../core/checks/run-checks';
import { memoireSchema } from '../../core/schema/extensions';
import { readDocxDraft } from '../../core/import/import-docx';
import { MemoireFile } from '../../core/store/memoire-file';
import { nodeWindow } from '../../main/shared/node-dom';
import { runCli } from '../../main/cli/index';
import { generateMemoire } from '../fixtures/generate-memoire';
import { sampleMemoire } from '../helpers/sample';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths';
import { median, oursAgainstPeer, report } from './stats';

/**
 * Issue #9: checking an imported 3,000-word draft (≤ 50 ms), and importing the reference mémoire's
 * DOCX (≤ 1.5 s) against pandoc reading the same DOCX (`pandoc -f docx -t json`) in the same run.
 */
export async function benchImport(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'memoire-bench-import-'));
  try {
    const library = loadTemplateLibrary(TEMPLATES_DIR);
    const template = library.templates.get('memoire-pac')!;
    const setup = { template, referentiel: library.referentiels.get(template.referentielId)!, thresholds: library.thresholds, length: template.length };

    // A 3,000-word draft as candidates write it: the corpus draft d01, imported.
    const draftDocx = join(dir, 'draft.docx');
    execFileSync('pandoc', [join(ROOT, '..', 'shared', 'corpus', 'd01-cargoline-velos-cargos.md'), '-o', draftDocx]);
    const draft = await readDocxDraft(readFileSync(draftDocx), nodeWindow(), template);
    const text = JSON.stringify(draft.doc);
    const checks: number[] = [];
    const parses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const doc = memoireSchema().nodeFromJSON(JSON.parse(text));
      const t0 = performance.now();
      runChecks(doc, setup);
      checks.push(performance.now() - t0);
      const t1 = performance.now();
      JSON.parse(text);
      parses.push(performance.now() - t1);
    }

    // The reference mémoire exported to Word by the app, then imported.
    const memoire = join(dir, 'ref.memoire');
    MemoireFile.create(memoire, { ...sampleMemoire(), doc: generateMemoire(template) }).close();
    await runCli(['export', memoire, '--docx', '--out', join(dir, 'ref.docx')], () => undefined);
    const refDocx = readFileSync(join(dir, 'ref.docx'));
    const measured = await oursAgainstPeer(
      () => readDocxDraft(refDocx, nodeWindow(), template),
      () => execFileSync('pandoc', ['-f', 'docx', '-t', 'json', join(dir, 'ref.docx')], { maxBuffer: 256 * 1024 * 1024 }),
      { warmup: 2, ours: 4, peer: 3 },
    );
    return [
      report(
        `Critères d’un brouillon importé (${draft.report.paragraphs} paragraphes)`,
        median(checks.slice(5)),
        { name: 'JSON.parse du brouillon', ms: median(parses.slice(5)) },
        { ms: 50, label: '≤ 50 ms' },
      ),
      report('Import du DOCX du mémoire de référence', measured.ours, { name: 'pandoc -f docx -t json', ms: measured.peer }, { ms: 1500, label: '≤ 1,5 s' }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
