import { crc32, deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real RGBA PNG of the given size (a colour gradient), or, with `claim`, one whose header announces
 * another size than its pixel data holds.
 */
export function pngImage(width: number, height: number, options: { claim?: { width: number; height: number }; idat?: Buffer } = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(options.claim?.width ?? width, 0);
  ihdr.writeUInt32BE(options.claim?.height ?? height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  let idat = options.idat;
  if (!idat) {
    const raw = Buffer.alloc(height * (1 + width * 4));
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) raw.set([(x * 255) / width, (y * 255) / height, 128, 255], y * (1 + width * 4) + 1 + x * 4);
    }
    idat = deflateSync(raw);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A real JPEG photo-like gradient of the given size. */
export function jpegImage(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([i % 251, (i / width) % 253, 90, 255], i * 4);
  return Buffer.from(jpeg.encode({ data, width, height }, 85).data);
}
