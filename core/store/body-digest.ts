import { createHash } from 'node:crypto';

/** Digest kept beside the document body at every save and checked at every open. */
export function bodyDigest(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}
