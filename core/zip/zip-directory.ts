import { AppError } from '../errors';

/** The entries of a zip as its central directory declares them, read without inflating anything. */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  encrypted: boolean;
  method: number;
  localOffset: number;
  /** Where its record starts in the central directory. */
  centralAt: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

const damaged = (what: string) => new AppError('invalid-input', what, 'Ce document Word est endommagé : ouvrez-le dans Word et enregistrez-le à nouveau.');

/** Where the end-of-central-directory record starts (the last one, within the comment's reach of the end). */
export function endOfCentralDirectory(data: Buffer): number {
  const min = Math.max(0, data.length - 65_557);
  for (let i = data.length - 22; i >= min; i--) if (data.readUInt32LE(i) === EOCD) return i;
  throw new AppError(
    'invalid-input',
    'zip sans répertoire',
    'Ce document Word est endommagé (archive incomplète) : ouvrez-le dans Word et enregistrez-le à nouveau.',
  );
}

/** Reads the central directory of a zip file (sizes are as declared; nothing is decompressed). */
export function readZipDirectory(data: Buffer): ZipEntry[] {
  const eocd = endOfCentralDirectory(data);
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL) throw damaged('répertoire zip illisible');
    const nameLength = data.readUInt16LE(offset + 28);
    entries.push({
      name: data.toString('utf8', offset + 46, offset + 46 + nameLength),
      compressedSize: data.readUInt32LE(offset + 20),
      uncompressedSize: data.readUInt32LE(offset + 24),
      encrypted: (data.readUInt16LE(offset + 8) & 1) === 1,
      method: data.readUInt16LE(offset + 10),
      localOffset: data.readUInt32LE(offset + 42),
      centralAt: offset,
    });
    offset += 46 + nameLength + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
  }
  return entries;
}
