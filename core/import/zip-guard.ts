import { inflateRawSync } from 'node:zlib';
import { AppError } from '../errors';
import { readZipDirectory, type ZipEntry } from '../zip/zip-directory';

/** Limits of a Word file we agree to open (a mémoire of 150 pages with images stays far below). */
export const DOCX_LIMITS = {
  /** Entries in the zip. A real .docx has a few dozen; thousands mean an attack or a broken file. */
  maxEntries: 2_000,
  /** Sum of the uncompressed sizes. */
  maxUncompressedBytes: 250 * 1024 * 1024,
  /** The main text part (word/document.xml) uncompressed. */
  maxDocumentXmlBytes: 60 * 1024 * 1024,
  /** Compression ratio of one entry: text compresses ~10×, a zip bomb ~1000×. */
  maxRatio: 200,
  /** Paragraphs and tables in the text: a 150-page mémoire has ~3 000 paragraphs and ~60 tables. */
  maxParagraphs: 40_000,
  maxTables: 500,
};

/** A part's bytes, inflated with a hard cap on their size (a lying header cannot blow it up). */
export function readZipEntry(data: Buffer, entry: ZipEntry, maxBytes: number): Buffer {
  const at = entry.localOffset;
  if (at + 30 > data.length || data.readUInt32LE(at) !== 0x04034b50)
    throw new AppError('invalid-input', 'en-tête local', 'Ce document Word est endommagé : ouvrez-le dans Word et enregistrez-le à nouveau.');
  const start = at + 30 + data.readUInt16LE(at + 26) + data.readUInt16LE(at + 28);
  const raw = data.subarray(start, start + entry.compressedSize);
  try {
    return entry.method === 0 ? Buffer.from(raw) : inflateRawSync(raw, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE')
      throw new AppError('too-large', 'document.xml', 'Ce document Word est anormalement volumineux une fois décompressé : il n’a pas été importé.');
    throw new AppError('invalid-input', String(code), 'Ce document Word est endommagé : ouvrez-le dans Word et enregistrez-le à nouveau.');
  }
}

function count(xml: string, re: RegExp): number {
  return (xml.match(re) ?? []).length;
}

/**
 * Refuses, before any conversion, what is not a Word document or would exhaust memory: a
 * password-protected file (an encrypted OLE container), a zip bomb (too many entries, too large once
 * inflated, an absurd compression ratio), a zip with no document part. French messages throughout.
 */
export function assertSafeDocx(data: Buffer): void {
  if (data.length >= 8 && data.readUInt32BE(0) === 0xd0cf11e0) {
    throw new AppError(
      'invalid-input',
      'OLE',
      'Ce document Word est protégé par un mot de passe (ou au format .doc ancien) : enregistrez-le sans mot de passe au format .docx, puis importez-le.',
    );
  }
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError('invalid-input', 'pas un zip', 'Ce fichier n’est pas un document Word (.docx) lisible.');
  }
  const entries = readZipDirectory(data);
  if (entries.length > DOCX_LIMITS.maxEntries)
    throw new AppError('too-large', `${entries.length} entrées`, 'Ce document Word contient un nombre anormal d’éléments : il n’a pas été importé.');
  if (entries.some((e) => e.encrypted))
    throw new AppError('invalid-input', 'chiffré', 'Ce document Word est chiffré : enregistrez-le sans mot de passe puis importez-le.');
  const total = entries.reduce((a, e) => a + e.uncompressedSize, 0);
  const main = entries.find((e) => e.name === 'word/document.xml');
  if (!main) throw new AppError('invalid-input', 'sans word/document.xml', 'Ce fichier n’est pas un document Word (.docx) : il ne contient pas de texte Word.');
  const bomb = entries.some(
    (e) => e.compressedSize > 0 && e.uncompressedSize / e.compressedSize > DOCX_LIMITS.maxRatio && e.uncompressedSize > 10 * 1024 * 1024,
  );
  if (total > DOCX_LIMITS.maxUncompressedBytes || main.uncompressedSize > DOCX_LIMITS.maxDocumentXmlBytes || bomb) {
    throw new AppError(
      'too-large',
      `${total} octets décompressés`,
      'Ce document Word est anormalement volumineux une fois décompressé : il n’a pas été importé.',
    );
  }
  // Counted in the XML before any conversion: 10 000 tables in 30 KB would otherwise take minutes.
  const xml = readZipEntry(data, main, DOCX_LIMITS.maxDocumentXmlBytes).toString('utf8');
  const paragraphs = count(xml, /<w:p[ >]/g);
  const tables = count(xml, /<w:tbl>/g);
  if (paragraphs > DOCX_LIMITS.maxParagraphs || tables > DOCX_LIMITS.maxTables) {
    throw new AppError(
      'too-large',
      `${paragraphs} paragraphes, ${tables} tableaux`,
      `Ce document Word est trop long pour être importé (${paragraphs} paragraphes, ${tables} tableaux ; au plus ${DOCX_LIMITS.maxParagraphs} et ${DOCX_LIMITS.maxTables}) : découpez-le.`,
    );
  }
}
