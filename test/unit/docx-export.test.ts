import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MemoireFile } from '../../core/store/memoire-file';
import { cli } from '../helpers/cli';
import { generateMemoire } from '../fixtures/generate-memoire';
import { fileHash, template, vialisMemoire, writeVialisMemoire } from '../helpers/sample';
import { tempDir } from '../helpers/temp';
import { LAYOUT_PRESETS } from '../../core/export/presets';

function makeMemoire(dir: string, withImage: boolean | 'missing' = true): string {
  const file = writeVialisMemoire(dir, {
    words: 6000,
    sentence: "Chez Vialis Services, l'enjeu est clair : gagner des PME ! ",
    image: withImage === 'missing' ? 'missing' : withImage ? 'png' : false,
  });
  file.close();
  return file.path;
}

describe('DOCX export', () => {
  it('writes a Word document read back with its styles, numbering, sommaire, footnotes, caption and properties', async () => {
    const dir = tempDir();
    const path = makeMemoire(dir);
    const before = fileHash(path);
    const out = join(dir, 'export.docx');
    expect(await cli(['export', path, '--docx', '--out', out])).toMatchObject({ code: 0, text: expect.stringMatching(/^Exporté : .*export\.docx/) });
    expect(fileHash(path)).toBe(before);
    const zip = await JSZip.loadAsync(readFileSync(out), { checkCRC32: true });
    const xml = async (name: string) => (await zip.file(name)!.async('string')) as string;
    const document = await xml('word/document.xml');
    const styles = await xml('word/styles.xml');
    expect(styles).toMatch(/w:styleId="Heading1"/);
    expect(styles).toMatch(/w:styleId="Caption"/);
    expect(styles).toMatch(/w:lang w:val="fr-FR"/);
    // Hyphenation where our PDF hyphenates, in Word and LibreOffice too: off by default (table text,
    // headings, captions, the cover), back on for running text and footnotes only.
    expect(styles).toContain('<w:pPrDefault><w:pPr><w:suppressAutoHyphens/>');
    for (const on of ['BodyText', 'FootnoteText'])
      expect(styles).toMatch(new RegExp(`w:styleId="${on}">(?:(?!</w:style>).)*<w:pPr><w:suppressAutoHyphens w:val="0"/>`, 's'));
    expect(styles).not.toMatch(/w:styleId="TableText">(?:(?!<\/w:style>).)*w:suppressAutoHyphens w:val="0"/s);
    expect(styles).toMatch(/w:styleId="TableHeading">.*?<w:basedOn w:val="TableText"\/>/s);
    // Note calls at our layout's size and raise (12 pt × 0.62 ≈ 7.5 pt, raised 4 pt), not the application's own superscript.
    expect(styles).toMatch(/w:styleId="FootnoteReference">(?:(?!<\/w:style>).)*<w:rPr><w:position w:val="8"\/><w:sz w:val="15"\/>/s);
    expect(await xml('word/numbering.xml')).toContain('%1.%2.%3');
    expect(document).toMatch(/TOC \\h \\o &quot;1-3&quot;/);
    expect(document).toMatch(/<w:numPr><w:ilvl w:val="1"\/><w:numId w:val="\d+"\/><\/w:numPr>/);
    const plain = document.replace(/<[^>]+>/g, '');
    expect(plain).toContain('Figure 1\u00a0: Organigramme de l’agence');
    expect(plain).toContain('Tableau 1\u00a0: Opportunités et menaces');
    // Captions number themselves with SEQ fields, which the table des figures field collects.
    expect(document).toMatch(/<w:fldSimple w:instr="SEQ Figure \\\* ARABIC"><w:r><w:t[^>]*>1<\/w:t>/);
    expect(document).toMatch(/TOC \\c &quot;Figure&quot;/);
    // The sommaire is pre-filled: every entry has a page number, linked to its heading's bookmark.
    const entries = [...document.matchAll(/<w:hyperlink w:history="1" w:anchor="(h-\d+)">.*?<w:tab\/><w:t[^>]*>(\d*)<\/w:t>/g)];
    expect(entries.length).toBeGreaterThan(10);
    for (const [, anchor, page] of entries) {
      expect(Number(page)).toBeGreaterThanOrEqual(1);
      expect(document).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    }
    expect(await xml('word/settings.xml')).toMatch(/w:autoHyphenation/);
    // The PAC's shares and the KPI evolution are native Word charts.
    expect(Object.keys(zip.files).filter((f) => /^word\/charts\/chart\d+\.xml$/.test(f)).length).toBe(2);
    expect(await xml('word/charts/chart1.xml')).toContain('Part des actions');
    expect(await xml('word/settings.xml')).toMatch(/<w:consecutiveHyphenLimit w:val="2"\/>/);
    // Tables numbered in the order they print (text may be lifted before a turned page, as in the PDF).
    const seq = [...(await xml('word/document.xml')).matchAll(/SEQ Tableau[^>]*>(?:(?!<\/w:fldSimple>).)*?<w:t[^>]*>(\d+)<\/w:t>/gs)].map((m) => Number(m[1]));
    expect(seq.length).toBeGreaterThan(10);
    expect(seq).toEqual(seq.map((_, i) => i + 1));
    // Data labels in the French locale whatever the reader's: « 33,3 » (seen in LibreOffice's rendering).
    expect(await xml('word/charts/chart1.xml')).toMatch(/<c:dLbls>(?:(?!<\/c:dLbls>).)*<c:numFmt formatCode="\[\$-40C\]0\.0"/s);
    // The KPI chart keeps its objective line, as in the PDF: a dashed series at 100 %, without markers.
    const kpi = await xml('word/charts/chart2.xml');
    expect(kpi).toMatch(/<c:ser>(?:(?!<\/c:ser>).)*Objectif \(100 %\)(?:(?!<\/c:ser>).)*<a:prstDash val="dash"\/>(?:(?!<\/c:ser>).)*<\/c:ser>/s);
    expect(kpi.match(/<c:v>100<\/c:v>/g)?.length).toBeGreaterThanOrEqual(2);
    // The PAC calendar: months coloured by action type, and every table has the columns the PDF has.
    expect(plain).toContain('Calendrier des actions du PAC');
    expect(document).toMatch(/<w:shd w:fill="3B7DD8"/);
    expect(document).toMatch(/<w:tblLayout w:type="fixed"\/>/);
    expect(document).toContain('l’enjeu est clair\u00a0: gagner des PME\u202f!');
    expect(document).not.toContain('Conseil du modèle');
    expect(await xml('word/footnotes.xml')).toContain('Source\u00a0: INSEE, 2025.');
    expect(await xml('docProps/core.xml')).toMatch(/<dc:title>Conquérir les PME du Puy-de-Dôme<\/dc:title>[\s\S]*<dc:creator>Camille Martin<\/dc:creator>/);
    expect(Object.keys(zip.files).some((f) => f.startsWith('word/media/'))).toBe(true);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /word\/footer\d*\.xml/.test(f))
        .map(xml),
    );
    // Numbered as the PDF: cover and sommaire in roman numerals, the body from 1 to its total (pre-filled from our layout).
    expect(document).toContain('<w:pgNumType w:start="1" w:fmt="lowerRoman"/>');
    expect(document).toContain('<w:pgNumType w:start="1" w:fmt="decimal"/>');
    expect(footers.join('')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footers.join('')).toMatch(/<w:t xml:space="preserve"> \/ <\/w:t>.*?<w:t xml:space="preserve">\d+<\/w:t>/s);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // The PAC's wide action table sits on a landscape page between portrait ones.
    expect(document).toMatch(/w:orient="landscape"/);
    // A section's properties close it: the first ones after the PAC table are those of its page.
    const after = document.slice(document.indexOf('Plan d’action commerciale — Actions'));
    expect(after.slice(0, after.indexOf('</w:sectPr>'))).toMatch(/w:orient="landscape"/);
  });

  for (const preset of LAYOUT_PRESETS) {
    // On the reference mémoire (the 13,000-word sample `build:cli` ships). Still apart elsewhere: where
    // a page would end on a word broken at a syllable, we move that line over as Word does, and
    // LibreOffice 7.4 does not (its « hyphenation-keep » came with 24.8).
    it(`lays out in LibreOffice the pages of our PDF, sommaire exact (${preset.id})`, async () => {
      const dir = tempDir();
      const path = join(dir, 'Référence.memoire');
      MemoireFile.create(path, vialisMemoire(generateMemoire(template, 13_000))).close();
      await cli(['export', path, '--docx', '--pdf', '--preset', preset.id, '--out', join(dir, 'm')]);
      mkdirSync(join(dir, 'lo'));
      execFileSync(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(dir, 'lo'), join(dir, 'm.docx')],
        { stdio: 'ignore', timeout: 120_000 },
      );
      const pagesOf = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())![1]);
      const pages = pagesOf(join(dir, 'lo', 'm.pdf'));
      // Exact line pitches and the same paragraph and list spacing: the same pages as our PDF.
      expect(Math.abs(pages - pagesOf(join(dir, 'm.pdf'))) / pages).toBeLessThanOrEqual(0.02);
      const text = execFileSync('pdftotext', [join(dir, 'lo', 'm.pdf'), '-']).toString();
      expect(text).toContain('Mémoire présenté par Camille Martin');
      expect(text).toMatch(/page 2 \/ \d+/);

      // The sommaire LibreOffice shows (it does not update fields) is our pre-filled one: its numbers
      // must be the pages where LibreOffice really puts the headings.
      const document = (await (await JSZip.loadAsync(readFileSync(join(dir, 'm.docx')))).file('word/document.xml')!.async('string')) as string;
      const entries = [...document.matchAll(/<w:hyperlink w:history="1" w:anchor="h-\d+">.*?<w:t[^>]*>([^<]*)<\/w:t><w:tab\/><w:t[^>]*>(\d+)<\/w:t>/g)].map(
        (m) => ({ title: m[1], page: Number(m[2]) }),
      );
      const pageTexts = Array.from({ length: pages }, (_, i) =>
        execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', join(dir, 'lo', 'm.pdf'), '-']).toString(),
      );
      // Numbered as the PDF is: the front matter in roman numerals, the body from 1 to its own total.
      const bodyStart = pageTexts.findIndex((t) => /page 1 \/ \d+/.test(t));
      expect(pageTexts[bodyStart - 1]).toMatch(/^\s*ii\s*$/m);
      const pdfFooter = /page 1 \/ (\d+)/.exec(
        execFileSync('pdftotext', ['-f', String(bodyStart + 1), '-l', String(bodyStart + 1), join(dir, 'm.pdf'), '-']).toString(),
      );
      expect(/page 1 \/ (\d+)/.exec(pageTexts[bodyStart])![1]).toBe(pdfFooter![1]);
      const realPage = (title: string) =>
        pageTexts.findIndex(
          (t, i) =>
            i >= bodyStart &&
            t.split('\n').some((l) => l.trim().replace(/\s+/g, ' ').startsWith(title.replace(/\s+/g, ' ').slice(0, 35)) && !/\. \.|\.\.\./.test(l)),
        ) +
        1 -
        bodyStart;
      expect(entries.length).toBeGreaterThan(10);
      const off = entries.map((e) => Math.abs(realPage(e.title) - e.page));
      expect(Math.max(...off)).toBeLessThanOrEqual(1);
      expect(off.filter((d) => d === 0).length / off.length).toBeGreaterThanOrEqual(0.95);
    }, 150_000);
  }

  it('masks the company in the confidential version and leaves the annexes out on request', async () => {
    const dir = tempDir();
    const path = makeMemoire(dir, false);
    await cli(['export', path, '--docx', '--out', join(dir, 'c.docx'), '--confidentiel', '--sans-annexes']);
    const document = (await (await JSZip.loadAsync(readFileSync(join(dir, 'c.docx')))).file('word/document.xml')!.async('string')) as string;
    expect(document).not.toContain('Vialis');
    expect(document).toContain('Société X');
    expect(document).not.toMatch(/>Annexes</);
  });

  it('exports a wrong block value as typed but never silently: the CLI names it first', async () => {
    const dir = tempDir();
    const path = makeMemoire(dir, false);
    const { file } = await MemoireFile.open(path);
    const current = file.getDocument().doc;
    const pac = current.content!.find((n) => n.type === 'pac')!;
    (pac.attrs!.data as { tables: { actions: Array<Record<string, unknown>> } }).tables.actions[1].budget = 'environ 3000';
    file.saveDocument(current, 1);
    file.close();
    const result = await cli(['export', path, '--docx', '--out', join(dir, 'v.docx')]);
    expect(result.code).toBe(0);
    expect(result.text.split('\n')[0]).toBe('Valeur invalide — Plan d’action commerciale, Budget (€) (action 2) : « environ 3000 » n’est pas un nombre');
    expect(result.text).toMatch(/Exporté : .*v\.docx/);
  });

  it('says in French what went wrong and leaves nothing half written', async () => {
    const dir = tempDir();
    const missing = makeMemoire(join(dir), 'missing');
    const out = join(dir, 'x.docx');
    expect(await cli(['export', missing, '--docx', '--out', out])).toEqual({
      code: 1,
      text: 'Erreur : Image introuvable ou illisible dans le mémoire : « Organigramme de l’agence ». Remplacez-la puis exportez à nouveau.',
    });
    expect(existsSync(out)).toBe(false);
    // A target that cannot be replaced: the output folder holds a folder with the export's name.
    const outDir = join(dir, 'exports');
    const path = makeMemoire(tempDir(), false);
    const blocked = join(outDir, 'Conquérir les PME du Puy-de-Dôme.docx');
    mkdirSync(blocked, { recursive: true });
    writeFileSync(join(blocked, 'dedans.txt'), 'à garder');
    expect((await cli(['export', path, '--docx', '--out', outDir])).text).toMatch(/^Erreur : Cet emplacement est un dossier/);
    expect(readFileSync(join(blocked, 'dedans.txt'), 'utf8')).toBe('à garder');
    expect((await cli(['export', path, '--docx', '--out', join(dir, 'absent', 'x.docx')])).text).toBe(
      'Erreur : Le dossier de destination n’existe pas. Choisissez un autre emplacement.',
    );
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
