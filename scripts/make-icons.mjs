// Makes every application icon from the one source image, resources/icon.svg: PNGs for Linux
// (resources/icons/NxN.png and resources/icon.png), resources/icon.ico for Windows and
// resources/icon.icns for macOS, both holding PNG images. Chromium draws the SVG at each size, so the
// small sizes are rendered, not scaled down. Run after changing the SVG; the results are committed
// (electron-builder takes them from `directories.buildResources`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const dir = 'resources';
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
const LINUX = [16, 32, 48, 64, 128, 256, 512, 1024];
const ICO = [16, 24, 32, 48, 64, 128, 256];
/** ICNS types holding PNG data, by pixel size. */
const ICNS = { 16: 'icp4', 32: 'icp5', 64: 'icp6', 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const pngs = new Map();
try {
  for (const size of new Set([...LINUX, ...ICO, ...Object.keys(ICNS).map(Number)])) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`,
    );
    pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    await page.close();
  }
} finally {
  await browser.close();
}

mkdirSync(join(dir, 'icons'), { recursive: true });
for (const size of LINUX) writeFileSync(join(dir, 'icons', `${size}x${size}.png`), pngs.get(size));
writeFileSync(join(dir, 'icon.png'), pngs.get(1024));

// ICO: a directory of entries, each image a whole PNG file (Windows Vista and later).
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(ICO.length, 4);
let offset = 6 + 16 * ICO.length;
const entries = ICO.map((size) => {
  const entry = Buffer.alloc(16);
  const data = pngs.get(size);
  entry.writeUInt8(size >= 256 ? 0 : size, 0);
  entry.writeUInt8(size >= 256 ? 0 : size, 1);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(data.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += data.length;
  return entry;
});
writeFileSync(join(dir, 'icon.ico'), Buffer.concat([header, ...entries, ...ICO.map((size) => pngs.get(size))]));

// ICNS: "icns", total length, then (type, length, PNG) blocks.
const blocks = Object.entries(ICNS).map(([size, type]) => {
  const data = pngs.get(Number(size));
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32BE(data.length + 8, 4);
  return Buffer.concat([head, data]);
});
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'latin1');
icnsHead.writeUInt32BE(8 + blocks.reduce((n, b) => n + b.length, 0), 4);
writeFileSync(join(dir, 'icon.icns'), Buffer.concat([icnsHead, ...blocks]));
console.log(`Icônes écrites dans ${dir}/ : icon.png, icons/ (${LINUX.length} tailles), icon.ico (${ICO.length}), icon.icns (${blocks.length}).`);
