import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { tempDir } from './temp';

/** A real .docx made by pandoc, then opened as a zip to be tampered with. */
export async function pandocDocx(markdown: string): Promise<JSZip> {
  const dir = tempDir();
  writeFileSync(join(dir, 'd.md'), markdown);
  execFileSync('pandoc', [join(dir, 'd.md'), '-o', join(dir, 'd.docx')]);
  return JSZip.loadAsync(readFileSync(join(dir, 'd.docx')));
}

export async function zipBytes(zip: JSZip): Promise<Buffer> {
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Word files built to hurt a reader, with the French message each must end with. */
export const HOSTILE_DOCX: Array<[string, () => Promise<Buffer>, RegExp]> = [
  [
    'a zip bomb (a text part inflating to 80 MB)',
    async () => {
      const zip = await pandocDocx('# Titre\n\nTexte.');
      zip.file('word/media/bombe.xml', 'a'.repeat(80 * 1024 * 1024));
      return zipBytes(zip);
    },
    /anormalement volumineux/,
  ],
  [
    'a flood of 3 000 entries',
    async () => {
      const zip = await pandocDocx('# Titre\n\nTexte.');
      for (let i = 0; i < 3000; i++) zip.file(`word/x/${i}.xml`, '<x/>');
      return zipBytes(zip);
    },
    /nombre anormal d’éléments/,
  ],
  [
    '10 000 tables in a few kilobytes',
    async () => {
      const zip = await pandocDocx('# Titre\n\nTexte.');
      const xml = await zip.file('word/document.xml')!.async('string');
      const table = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
      zip.file('word/document.xml', xml.replace('<w:sectPr', `${table.repeat(10_000)}<w:sectPr`));
      return zipBytes(zip);
    },
    /trop long pour être importé/,
  ],
  [
    'a password-protected document (encrypted OLE container)',
    async () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]),
    /protégé par un mot de passe/,
  ],
  [
    'a zip that is not a Word document',
    async () => {
      const zip = new JSZip();
      zip.file('notes.txt', 'bonjour');
      return zipBytes(zip);
    },
    /ne contient pas de texte Word/,
  ],
  ['a truncated file', async () => (await zipBytes(await pandocDocx('# Titre\n\nTexte.'))).subarray(0, 900), /endommagé/],
];
