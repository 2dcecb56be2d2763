import type { ApiClient } from '../api/client';
import type { MemoireMeta } from '../../../core/model';
import { exportStem } from '../../../core/export';
import { fr } from '../i18n/fr';

/** Where the review files' outcomes are told. */
interface Outcome {
  notice: (text: string) => void;
  error: (message: string | null) => void;
}

/**
 * The files a review exchanges: the tutor's evaluation grid (PDF; the Word version comes from the
 * CLI), the light review file a tutor sends back instead of the whole mémoire, and its import into
 * the candidate's copy (verdicts and comments re-anchored, the text untouched).
 */
export function reviewFiles(api: ApiClient, handle: string, meta: MemoireMeta, afterImport: () => Promise<void>, tell: Outcome) {
  const attempt = (run: () => Promise<void>) => run().catch((e: Error) => tell.error(e.message));
  return {
    exportGrid: () =>
      attempt(async () => {
        const chosen = await api.call('files.chooseExport', { suggestedName: exportStem('grille', meta), format: 'pdf' });
        if (!chosen.path) return;
        const result = await api.call('review.exportGrid', { handle, format: 'pdf', path: chosen.path, overwrite: chosen.overwriteConfirmed });
        tell.error(null);
        tell.notice(fr.review.gridDone(result.path));
      }),
    exportReview: () =>
      attempt(async () => {
        const chosen = await api.call('files.chooseExport', { suggestedName: exportStem('relecture', meta), format: 'relecture' });
        if (!chosen.path) return;
        const result = await api.call('review.exportFile', { handle, path: chosen.path, overwrite: chosen.overwriteConfirmed });
        tell.notice(fr.review.reviewDone(result.path));
      }),
    importReview: (file: File) =>
      attempt(async () => {
        const report = await api.call('review.import', { handle, text: await file.text() });
        tell.notice(
          fr.review.imported(
            report.verdictsApplied,
            report.commentsAdded,
            report.alreadyThere,
            report.detached.map((d) => d.quote),
          ),
        );
        await afterImport();
      }),
  };
}
