import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { PmNode } from '../../model/document';

/** Where a Word export keeps the mémoire it was made from. An unreferenced part: Word ignores it. */
export const SOURCE_PART = 'customXml/memoire-studio.xml';
const NS = 'urn:memoire-studio:source';

/** The SHA-256 of a part's bytes, in hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Adds the mémoire's own document to its Word export, with the fingerprint of the exported text part:
 * importing that file unchanged gives the mémoire back exactly (sections, blocks, statuses); once the
 * file is edited in Word, the fingerprint no longer matches and it is imported as a draft.
 */
export async function embedSource(docx: Uint8Array, doc: PmNode): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx);
  const text = await zip.file('word/document.xml')!.async('uint8array');
  const payload = Buffer.from(JSON.stringify(doc), 'utf8').toString('base64');
  zip.file(
    SOURCE_PART,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<memoireStudio xmlns="${NS}" version="1" documentSha256="${sha256(text)}">${payload}</memoireStudio>`,
  );
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The embedded document and the fingerprint it was made for, read from the part's text; null when absent or malformed. */
export function parseSourcePart(xml: string): { documentSha256: string; doc: unknown } | null {
  const m = /<memoireStudio xmlns="urn:memoire-studio:source" version="1" documentSha256="([0-9a-f]{64})">([A-Za-z0-9+/=\s]*)<\/memoireStudio>/.exec(xml);
  if (!m) return null;
  try {
    return { documentSha256: m[1], doc: JSON.parse(Buffer.from(m[2], 'base64').toString('utf8')) };
  } catch {
    return null;
  }
}
