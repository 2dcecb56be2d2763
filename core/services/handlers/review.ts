import type { ApiHandlers } from '../../api/contract';
import { AppError } from '../../errors';
import { parseDocument } from '../../schema/extensions';
import { indexText, reanchor } from '../../review/anchors';
import { mergeReview } from '../../review/merge-review';
import { parseReviewFile } from '../../review/review-file';
import type { PmNode } from '../../model/document';
import type { BackendContext } from '../backend-context';

function parseDocumentOrThrow(doc: PmNode) {
  const parsed = parseDocument(doc);
  if (!parsed.ok) throw new AppError('invalid-document', parsed.message);
  return parsed.node;
}

/** The tutor's side: verdicts, comments and merged review files. */
export function reviewHandlers(ctx: BackendContext) {
  return {
    'review.verdicts': async ({ handle }) => ctx.entry(handle).file.listVerdicts(),
    'review.setVerdict': async ({ handle, criterionId, status, feedback, author, autoStatus }) =>
      ctx.writable(handle).file.setVerdict({ criterionId, status, feedback, author, autoStatus }),
    'review.import': async ({ handle, text }) => mergeReview(ctx.writable(handle).file, parseReviewFile(text)),
    'comments.list': async ({ handle }) => {
      const e = ctx.entry(handle);
      const { file } = e;
      const index = indexText(parseDocumentOrThrow(ctx.documentOf(e)));
      return file.listComments().map((c) => (c.anchor ? { ...c, anchor: reanchor(index, c.anchor) } : c));
    },
    'comments.add': async ({ handle, ...comment }) => ctx.writable(handle).file.addComment(comment),
    'comments.setResolved': async ({ handle, id, resolved }) => {
      const { file } = ctx.writable(handle);
      if (!file.listComments().some((c) => c.id === id)) throw new AppError('invalid-input', `commentaire ${id}`, 'Ce commentaire n’existe plus.');
      file.setCommentResolved(id, resolved);
      return { ok: true as const };
    },
  } satisfies Partial<ApiHandlers>;
}
