/** Pixel size and format of an image, read from its header. */
export interface ImageInfo {
  type: 'png' | 'jpg' | 'gif' | 'webp';
  width: number;
  height: number;
}

const MIME = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' } as const;

/** The MIME type of an image format. */
export function imageMime(type: ImageInfo['type']): (typeof MIME)[ImageInfo['type']] {
  return MIME[type];
}

function startsWith(data: Uint8Array, bytes: number[], at = 0): boolean {
  return data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);
}

function jpegFrameSize(data: Uint8Array, view: DataView): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < data.length) {
    if (data[i] !== 0xff) return null;
    const marker = data[i + 1];
    const length = view.getUint16(i + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(i + 5), width: view.getUint16(i + 7) };
    }
    i += 2 + length;
  }
  return null;
}

/**
 * The format an image's first bytes prove (whatever its name or declared type says) and its size in
 * pixels; null for anything else or a broken header. WebP's size is not read: it is refused anyway.
 */
export function imageInfo(data: Uint8Array): ImageInfo | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) && data.length > 24) {
    return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) };
  }
  if (startsWith(data, [0x47, 0x49, 0x46, 0x38]) && data.length > 10) {
    return { type: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
  }
  if (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && startsWith(data, [0x57, 0x45, 0x42, 0x50], 8)) return { type: 'webp', width: 0, height: 0 };
  if (startsWith(data, [0xff, 0xd8, 0xff])) {
    const size = jpegFrameSize(data, view);
    return size && { type: 'jpg', ...size };
  }
  return null;
}
