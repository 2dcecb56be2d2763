import { createHash } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors';
import { commentSchema, verdictSchema } from '../model/review';
import type { MemoireFile } from '../store/memoire-file';

/** The format name and version of a review file; a newer version is refused, not guessed at. */
export const REVIEW_FORMAT = 'memoire-studio-relecture';
export const REVIEW_VERSION = 1;

const reviewBodySchema = z
  .object({
    format: z.literal(REVIEW_FORMAT),
    version: z.literal(REVIEW_VERSION),
    /** The mémoire reviewed (its identity across copies) and the version of the text the tutor read. */
    memoireId: z.string().min(1).max(100),
    memoireTitle: z.string().max(300),
    reviewedRevision: z.number().int().min(0),
    reviewedAt: z.string().max(40),
    tutor: z.string().max(200),
    verdicts: z.array(verdictSchema).max(1000),
    comments: z.array(commentSchema).max(10_000),
  })
  .strict();

/** A light review file: what a tutor sends back instead of the whole mémoire. */
export type ReviewFile = z.infer<typeof reviewBodySchema>;

function checksum(body: ReviewFile): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/** The review of an open mémoire by a tutor, ready to send (JSON with a checksum against tampering). */
export function buildReviewFile(file: MemoireFile, tutor: string, now: Date): string {
  // Parsed once so the keys are in the schema's order: the checksum is computed the same way on reading.
  const body: ReviewFile = reviewBodySchema.parse({
    format: REVIEW_FORMAT,
    version: REVIEW_VERSION,
    memoireId: file.identity(),
    memoireTitle: file.getMemoire().meta.title,
    reviewedRevision: file.getDocument().revision,
    reviewedAt: now.toISOString(),
    tutor,
    verdicts: file.listVerdicts(),
    comments: file.listComments(),
  });
  return JSON.stringify({ ...body, checksum: checksum(body) }, null, 1);
}

/**
 * Reads a review file: not JSON, another format, a newer version, a malformed or tampered content
 * each get a French message; nothing is applied until the whole file has been checked.
 */
export function parseReviewFile(text: string): ReviewFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError('invalid-review', 'JSON');
  }
  const record = (raw ?? {}) as Record<string, unknown>;
  if (record.format !== REVIEW_FORMAT) throw new AppError('invalid-review', 'format');
  if (typeof record.version === 'number' && record.version > REVIEW_VERSION) {
    throw new AppError(
      'invalid-review',
      'version',
      'Cette relecture a été faite avec une version plus récente de Mémoire Studio : mettez l’application à jour pour l’importer. Rien n’a été modifié.',
    );
  }
  const { checksum: given, ...rest } = record;
  const parsed = reviewBodySchema.safeParse(rest);
  if (!parsed.success) throw new AppError('invalid-review', parsed.error.issues[0]?.path.join('.') ?? 'schéma');
  if (given !== checksum(parsed.data)) {
    throw new AppError(
      'invalid-review',
      'checksum',
      'Cette relecture a été modifiée après son export (empreinte différente) : demandez au tuteur de la renvoyer. Rien n’a été modifié.',
    );
  }
  return parsed.data;
}
