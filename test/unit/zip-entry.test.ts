import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { replaceZipEntry } from '../../core/export/docx/zip-entry';

/** An archive of three parts, written as a streaming writer does (data descriptors) or not. */
async function archive(streamFiles: boolean): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/styles.xml', `<w:styles>${'<w:style/>'.repeat(200)}</w:styles>`);
  zip.file('word/media/image1.png', Buffer.from([137, 80, 78, 71, 1, 2, 3]), { compression: 'STORE' });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', streamFiles });
}

describe('replacing one part of a ZIP archive', () => {
  for (const streamFiles of [false, true]) {
    it(`rewrites that part and keeps every other byte for byte (${streamFiles ? 'with' : 'without'} data descriptors)`, async () => {
      const before = await archive(streamFiles);
      const after = replaceZipEntry(before, 'word/styles.xml', (xml) => xml.replace('<w:styles>', '<w:styles><w:docDefaults/>'));
      const zip = await JSZip.loadAsync(after, { checkCRC32: true });
      expect(
        Object.values(zip.files)
          .filter((f) => !f.dir)
          .map((f) => f.name),
      ).toEqual(['[Content_Types].xml', 'word/styles.xml', 'word/media/image1.png']);
      expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/^<w:styles><w:docDefaults\/><w:style\/>/);
      expect(await zip.file('[Content_Types].xml')!.async('string')).toBe('<Types/>');
      expect([...(await zip.file('word/media/image1.png')!.async('uint8array'))]).toEqual([137, 80, 78, 71, 1, 2, 3]);
    });
  }

  it('names what is wrong with an archive it cannot read, and a part that is not there', async () => {
    expect(() => replaceZipEntry(new Uint8Array(40), 'word/styles.xml', (x) => x)).toThrow(/document Word est endommagé/);
    expect(() => replaceZipEntry(Buffer.from('pas une archive'), 'word/styles.xml', (x) => x)).toThrow(/document Word est endommagé/);
    await expect(archive(false).then((a) => replaceZipEntry(a, 'word/absent.xml', (x) => x))).rejects.toThrow(/la partie word\/absent\.xml est absente/);
  });
});
