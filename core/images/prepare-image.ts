import upngModule from '@pdf-lib/upng';
import jpeg from 'jpeg-js';
import { crc32, inflateSync } from 'node:zlib';
import { AppError } from '../errors';
import { imageInfo, imageMime, type ImageInfo } from './image-info';

// A CommonJS module exporting `default`: Node's own ESM loader (the web host under tsx) hands over the
// exports object, bundlers and vitest the default itself.
const UPNG = (upngModule as unknown as { default?: typeof upngModule }).default ?? upngModule;

/**
 * Largest image accepted, in pixels: a 48-megapixel phone photo passes; decoding beyond this costs
 * hundreds of megabytes for nothing a printed page can show.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Longest side kept: an A4 page's width at 300 dpi. Larger images are reduced once, at insertion. */
export const PRINT_LONG_SIDE_PX = 2480;
/** JPEG quality of a reduced photo: no visible loss in print. */
const JPEG_QUALITY = 90;

/** An image as the mémoire stores it: decodable, of a printable format, no larger than print needs. */
export interface PreparedImage {
  data: Buffer;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  /** The image was reduced to print resolution (its original size). */
  reducedFrom: { width: number; height: number } | null;
}

function frenchSize(info: { width: number; height: number }): string {
  return `${info.width.toLocaleString('fr-FR')} × ${info.height.toLocaleString('fr-FR')} pixels`;
}

/**
 * Checks, from its header, that an image can go into the PDF and the Word export (PNG or JPEG, a
 * sensible size), with a French message otherwise. Used at insertion and again at export, so an image
 * stored by an older version never costs gigabytes nor fails with "erreur inattendue".
 */
export function printableInfo(data: Uint8Array, name: string): ImageInfo & { type: 'png' | 'jpg' } {
  const info = imageInfo(data);
  if (!info)
    throw new AppError('unsupported-image', name, `L’image « ${name} » est illisible (fichier abîmé ou d’un autre format) : utilisez une image PNG ou JPEG.`);
  if (info.type === 'gif' || info.type === 'webp') {
    const format = info.type === 'gif' ? 'GIF' : 'WebP';
    throw new AppError(
      'unsupported-image',
      info.type,
      `Les images ${format} ne passent pas dans le PDF et le Word exportés : enregistrez « ${name} » en PNG ou en JPEG puis insérez-la à nouveau.`,
    );
  }
  if (info.width < 1 || info.height < 1) throw new AppError('unsupported-image', name, `L’image « ${name} » est illisible (taille nulle dans son en-tête).`);
  if (info.width * info.height > MAX_IMAGE_PIXELS) {
    throw new AppError(
      'too-large',
      `${info.width}x${info.height}`,
      `L’image « ${name} » est trop grande (${frenchSize(info)}) : réduisez-la à moins de ${MAX_IMAGE_PIXELS / 1_000_000} mégapixels (par exemple ${PRINT_LONG_SIDE_PX} pixels de large, assez pour l’impression), puis insérez-la à nouveau.`,
    );
  }
  return info as ImageInfo & { type: 'png' | 'jpg' };
}

/** Averages each source pixel block into one (area resampling: no aliasing on a large reduction). */
function reduceRgba(src: Uint8Array, width: number, height: number, outWidth: number, outHeight: number): Uint8Array {
  const sums = new Float64Array(outWidth * outHeight * 4);
  const counts = new Uint32Array(outWidth * outHeight);
  for (let y = 0; y < height; y++) {
    const oy = Math.min(outHeight - 1, Math.floor((y * outHeight) / height));
    for (let x = 0; x < width; x++) {
      const ox = Math.min(outWidth - 1, Math.floor((x * outWidth) / width));
      const o = oy * outWidth + ox;
      const s = (y * width + x) * 4;
      sums[o * 4] += src[s];
      sums[o * 4 + 1] += src[s + 1];
      sums[o * 4 + 2] += src[s + 2];
      sums[o * 4 + 3] += src[s + 3];
      counts[o]++;
    }
  }
  const out = new Uint8Array(outWidth * outHeight * 4);
  for (let o = 0; o < counts.length; o++) for (let c = 0; c < 4; c++) out[o * 4 + c] = Math.round(sums[o * 4 + c] / counts[o]);
  return out;
}

const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Adam7's seven passes: first column and row, column and row steps. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

/**
 * Proves a PNG decodable with Node's own zlib, strictly: every chunk's CRC, then the pixel stream
 * inflated to exactly the size its header implies (never more: the output is capped). The PNG codec
 * used to reduce images is lenient and would accept garbage as grey pixels.
 */
function checkPngStream(data: Buffer): void {
  let at = 8;
  const idat: Buffer[] = [];
  let header: { width: number; height: number; depth: number; colour: number; interlace: number } | null = null;
  let ended = false;
  while (at + 12 <= data.length && !ended) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > data.length) throw new Error(`bloc ${type} coupé`);
    const body = data.subarray(at + 8, at + 8 + length);
    if (crc32(data.subarray(at + 4, at + 8 + length)) !== data.readUInt32BE(at + 8 + length)) throw new Error(`CRC du bloc ${type}`);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colour: body[9], interlace: body[12] };
    if (type === 'IDAT') idat.push(body);
    ended = type === 'IEND';
    at += 12 + length;
  }
  if (!header || !ended || !idat.length) throw new Error('structure PNG incomplète');
  const bits = (PNG_CHANNELS[header.colour] ?? 0) * header.depth;
  if (!bits) throw new Error('type de couleur inconnu');
  const rowsBytes = (width: number, height: number) => (width && height ? height * (1 + Math.ceil((width * bits) / 8)) : 0);
  const expected = header.interlace
    ? ADAM7.reduce((sum, [x0, y0, dx, dy]) => sum + rowsBytes(Math.ceil((header!.width - x0) / dx), Math.ceil((header!.height - y0) / dy)), 0)
    : rowsBytes(header.width, header.height);
  const pixels = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
  if (pixels.length !== expected) throw new Error(`${pixels.length} octets de pixels au lieu de ${expected}`);
}

function decodeRgba(data: Buffer, type: 'png' | 'jpg'): Uint8Array {
  if (type === 'jpg') {
    return jpeg.decode(data, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_IMAGE_PIXELS / 1_000_000, maxMemoryUsageInMB: 1024 }).data;
  }
  checkPngStream(data);
  return new Uint8Array(UPNG.toRGBA8(UPNG.decode(new Uint8Array(data).buffer))[0]);
}

/**
 * Prepares an image for the mémoire: its format proven by its bytes, its size checked, every pixel
 * decoded once (a broken file is refused now, in French, not at export), and reduced to print
 * resolution when larger, so exports stay light.
 */
export function prepareImage(data: Buffer, name: string): PreparedImage {
  const info = printableInfo(data, name);
  let rgba: Uint8Array;
  try {
    rgba = decodeRgba(data, info.type);
  } catch (error) {
    throw new AppError(
      'unsupported-image',
      `${name}: ${(error as Error).message}`,
      `L’image « ${name} » est abîmée et ne peut pas être lue : enregistrez-la de nouveau (PNG ou JPEG) puis insérez-la.`,
    );
  }
  if (rgba.length < info.width * info.height * 4) {
    throw new AppError(
      'unsupported-image',
      `${name}: données incomplètes`,
      `L’image « ${name} » est incomplète (fichier coupé ?) : enregistrez-la de nouveau puis insérez-la.`,
    );
  }
  const longSide = Math.max(info.width, info.height);
  const mime = imageMime(info.type) as PreparedImage['mime'];
  if (longSide <= PRINT_LONG_SIDE_PX) return { data, mime, width: info.width, height: info.height, reducedFrom: null };
  const scale = PRINT_LONG_SIDE_PX / longSide;
  const width = Math.max(1, Math.round(info.width * scale));
  const height = Math.max(1, Math.round(info.height * scale));
  const reduced = reduceRgba(rgba, info.width, info.height, width, height);
  const bytes =
    info.type === 'jpg'
      ? jpeg.encode({ data: Buffer.from(reduced.buffer), width, height }, JPEG_QUALITY).data
      : Buffer.from(UPNG.encode([reduced.buffer as ArrayBuffer], width, height, 0));
  return { data: Buffer.from(bytes), mime, width, height, reducedFrom: { width: info.width, height: info.height } };
}
