import { resolve } from 'node:path';
import type { ApiHandlers } from '../../api/contract';
import { assertExportTarget, withExportExtension } from '../../export/export-target';
import { writeFileAtomic } from '../../export/write-file-atomic';
import { countPages, exportMemoire } from '../../export/export-memoire';
import { LAYOUT_PRESETS } from '../../export/presets';
import { exportEvaluationGrid } from '../../review/export-grid';
import { buildReviewFile } from '../../review/review-file';
import { exportSlides } from '../../soutenance/export-slides';
import type { BackendContext } from '../backend-context';

/** Everything written outside the mémoire (PDF, Word, slides, grid, review file), and the live page count. */
export function exportHandlers(ctx: BackendContext) {
  return {
    'layout.pageCount': async ({ handle, presetId }) => {
      const e = ctx.entry(handle);
      const { settings } = e.file.getMemoire();
      const live = { doc: ctx.documentOf(e), memo: e.countMemo };
      return countPages(e.file, ctx.templateFor(settings.templateId), presetId ?? settings.exportPreset, { fontsDir: ctx.options.fontsDir }, live);
    },
    'export.presets': async () => LAYOUT_PRESETS.map((p) => ({ id: p.id, label: p.label })),
    'export.run': async ({ handle, format, path, presetId, confidential, includeAnnexes, sectionId, overwrite, annotated }) => {
      const e = ctx.entry(handle);
      const { settings } = e.file.getMemoire();
      const result = await exportMemoire(
        e.file,
        ctx.templateFor(settings.templateId),
        {
          format,
          out: ctx.access.check(withExportExtension(resolve(path), format)),
          presetId,
          confidential,
          includeAnnexes,
          sectionId: sectionId ?? undefined,
          overwrite: overwrite ?? false,
          protectedPaths: ctx.protectedPaths(),
          annotated: annotated ?? false,
        },
        { fontsDir: ctx.options.fontsDir },
      );
      if (settings.exportPreset !== presetId && !e.readOnly) e.file.setSettings({ ...settings, exportPreset: presetId });
      return ctx.written(result);
    },
    'review.exportGrid': async ({ handle, format, path, overwrite }) => {
      const e = ctx.entry(handle);
      const { settings } = e.file.getMemoire();
      return ctx.written(
        await exportEvaluationGrid(
          e.file,
          { template: ctx.templateFor(settings.templateId), referentiel: ctx.referentielFor(settings.referentielId), thresholds: ctx.library.thresholds },
          { format, out: ctx.access.check(withExportExtension(resolve(path), format)), overwrite: overwrite ?? false, protectedPaths: ctx.protectedPaths() },
          { fontsDir: ctx.options.fontsDir },
        ),
      );
    },
    'slides.export': async ({ handle, format, path, overwrite, confidential, handout }) => {
      const e = ctx.entry(handle);
      const template = ctx.templateOf(e);
      const out = ctx.access.check(withExportExtension(resolve(path), format));
      return ctx.written(
        await exportSlides(
          e.file,
          template,
          { format, out, overwrite: overwrite ?? false, confidential, handout, protectedPaths: ctx.protectedPaths() },
          { fontsDir: ctx.options.fontsDir },
        ),
      );
    },
    'review.exportFile': async ({ handle, path, overwrite }) => {
      const e = ctx.entry(handle);
      const out = ctx.access.check(withExportExtension(resolve(path), 'relecture'));
      assertExportTarget(out, { protectedPaths: ctx.protectedPaths(), overwrite: overwrite ?? false });
      const text = buildReviewFile(e.file, e.file.getMemoire().meta.tutor || 'Tuteur', ctx.now());
      writeFileAtomic(out, Buffer.from(text, 'utf8'));
      return ctx.written({ path: out, bytes: Buffer.byteLength(text) });
    },
  } satisfies Partial<ApiHandlers>;
}
