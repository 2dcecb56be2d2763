import { z } from 'zod';

/** Where a comment sits: a text range (ProseMirror positions) plus the quoted text to re-anchor it. */
export const commentAnchorSchema = z.object({
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  quote: z.string().max(2000),
  /** Text just before and after the quote, to tell two occurrences apart when re-anchoring. */
  prefix: z.string().max(200).optional(),
  suffix: z.string().max(200).optional(),
  /** Set when the text it pointed to is gone: the comment is kept and listed as « détaché ». */
  detached: z.boolean().optional(),
  /**
   * A comment on one row of a business block's table: the range is the block, `quote` the row's values,
   * and `cells` what re-anchoring compares, so a row that was edited or moved is found again.
   */
  row: z
    .object({
      block: z.string().max(60),
      table: z.string().max(60),
      index: z.number().int().min(0),
      cells: z.array(z.string().max(500)).max(40),
    })
    .optional(),
});

/** An inline comment by the tutor or the candidate; replies point to their parent. */
export const commentSchema = z.object({
  id: z.string().min(1),
  parentId: z.string().nullable(),
  anchor: commentAnchorSchema.nullable(),
  authorRole: z.enum(['candidate', 'tutor']),
  authorName: z.string().max(200),
  body: z.string().min(1).max(20000),
  createdAt: z.string(),
  resolvedAt: z.string().nullable(),
  /** The criterion the comment is about, when the author tied it to one. */
  criterionId: z.string().max(20).nullable().default(null),
});
export type Comment = z.infer<typeof commentSchema>;

/** The tutor's own verdict on one criterion, next to the automatic result. */
export const verdictSchema = z.object({
  criterionId: z.string().min(1),
  status: z.enum(['satisfied', 'partial', 'missing', 'not-assessed']),
  feedback: z.string().max(20000),
  author: z.string().max(200),
  updatedAt: z.string(),
  /** The automatic status shown when the tutor gave this verdict ('' when unknown). */
  autoStatus: z.enum(['satisfied', 'partial', 'missing', 'manual', '']).default(''),
});
export type Verdict = z.infer<typeof verdictSchema>;
