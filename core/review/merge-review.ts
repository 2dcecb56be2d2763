import { AppError } from '../errors';
import type { Comment } from '../model/review';
import { memoireSchema } from '../schema/extensions';
import { readableDocument } from '../schema/document-repair';
import type { MemoireFile } from '../store/memoire-file';
import { indexText, reanchor } from './anchors';
import type { ReviewFile } from './review-file';

/** What merging a review did: what was applied, what was already there, what could not be re-anchored. */
export interface MergeReport {
  verdictsApplied: number;
  commentsAdded: number;
  alreadyThere: number;
  /** Comments whose quoted text is gone from the candidate's newer text: kept, listed as « détachés ». */
  detached: Array<{ id: string; quote: string; body: string }>;
}

/**
 * Merges a tutor's review into the candidate's copy without touching the text: a snapshot first,
 * then, in one transaction, each verdict (the newer one per criterion and tutor wins), each new
 * comment re-anchored by its quoted text and context. Importing the same review twice changes nothing;
 * two tutors' reviews both stay.
 */
export function mergeReview(file: MemoireFile, review: ReviewFile): MergeReport {
  if (review.memoireId !== file.identity()) {
    throw new AppError('invalid-review', 'autre mémoire', `Cette relecture concerne un autre mémoire (« ${review.memoireTitle} ») : rien n’a été modifié.`);
  }
  const index = indexText(memoireSchema().nodeFromJSON(readableDocument(file)));
  const known = new Set(file.listComments().map((c) => c.id));
  const key = (v: { criterionId: string; author: string }) => `${v.criterionId}|${v.author}`;
  const existing = new Map(file.listVerdicts().map((v) => [key(v), v]));
  const newer = review.verdicts.filter((v) => (existing.get(key(v))?.updatedAt ?? '') < v.updatedAt);
  const fresh = review.comments.filter((c) => !known.has(c.id));
  const report: MergeReport = { verdictsApplied: newer.length, commentsAdded: 0, alreadyThere: review.comments.length - fresh.length, detached: [] };
  if (!fresh.length && !newer.length) return report;
  file.createSnapshot('named', `Avant l’import de la relecture de ${review.tutor || 'votre tuteur'}`);
  file.transaction(() => {
    for (const v of newer) file.putVerdict(v);
    // Parents before replies, so a thread is never stored half.
    const ordered = [...fresh].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
    for (const c of ordered) {
      const anchor = c.anchor ? reanchor(index, c.anchor) : null;
      const stored: Comment = { ...c, anchor };
      file.putComment(stored);
      report.commentsAdded++;
      if (anchor?.detached) report.detached.push({ id: c.id, quote: anchor.quote, body: c.body });
    }
  });
  return report;
}
