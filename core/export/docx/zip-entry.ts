import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { AppError } from '../../errors';
import { endOfCentralDirectory, readZipDirectory } from '../../zip/zip-directory';

const LOCAL = 0x04034b50;
/** Bit 3 of the flags: sizes and CRC in a descriptor after the data (the local header holds zeros). */
const DESCRIPTOR_FLAG = 0x0008;
const DEFLATE = 8;
const ZIP64_MARK = 0xffffffff;

/**
 * Rewrites one text entry of a ZIP archive (a part of a DOCX) and copies every other entry byte for
 * byte: only that entry is inflated and deflated again, so the cost is the entry's, not the archive's.
 * The library that writes our DOCX has no option for some settings a part needs (a style that does
 * not hyphenate); they are added to its XML here.
 */
export function replaceZipEntry(archive: Uint8Array, name: string, edit: (text: string) => string): Uint8Array {
  const zip = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  const eocd = endOfCentralDirectory(zip);
  const centralStart = zip.readUInt32LE(eocd + 16);
  const entries = readZipDirectory(zip);
  const target = entries.find((e) => e.name === name);
  if (!target) throw new AppError('invalid-input', name, `Document Word incomplet : la partie ${name} est absente.`);
  if (entries.some((e) => e.compressedSize === ZIP64_MARK || e.localOffset === ZIP64_MARK))
    throw new AppError('invalid-input', 'zip64', 'Archive ZIP64 non prise en charge.');
  if (zip.readUInt32LE(target.localOffset) !== LOCAL)
    throw new AppError('invalid-input', 'en-tête local', 'Ce document Word est endommagé : ouvrez-le dans Word et enregistrez-le à nouveau.');
  const headerLength = 30 + zip.readUInt16LE(target.localOffset + 26) + zip.readUInt16LE(target.localOffset + 28);
  const dataStart = target.localOffset + headerLength;
  const old = zip.subarray(dataStart, dataStart + target.compressedSize);
  const text = Buffer.from(edit((target.method === DEFLATE ? inflateRawSync(old) : old).toString('utf8')), 'utf8');
  const data = deflateRawSync(text);
  const checksum = crc32(text);

  const header = Buffer.from(zip.subarray(target.localOffset, dataStart));
  header.writeUInt16LE(header.readUInt16LE(6) & ~DESCRIPTOR_FLAG, 6);
  header.writeUInt16LE(DEFLATE, 8);
  header.writeUInt32LE(checksum, 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(text.length, 22);
  // The entry's old record runs to the next one (its data descriptor, if any, included).
  const nextOffsets = entries.map((e) => e.localOffset).filter((o) => o > target.localOffset);
  const oldEnd = nextOffsets.length ? Math.min(...nextOffsets) : centralStart;
  const shift = headerLength + data.length - (oldEnd - target.localOffset);

  const central = Buffer.from(zip.subarray(centralStart, eocd));
  for (const e of entries) {
    const at = e.centralAt - centralStart;
    if (e.localOffset > target.localOffset) central.writeUInt32LE(e.localOffset + shift, at + 42);
    if (e === target) {
      central.writeUInt16LE(central.readUInt16LE(at + 8) & ~DESCRIPTOR_FLAG, at + 8);
      central.writeUInt16LE(DEFLATE, at + 10);
      central.writeUInt32LE(checksum, at + 16);
      central.writeUInt32LE(data.length, at + 20);
      central.writeUInt32LE(text.length, at + 24);
    }
  }
  const end = Buffer.from(zip.subarray(eocd));
  end.writeUInt32LE(centralStart + shift, 16);
  return Buffer.concat([zip.subarray(0, target.localOffset), header, data, zip.subarray(oldEnd, centralStart), central, end]);
}
