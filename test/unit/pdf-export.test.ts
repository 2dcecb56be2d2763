import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli';
import { ROOT } from '../helpers/paths';
import { fileHash, writeVialisMemoire } from '../helpers/sample';
import { tempDir } from '../helpers/temp';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

async function annexPdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < 2; i++) doc.addPage([595, 842]).drawText(`${text} ${i + 1}`, { x: 60, y: 760, size: 18, font });
  return Buffer.from(await doc.save());
}

async function makeMemoire(dir: string, annex: Buffer | null): Promise<string> {
  const file = writeVialisMemoire(dir, {
    words: 25_000,
    sentence: "Chez Vialis Services, le cœur de l'offre est « la maintenance prédictive » : pourquoi attendre ? ",
    image: 'png',
  });
  if (annex) file.addAttachment('annex', 'Attestation de stage.pdf', 'application/pdf', annex);
  file.close();
  return file.path;
}

const pageText = (pdf: string, page: number) => execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-']).toString();

/** The outline's titles, depth-first, with their depth. */
function outlineTitles(doc: PDFDocument): Array<{ depth: number; title: string }> {
  const out: Array<{ depth: number; title: string }> = [];
  const walk = (ref: PDFRef | undefined, depth: number) => {
    while (ref) {
      const item = doc.context.lookup(ref, PDFDict);
      out.push({ depth, title: (item.lookup(PDFName.of('Title')) as PDFHexString | PDFString).decodeText() });
      walk(item.get(PDFName.of('First')) as PDFRef | undefined, depth + 1);
      ref = item.get(PDFName.of('Next')) as PDFRef | undefined;
    }
  };
  const root = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
  walk(root.get(PDFName.of('First')) as PDFRef, 0);
  return out;
}

describe('PDF export', () => {
  it('writes a PDF with embedded fonts, French text, bookmarks, page labels, links, a true sommaire and the annex merged', async () => {
    const dir = tempDir();
    const path = await makeMemoire(dir, await annexPdf('Attestation de stage, page'));
    const before = fileHash(path);
    const out = join(dir, 'export.pdf');
    expect(await cli(['export', path, '--pdf', '--out', out])).toMatchObject({ code: 0, text: expect.stringMatching(/^Exporté : .*export\.pdf/) });
    expect(fileHash(path)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    expect(execFileSync('qpdf', ['--check', out]).toString()).toMatch(/No syntax or stream encoding errors/);
    const fonts = execFileSync('pdffonts', [out]).toString().split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    // The annex keeps its own fonts (a standard Helvetica here); ours are all embedded.
    for (const line of fonts.filter((l) => !l.startsWith('Helvetica'))) expect(line).toMatch(/CID TrueType\s+Identity-H\s+yes\s+\S+\s+yes/);

    const text = execFileSync('pdftotext', [out, '-']).toString();
    expect(text).toContain('Mémoire présenté par Camille Martin');
    expect(text).toContain('le cœur de l’offre est « la maintenance prédictive » : pourquoi attendre ?');
    expect(text).toContain('Figure 1 : Organigramme de l’agence');
    expect(text).toContain('Source : INSEE, 2025.');
    expect(text).toContain('Attestation de stage, page 2');
    // Poppler prints U+202F as a space: the narrow space is checked in the font's ToUnicode map.
    const qdf = join(dir, 'qdf.pdf');
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', out, qdf]);
    expect(readFileSync(qdf).toString('latin1')).toMatch(/<[0-9a-f]{4}> <202f>/i);

    const doc = await PDFDocument.load(readFileSync(out));
    const info = execFileSync('pdfinfo', [out]).toString();
    expect(info).toMatch(/Title:\s+Conquérir les PME du Puy-de-Dôme/);
    expect(info).toMatch(/Author:\s+Camille Martin/);
    expect(doc.catalog.lookup(PDFName.of('Lang'))?.toString()).toContain('fr-FR');

    // Page labels: i, ii… for the cover and sommaire, 1… for the body, A-1… for the annex.
    const nums = doc.catalog.lookup(PDFName.of('PageLabels'), PDFDict).lookup(PDFName.of('Nums'), PDFArray);
    const bodyStart = (nums.get(2) as PDFNumber).asNumber();
    expect(nums.lookup(1, PDFDict).get(PDFName.of('S'))).toBe(PDFName.of('r'));
    expect(nums.lookup(3, PDFDict).get(PDFName.of('S'))).toBe(PDFName.of('D'));
    const annexStart = (nums.get(4) as PDFNumber).asNumber();
    expect(doc.getPageCount()).toBe(annexStart + 2);
    expect(pageText(out, annexStart + 1)).toContain('Attestation de stage, page 1');

    // Bookmarks mirror the headings, the annex last.
    const outline = outlineTitles(doc);
    const headings = [...pageText(out, 2).matchAll(/^\s{0,4}(\d+ [^.\n]+?|Remerciements|Bibliographie|Annexes)\s+\. \./gm)].map((m) => m[1].trim());
    expect(outline.filter((o) => o.depth === 0).map((o) => o.title)).toEqual(expect.arrayContaining(['Remerciements', 'Table des figures', 'Annexes jointes']));
    for (const h of headings) expect(outline.some((o) => o.title.startsWith(h.slice(0, 30)))).toBe(true);

    // The sommaire's numbers are the pages where the headings really are.
    const front = Array.from({ length: bodyStart - 1 }, (_, i) => pageText(out, i + 2)).join('\n');
    const entries = [...front.matchAll(/^\s*((?:\d+(?:\.\d+)*)\s+.+?)\s*(?:\. )+\.?\s*(\d+)\s*$/gm)].map((m) => ({
      title: m[1].replace(/\s+/g, ' '),
      page: Number(m[2]),
    }));
    expect(entries.length).toBeGreaterThan(40);
    for (const e of entries) {
      const real = pageText(out, bodyStart + e.page).replace(/\s+/g, ' ');
      expect(real, e.title).toContain(e.title.slice(0, 25));
    }

    // Internal links from the sommaire, external from the body.
    const annots = doc.getPages().flatMap((p) => (p.node.Annots()?.asArray() ?? []).map((r) => doc.context.lookup(r, PDFDict)));
    expect(annots.filter((a) => a.get(PDFName.of('Dest'))).length).toBeGreaterThanOrEqual(entries.length);

    // Pages to look at: cover, sommaire, the SWOT, the PAC table (landscape), the PAC chart.
    mkdirSync(SCREENSHOTS, { recursive: true });
    const find = (needle: string) => {
      for (let p = bodyStart + 1; p <= annexStart; p++) if (pageText(out, p).includes(needle)) return p;
      throw new Error(needle);
    };
    const shots = {
      cover: 1,
      sommaire: 2,
      swot: find('Matrice SWOT'),
      pac: find('Plan d’action commerciale — Actions'),
      calendar: find('Calendrier des actions du PAC'),
      chart: find('Répartition des actions et du budget'),
      kpi: find('Évolution des indicateurs'),
    };
    expect(doc.getPage(shots.pac - 1).getWidth()).toBeGreaterThan(doc.getPage(shots.pac - 1).getHeight());
    for (const [name, page] of Object.entries(shots)) {
      execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), out, join(SCREENSHOTS, `pdf-${name}`)]);
      expect(statSync(join(SCREENSHOTS, `pdf-${name}.png`)).size).toBeGreaterThan(5000);
    }
  }, 120_000);

  it('writes an archival PDF (PDF/A-2b): XMP matching the Info dictionary, sRGB OutputIntent, tagged subset fonts, an identifier', async () => {
    const dir = tempDir();
    const path = await makeMemoire(dir, null);
    const out = join(dir, 'archive.pdf');
    await cli(['export', path, '--pdf', '--out', out]);
    const bytes = readFileSync(out);
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const catalog = pdf.catalog;

    // XMP read back: PDF/A-2b, and the same title, author, dates and tool as the Info dictionary.
    const xmp = execFileSync('pdfinfo', ['-meta', out]).toString();
    expect(xmp).toContain('<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>');
    const info = execFileSync('pdfinfo', ['-isodates', out]).toString();
    const field = (name: string) => new RegExp(`^${name}:\\s+(.*)$`, 'm').exec(info)![1].trim();
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${field('Title')}</rdf:li>`);
    expect(xmp).toContain(`<rdf:li>${field('Author')}</rdf:li>`);
    expect(xmp).toContain(`<xmp:CreateDate>${field('CreationDate')}</xmp:CreateDate>`);
    expect(xmp).toContain(`<xmp:CreatorTool>${field('Creator')}</xmp:CreatorTool>`);
    expect(xmp).toContain(`<pdf:Producer>${field('Producer')}</pdf:Producer>`);
    expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('fr-FR');

    // The OutputIntent carries an RGB ICC display profile (header and tags read back).
    const intent = catalog.lookup(PDFName.of('OutputIntents'), PDFArray).lookup(0, PDFDict);
    expect(intent.lookup(PDFName.of('S'), PDFName).decodeText()).toBe('GTS_PDFA1');
    const stream = intent.lookup(PDFName.of('DestOutputProfile')) as unknown as { dict: PDFDict; getContents(): Uint8Array };
    expect(stream.dict.lookup(PDFName.of('N'), PDFNumber).asNumber()).toBe(3);
    const { inflateSync } = await import('node:zlib');
    const icc = inflateSync(stream.getContents());
    expect(icc.readUInt32BE(0)).toBe(icc.length);
    expect(icc.subarray(12, 24).toString('latin1')).toBe('mntrRGB XYZ ');
    expect(icc.subarray(36, 40).toString('latin1')).toBe('acsp');
    const tags = Array.from({ length: icc.readUInt32BE(128) }, (_, i) => icc.subarray(132 + 12 * i, 136 + 12 * i).toString('latin1'));
    expect(tags).toEqual(['desc', 'cprt', 'wtpt', 'rXYZ', 'gXYZ', 'bXYZ', 'rTRC', 'gTRC', 'bTRC']);

    // Every font embedded as a subset with its tag; a file identifier; readers open it cleanly.
    const fonts = execFileSync('pdffonts', [out]).toString().trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(1);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+\S+\s.*\byes\s+yes\s+yes\b/);
    expect(pdf.context.trailerInfo.ID).toBeInstanceOf(PDFArray);
    expect(execFileSync('qpdf', ['--check', out]).toString()).toContain('No syntax or stream encoding errors');
    execFileSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', '-png', out, join(dir, 'page')], { stdio: 'pipe' });
    expect(readdirSync(dir).some((f) => f.startsWith('page'))).toBe(true);
  }, 60_000);

  it('refuses an annex that is not a valid PDF, in French, and writes nothing', async () => {
    const dir = tempDir();
    const path = await makeMemoire(dir, Buffer.from('%PDF-1.7\nceci n’est pas un PDF complet'));
    const out = join(dir, 'x.pdf');
    expect(await cli(['export', path, '--pdf', '--out', out])).toEqual({
      code: 1,
      text: 'Erreur : L’annexe « Attestation de stage.pdf » est un PDF endommagé ou illisible. Retirez-la ou remplacez-la, puis recommencez.',
    });
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Without the annexes, the same mémoire exports.
    expect((await cli(['export', path, '--pdf', '--sans-annexes', '--out', out])).code).toBe(0);
  }, 60_000);
});
