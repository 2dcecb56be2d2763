import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { documentFromTemplate } from '../../core/document/from-template';
import { memoireMetaSchema } from '../../core/model/metadata';
import { buildRenderTree } from '../../core/render/render-tree';
import { exportSlides, saveSlidePlan, slidePlanOf } from '../../core/soutenance/export-slides';
import { generateSlidePlan, SLIDE_BANK, toSavedPlan } from '../../core/soutenance/slide-plan';
import { paceTone, pacingReport, pacingReportSchema } from '../../core/soutenance/rehearsal';
import { MemoireFile } from '../../core/store/memoire-file';
import { generateMemoire } from '../fixtures/generate-memoire';
import { FONTS_DIR, ROOT } from '../helpers/paths';

const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
import { sampleMemoire, template } from '../helpers/sample';
import { tempDir } from '../helpers/temp';
import { referenceWith } from '../helpers/checks';

const meta = memoireMetaSchema.parse(sampleMemoire().meta);

/** Renders a few slides to PNG beside the other screenshots, to look at (not compared with references). */
function renderPages(pdf: string, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const page of [1, 3, 5, 10])
    execFileSync('pdftoppm', ['-r', '50', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, join(SCREENSHOTS, `${name}-${page}`)]);
}
const reference = () => generateSlidePlan(buildRenderTree(generateMemoire(template, 12000), meta, template));

describe('the soutenance’s slide plan', () => {
  it('follows the référentiel in 20:00, with short messages and the visuals drawn from the blocks', () => {
    const plan = reference();
    expect(plan.slides.map((s) => s.id)).toEqual(SLIDE_BANK.slides.map((s) => s.id));
    expect(plan.totalSeconds).toBe(1200);
    expect(plan.targetSeconds).toBe(1200);
    expect(plan.slides[0]).toMatchObject({ kind: 'title', title: meta.title, messages: expect.arrayContaining([meta.candidate]) });
    for (const s of plan.slides.filter((x) => x.kind === 'content')) {
      expect(s.placeholder).toBe(false);
      expect(s.messages.length).toBeGreaterThan(0);
      expect(s.messages.length).toBeLessThanOrEqual(4);
      expect(s.warnings.filter((w) => w.includes('mots sur la diapositive'))).toEqual([]);
    }
    const byId = new Map(plan.slides.map((s) => [s.id, s]));
    expect(byId.get('pac')!.visual).toMatchObject({ kind: 'chart', chart: { categories: ['Détection', 'Conquête', 'Fidélisation'] } });
    expect(byId.get('strategie')!.visual).toMatchObject({ kind: 'table', header: expect.arrayContaining(['Objectif']) });
    expect(byId.get('suivi')!.visual).toMatchObject({ kind: 'table', header: ['Objectif', 'Réalisé', 'Écart', 'Action corrective', 'ROI'] });
    expect(byId.get('performance')!.visual).toMatchObject({ kind: 'chart' });
    // Thousands are never cut from their number.
    for (const s of plan.slides) for (const m of s.messages) expect(m).not.toMatch(/\d…$/);
  });

  it('draws no chart from a block with invalid values: the slide says what to fix', () => {
    const dir = tempDir();
    const doc = referenceWith((blocks) => {
      blocks.pac.tables.actions[0].budget = 'beaucoup';
    });
    const file = MemoireFile.create(join(dir, 'm.memoire'), { ...sampleMemoire(), doc });
    const pac = slidePlanOf(file, template).slides.find((s) => s.id === 'pac')!;
    file.close();
    expect(pac.visual).toBeNull();
    expect(pac.warnings[0]).toMatch(
      /^Visuel non dessiné, valeurs invalides à corriger dans le mémoire — Plan d’action commerciale : « beaucoup » n’est pas un nombre/,
    );
  });

  it('gives an empty mémoire placeholder slides that say what to write', () => {
    const plan = generateSlidePlan(buildRenderTree(documentFromTemplate(template), meta, template));
    const contexte = plan.slides.find((s) => s.id === 'contexte')!;
    expect(contexte).toMatchObject({ placeholder: true, visual: null });
    expect(contexte.messages[0]).toContain('À écrire');
  });

  it('masks the company in a confidential deck, as in the confidential mémoire', () => {
    const dir = tempDir();
    const file = MemoireFile.create(join(dir, 'm.memoire'), { ...sampleMemoire(), doc: generateMemoire(template, 6000) });
    const open = JSON.stringify(slidePlanOf(file, template));
    const masked = JSON.stringify(slidePlanOf(file, template, true));
    file.close();
    expect(open).toContain('Vialis Services');
    expect(masked).not.toContain('Vialis');
    expect(masked).toContain('Société X');
  });
});

describe('the slides exports', () => {
  it('writes a PowerPoint deck with titles, notes, native charts and tables in the cover’s colour, that Impress converts', async () => {
    const dir = tempDir();
    const sample = sampleMemoire();
    const file = MemoireFile.create(join(dir, 'm.memoire'), {
      ...sample,
      meta: { ...sample.meta, accentColor: '#AA3300' },
      doc: generateMemoire(template, 6000),
    });
    const { path } = await exportSlides(file, template, { format: 'pptx', out: join(dir, 'soutenance.pptx'), overwrite: false }, { fontsDir: FONTS_DIR });
    await expect(exportSlides(file, template, { format: 'pptx', out: file.path, overwrite: true }, { fontsDir: FONTS_DIR })).rejects.toThrow(/mémoire/);
    file.close();
    const zip = await JSZip.loadAsync(readFileSync(path));
    const slides = Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f));
    expect(slides).toHaveLength(SLIDE_BANK.slides.length);
    const text = async (n: number) => zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
    expect(await text(1)).toContain(meta.title);
    expect(await text(1)).toContain('<a:srgbClr val="AA3300"/>');
    expect(await text(5)).toContain('Plan d’action commerciale');
    expect(await text(5)).toMatch(/<c:chart [^>]*r:id=/);
    expect(await text(4)).toContain('<a:tbl>');
    expect(Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).length).toBeGreaterThan(0);
    expect(Object.keys(zip.files).filter((f) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(f))).toHaveLength(SLIDE_BANK.slides.length);
    for (const s of slides) expect(await zip.file(s)!.async('string')).not.toMatch(/<a:t><\/a:t>|<a:t\/>/);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    const info = execFileSync('pdfinfo', [join(dir, 'soutenance.pdf')], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Pages:\\s+${SLIDE_BANK.slides.length}\\b`));
    renderPages(join(dir, 'soutenance.pdf'), 'slides-impress');
  });

  it('writes a 16:9 PDF through our layout engine: one page per slide, fonts embedded, a bookmark per slide', async () => {
    const dir = tempDir();
    const file = MemoireFile.create(join(dir, 'm.memoire'), { ...sampleMemoire(), doc: generateMemoire(template, 6000) });
    const { path } = await exportSlides(file, template, { format: 'pdf', out: join(dir, 'soutenance.pdf'), overwrite: false }, { fontsDir: FONTS_DIR });
    file.close();
    execFileSync('qpdf', ['--check', path]);
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`Pages:\\s+${SLIDE_BANK.slides.length}\\b`));
    expect(info).toMatch(/Page size:\s+960 x 540 pts/);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f).toMatch(/\byes\s+(yes|no)\s+yes\b/);
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    for (const title of ['Diagnostic', 'Plan d’action commerciale', 'Suivi du PAC et ROI', 'Tableau de bord', 'Score go / no go', 'Questions'])
      expect(text).toContain(title);
    renderPages(path, 'slides-ours');
    const outline = execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' });
    expect((JSON.parse(outline) as { outlines: unknown[] }).outlines).toHaveLength(SLIDE_BANK.slides.length);
  });

  it('prints a handout: each slide with its duration and speaker notes under it', async () => {
    const dir = tempDir();
    const file = MemoireFile.create(join(dir, 'm.memoire'), { ...sampleMemoire(), doc: generateMemoire(template, 6000) });
    const plan = slidePlanOf(file, template);
    const { path } = await exportSlides(
      file,
      template,
      { format: 'pdf', out: join(dir, 'notes.pdf'), overwrite: false, handout: true },
      { fontsDir: FONTS_DIR },
    );
    file.close();
    execFileSync('qpdf', ['--check', path]);
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+960 x 960 pts/);
    const page3 = execFileSync('pdftotext', ['-f', '3', '-l', '3', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(page3).toContain('Notes — 2:30');
    expect(page3).toContain(plan.slides[2].notes.split(' ').slice(0, 6).join(' '));
  });
});

describe('the candidate’s edits of the plan', () => {
  it('are kept in the file: order, durations, hidden slides and edited texts; the other slides follow the mémoire', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.memoire');
    const file = MemoireFile.create(path, { ...sampleMemoire(), doc: generateMemoire(template, 6000) });
    const plan = slidePlanOf(file, template);
    const saved = toSavedPlan(plan);
    const diagnostic = saved.slides.findIndex((s) => s.key === 'diagnostic');
    saved.slides[diagnostic] = { ...saved.slides[diagnostic], messages: ['Trois opportunités, une menace majeure'], edited: true, seconds: 200 };
    saved.slides.find((s) => s.key === 'crm')!.hidden = true;
    // The PAC first, then a blank slide of the candidate's own and a copy of the conclusion.
    const [pac] = saved.slides.splice(
      saved.slides.findIndex((s) => s.key === 'pac'),
      1,
    );
    saved.slides.splice(1, 0, pac);
    saved.slides.push({
      key: 'vierge-1',
      source: null,
      title: 'Démonstration',
      messages: ['Le CRM en direct'],
      notes: '',
      seconds: 30,
      hidden: false,
      edited: true,
    });
    saved.slides.push({ ...saved.slides.find((s) => s.key === 'conclusion')!, key: 'conclusion-2' });
    const after = saveSlidePlan(file, template, saved);
    expect(after.slides.map((s) => s.key).slice(0, 3)).toEqual(['titre', 'pac', 'contexte']);
    expect(after.slides.find((s) => s.key === 'diagnostic')).toMatchObject({
      messages: ['Trois opportunités, une menace majeure'],
      edited: true,
      seconds: 200,
      visual: { kind: 'table' },
    });
    expect(after.slides.find((s) => s.key === 'vierge-1')).toMatchObject({ title: 'Démonstration', visual: null });
    expect(after.slides.find((s) => s.key === 'conclusion-2')!.messages).toEqual(after.slides.find((s) => s.key === 'conclusion')!.messages);
    expect(after.totalSeconds).toBe(1200 + 50 - 45 + 30 + 90);

    // The mémoire changes: the unedited PAC slide follows it, the edited diagnostic does not.
    file.saveDocument({ type: 'doc', content: [] }, 1);
    const reread = slidePlanOf(file, template);
    expect(reread.slides.find((s) => s.key === 'pac')!.placeholder).toBe(true);
    expect(reread.slides.find((s) => s.key === 'diagnostic')!.messages).toEqual(['Trois opportunités, une menace majeure']);

    // Hidden slides are not exported.
    const { path: pptx } = await exportSlides(file, template, { format: 'pptx', out: join(dir, 's.pptx'), overwrite: false }, { fontsDir: FONTS_DIR });
    file.close();
    const zip = await JSZip.loadAsync(readFileSync(pptx));
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(after.slides.filter((s) => !s.hidden).length);
  });

  it('masks the candidate’s own texts in a confidential deck, and falls back to the generated plan when the stored one cannot be read', () => {
    const dir = tempDir();
    const file = MemoireFile.create(join(dir, 'm.memoire'), { ...sampleMemoire(), doc: generateMemoire(template, 6000) });
    const saved = toSavedPlan(slidePlanOf(file, template));
    saved.slides[1] = { ...saved.slides[1], messages: ['Vialis Services en chiffres'], edited: true };
    saveSlidePlan(file, template, saved);
    expect(slidePlanOf(file, template, true).slides[1].messages).toEqual(['Société X en chiffres']);
    file.saveSlidesJson('{"version": 99, "slides": "pas une liste"}');
    expect(slidePlanOf(file, template).slides.map((s) => s.key)).toEqual(SLIDE_BANK.slides.map((s) => s.id));
    expect(() =>
      saveSlidePlan(file, template, {
        version: 1,
        slides: [{ key: '', source: null, title: 'x', messages: [], notes: '', seconds: -1, hidden: false, edited: true }],
      }),
    ).toThrow();
    file.close();
  });
});

describe('the rehearsal’s pacing', () => {
  it('colours each slide against its plan with the thresholds of the data, and keeps the reports in the file', () => {
    const { amberShare, redShare, minDeltaSeconds } = SLIDE_BANK.pacing;
    expect(paceTone(30, 30 + minDeltaSeconds - 1)).toBe('ok');
    expect(paceTone(100, 100 * (1 + amberShare) - 1)).toBe('ok');
    expect(paceTone(100, 100 * (1 + amberShare) + 1)).toBe('amber');
    expect(paceTone(100, 100 * (1 - redShare) - 1)).toBe('red');
    expect(paceTone(0, 60)).toBe('red');
    const report = pacingReport(
      [
        { key: 'titre', title: 'Titre', planned: 45, actual: 100.4 },
        { key: 'contexte', title: 'Contexte', planned: 90, actual: 85 },
      ],
      new Date('2026-06-01T09:00:00Z'),
    );
    expect(report).toMatchObject({
      planned: 135,
      actual: 185,
      slides: [
        { delta: 55, tone: 'red' },
        { delta: -5, tone: 'ok' },
      ],
    });
    const dir = tempDir();
    const file = MemoireFile.create(join(dir, 'm.memoire'), sampleMemoire());
    file.addRehearsal(JSON.stringify(report));
    expect(file.listRehearsals().map((r) => pacingReportSchema.parse(JSON.parse(r.report)))).toEqual([report]);
    file.close();
  });
});
