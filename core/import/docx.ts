import mammoth from 'mammoth';
import { AppError } from '../errors';

/** Largest Word file read. */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/**
 * Converts a Word file to HTML with mammoth (headings mapped to h1–h3, images left out: a check
 * needs the text and tables). A file that is not a readable DOCX gives a French error.
 */
export async function docxToHtml(data: Buffer): Promise<{ html: string; warnings: string[] }> {
  if (data.length > MAX_DOCX_BYTES) throw new AppError('too-large', `${data.length} octets`);
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) {
    throw new AppError('invalid-input', 'pas un .docx', 'Ce fichier n’est pas un document Word (.docx) lisible.');
  }
  try {
    const result = await mammoth.convertToHtml(
      { buffer: data },
      {
        styleMap: ['p[style-name=\'Title\'] => h1:fresh', 'p[style-name=\'Titre\'] => h1:fresh', 'p[style-name=\'Titre 1\'] => h1:fresh', 'p[style-name=\'Titre 2\'] => h2:fresh', 'p[style-name=\'Titre 3\'] => h3:fresh'],
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    return { html: result.value, warnings: result.messages.map((m) => m.message) };
  } catch (error) {
    throw new AppError('invalid-input', (error as Error).message, 'Ce document Word est endommagé ou d’un format non pris en charge.');
  }
}
