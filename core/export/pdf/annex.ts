import { PDFDocument } from 'pdf-lib';
import { AppError } from '../../errors';
import { MAX_FILE_BYTES } from '../../api/limits';

/**
 * Opens a PDF meant as an annex, or says in French why it cannot be one: not a PDF, damaged,
 * encrypted, or empty. Nothing is attached or merged until it opens here.
 */
export async function loadAnnex(name: string, data: Uint8Array): Promise<PDFDocument> {
  const bad = (why: string) => new AppError('invalid-annex', name, `L’annexe « ${name} » ${why} Retirez-la ou remplacez-la, puis recommencez.`);
  if (data.length > MAX_FILE_BYTES) throw new AppError('too-large', `${data.length} octets`, `L’annexe « ${name} » dépasse 50 Mo.`);
  const head = new TextDecoder('latin1').decode(data.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw bad('n’est pas un fichier PDF.');
  let doc: PDFDocument;
  let pages: number;
  try {
    doc = await PDFDocument.load(data, { updateMetadata: false });
    // pdf-lib parses leniently: a file without a page tree only fails here.
    pages = doc.getPageCount();
  } catch (error) {
    if (/encrypt/i.test((error as Error).message)) throw bad('est protégée par un mot de passe.');
    throw bad('est un PDF endommagé ou illisible.');
  }
  if (pages === 0) throw bad('ne contient aucune page.');
  return doc;
}
