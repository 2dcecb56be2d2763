import type { Referentiel } from '../referential/referentiel-schema';
import type { MemoireTemplate } from '../referential/template-schema';
import type { Thresholds } from '../checks/thresholds';
import { runChecks } from '../checks/run-checks';
import { readableDocument } from '../schema/document-repair';
import { memoireSchema } from '../schema/extensions';
import { exportDocx } from '../export/docx/docx-exporter';
import { exportPdf } from '../export/pdf/pdf-exporter';
import { layoutPreset } from '../export/presets';
import { assertExportTarget } from '../export/export-target';
import { writeFileAtomic } from '../export/write-file-atomic';
import type { ExportEnvironment, ExportFormat } from '../export/export-memoire';
import type { MemoireFile } from '../store/memoire-file';
import { buildGridTree } from './evaluation-grid';

/** What the grid is graded with: the mémoire's template, référentiel and thresholds. */
export interface GridSetup {
  template: MemoireTemplate;
  referentiel: Referentiel;
  thresholds: Thresholds;
}

/**
 * Exports the tutor's evaluation grid of an open mémoire (PDF or Word, same render tree and layout as
 * the mémoire itself), through a temporary file; never over a mémoire.
 */
export async function exportEvaluationGrid(
  file: MemoireFile,
  setup: GridSetup,
  request: { format: ExportFormat; out: string; overwrite: boolean; protectedPaths?: readonly string[] },
  env: ExportEnvironment,
): Promise<{ path: string; bytes: number }> {
  assertExportTarget(request.out, { protectedPaths: [file.path, ...(request.protectedPaths ?? [])], overwrite: request.overwrite });
  const { meta, settings } = file.getMemoire();
  const report = runChecks(memoireSchema().nodeFromJSON(readableDocument(file)), { ...setup, length: settings.length });
  const tree = buildGridTree(report, meta, { verdicts: file.listVerdicts(), comments: file.listComments() }, setup.referentiel.blocks);
  const preset = layoutPreset(settings.exportPreset);
  const bytes =
    request.format === 'pdf'
      ? await exportPdf(tree, { preset, fontsDir: env.fontsDir, images: () => null })
      : await exportDocx(tree, { preset, images: () => null });
  writeFileAtomic(request.out, bytes);
  return { path: request.out, bytes: bytes.length };
}
