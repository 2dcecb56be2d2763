/**
 * Sizes of what a user can hand the app, in one place: the file rules, the contract's limits on the
 * base64 payloads and the web host's request limit all derive from them, so a file one rule accepts is
 * never refused by another on the way.
 */

/** Largest annex PDF or Word draft. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
/** Largest image inserted (it is reduced to print resolution afterwards). */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** Largest review file (.relecture, JSON text). */
export const MAX_REVIEW_CHARS = 20_000_000;

/** Characters of the base64 text of `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** Largest HTTP request body the web host reads: the largest base64 file plus its JSON envelope. */
export const MAX_REQUEST_BYTES = base64Length(MAX_FILE_BYTES) + 1024 * 1024;
