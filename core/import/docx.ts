import mammoth from 'mammoth';
import { AppError } from '../errors';
import { MAX_FILE_BYTES } from '../api/limits';
import { assertSafeDocx } from './zip-guard';
import { prepareImage, type PreparedImage } from '../images/prepare-image';

/** An image found in a Word file, kept when it can go into the exports (PNG, JPEG). */
export interface DocxImage {
  /** The placeholder its <img> carries in the HTML ("import-image:3"). */
  ref: string;
  mime: 'image/png' | 'image/jpeg';
  data: Buffer;
}

function preparedOrNull(data: Buffer, name: string): PreparedImage | null {
  try {
    return prepareImage(data, name);
  } catch (error) {
    if (error instanceof AppError) return null;
    throw error;
  }
}

/**
 * Converts a Word file to HTML with mammoth (headings mapped to h1–h3). The file is checked first
 * (zip bomb, password, not a .docx: French messages). PNG and JPEG images are collected with a
 * placeholder reference; other images are counted as dropped (the exports cannot carry them).
 */
export async function docxToHtml(
  data: Buffer,
  options: { images?: boolean } = {},
): Promise<{ html: string; warnings: string[]; images: DocxImage[]; droppedImages: number }> {
  if (data.length > MAX_FILE_BYTES) throw new AppError('too-large', `${data.length} octets`);
  assertSafeDocx(data);
  const images: DocxImage[] = [];
  let droppedImages = 0;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: data },
      {
        styleMap: [
          "p[style-name='Title'] => h1:fresh",
          "p[style-name='Titre'] => h1:fresh",
          "p[style-name='Titre 1'] => h1:fresh",
          "p[style-name='Titre 2'] => h2:fresh",
          "p[style-name='Titre 3'] => h3:fresh",
        ],
        convertImage: mammoth.images.imgElement(async (image) => {
          const mime = image.contentType;
          if (!options.images || (mime !== 'image/png' && mime !== 'image/jpeg')) {
            droppedImages++;
            return { src: '' };
          }
          const ref = `import-image:${images.length}`;
          // Checked and reduced like an inserted image; a broken or oversized one is dropped, not fatal.
          const prepared = preparedOrNull(Buffer.from(await image.read('base64'), 'base64'), ref);
          if (!prepared) {
            droppedImages++;
            return { src: '' };
          }
          images.push({ ref, mime: prepared.mime, data: prepared.data });
          return { src: ref };
        }),
      },
    );
    return { html: result.value, warnings: result.messages.map((m) => m.message), images, droppedImages };
  } catch (error) {
    throw new AppError('invalid-input', (error as Error).message, 'Ce document Word est endommagé ou d’un format non pris en charge.');
  }
}
