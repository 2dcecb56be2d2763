import { describe, expect, it } from 'vitest';
import { captionTitle, sommaireTitle, buildRenderTree, type RenderBlock } from '../../core/render/render-tree';
import { frenchText, frenchTypography, NBSP, NNBSP } from '../../core/render/french-typography';
import { countWords } from '../../core/document/word-count';
import { nodeText } from '../../core/document/sections';
import type { PmNode } from '../../core/model/document';
import { generateMemoire } from '../fixtures/generate-memoire';
import { sampleMemoire, template } from '../helpers/sample';

const meta = { ...sampleMemoire().meta, company: 'Vialis Services', sensitiveTerms: ['Laiterie Montagnarde'] };

function blockText(b: RenderBlock): string {
  switch (b.kind) {
    case 'heading':
      return b.text;
    case 'paragraph':
      return b.inlines.map((i) => i.text).join('');
    case 'quote':
      return b.blocks.map(blockText).join(' ');
    case 'list':
      return b.items.flat().map(blockText).join(' ');
    case 'table':
      return [...(b.header ?? []), ...b.rows.flat()]
        .flat()
        .map((i) => i.text)
        .join(' ');
    case 'figure':
      return b.caption.text;
    default:
      return '';
  }
}

describe('French typography', () => {
  it('puts the right no-break spaces and apostrophes, across formatting runs', () => {
    expect(frenchText('Pourquoi ? Parce que ! Voici : la liste ; fin.')).toBe(`Pourquoi${NNBSP}? Parce que${NNBSP}! Voici${NBSP}: la liste${NNBSP}; fin.`);
    expect(frenchText('«Bonjour» et « au revoir »')).toBe(`«${NNBSP}Bonjour${NNBSP}» et «${NNBSP}au revoir${NNBSP}»`);
    expect(frenchText("l'entreprise d'aujourd'hui")).toBe('l’entreprise d’aujourd’hui');
    expect(frenchText('À 14:30, voir https://insee.fr')).toBe('À 14:30, voir https://insee.fr');
    expect(frenchText('Quoi?!')).toBe(`Quoi${NNBSP}?!`);
    expect(frenchTypography(['Est-ce vrai ', '?', ' Oui'])).toEqual(['Est-ce vrai', `${NNBSP}?`, ' Oui']);
  });
});

describe('render tree', () => {
  const doc = generateMemoire(template, 8000);
  const tree = buildRenderTree(doc, meta, template);

  it('numbers headings 1, 1.1 and leaves front and back matter unnumbered', () => {
    const numbers = tree.headings.filter((h) => h.level <= 2 && !h.text.includes('— point')).map((h) => `${h.number ?? '-'} ${h.text.split(/[\s:]/)[0]}`);
    expect(numbers.slice(0, 6)).toEqual(['- Remerciements', '1 Introduction', '2 Diagnostic', '2.1 Diagnostic', '2.2 Diagnostic', '3 Stratégie']);
    expect(numbers.filter((n) => /Bibliographie|Annexes/.test(n)).every((n) => n.startsWith('-'))).toBe(true);
    expect(new Set(tree.headings.map((h) => h.anchor)).size).toBe(tree.headings.length);
  });

  it('drops the guidance and keeps every word the candidate wrote', () => {
    const printed = tree.body.map(blockText).join(' ');
    expect(printed).not.toContain('Conseil du modèle');
    const written = (doc.content ?? [])
      .filter((n) => n.type === 'paragraph' || n.type === 'heading' || n.type === 'bulletList')
      .map(nodeText)
      .join(' ');
    expect(countWords(printed)).toBeGreaterThanOrEqual(countWords(written));
  });

  it('prints every business block with its computed values and numbered captions', () => {
    const captions = tree.captions.map((c) => `${c.label} ${c.number} : ${c.text}`);
    expect(captions).toContain('Tableau 1 : Opportunités et menaces');
    expect(captions.some((c) => /Matrice SWOT/.test(c))).toBe(true);
    const tables = tree.body.filter((b): b is Extract<RenderBlock, { kind: 'table' }> => b.kind === 'table');
    const threats = tables.find((t) => t.caption?.text.includes('Menaces'))!;
    expect(threats.header!.map((h) => h.map((i) => i.text).join(''))).toContain('Risque /25');
    // The SWOT: an equal two-by-two grid, each quadrant titled in bold and filled with its colour.
    const swot = tables.find((t) => t.caption?.text === 'Matrice SWOT')!;
    expect(swot.equalColumns).toBe(true);
    expect(swot.rows.map((r) => r.map((c) => c[0].bold && c[0].text))).toEqual([
      ['Forces', 'Faiblesses'],
      ['Opportunités', 'Menaces'],
    ]);
    expect(swot.fills).toEqual([
      ['E6F4EA', 'FDECEA'],
      ['E8F0FE', 'FFF4E0'],
    ]);
    expect(threats.rows[0].map((c) => c.map((i) => i.text).join('')).pop()).toBe('16 (élevé)');
    const pac = tables.find((t) => t.caption?.text.includes('Plan d’action commerciale — Actions'))!;
    expect(pac.wide).toBe(true);
    const tracking = tables.find((t) => t.caption?.text.includes('Tableau de bord de suivi'))!;
    expect(tracking.rows[0].map((c) => c.map((i) => i.text).join('')).pop()).toBe(`650${NNBSP}%`);
    expect(tree.captions.filter((c) => c.label === 'Tableau').map((c) => c.number)).toEqual(
      tree.captions.filter((c) => c.label === 'Tableau').map((_, i) => i + 1),
    );
  });

  it('prints an empty block as nothing and a half-filled one without its empty columns, never a column of dashes', () => {
    const meta = sampleMemoire().meta;
    const half = {
      fields: {},
      tables: {
        actions: [
          { action: 'Salon Industrie Auvergne', budget: '6 000' },
          { action: 'Club clients', budget: '8 000' },
        ],
      },
    };
    const doc: PmNode = {
      type: 'doc',
      content: [
        { type: 'diagnosticInterne', attrs: { data: { fields: {}, tables: {} } } },
        { type: 'pac', attrs: { data: half } },
      ],
    };
    const printed = buildRenderTree(doc, meta, template);
    const tables = printed.body.filter((b): b is Extract<RenderBlock, { kind: 'table' }> => b.kind === 'table');
    expect(printed.captions.map((c) => c.text)).not.toContain('Matrice SWOT');
    const actions = tables.find((t) => t.caption?.text.includes('Actions'))!;
    expect(actions.header!.map((h) => h.map((i) => i.text).join(''))).toEqual(['Action', 'Budget (€)']);
    expect(actions.wide).toBe(false);
    expect(JSON.stringify(actions.rows)).not.toContain('—');
    // No type chosen yet: no chart of zero shares, and no summary line without a value.
    expect(printed.body.some((b) => b.kind === 'chart')).toBe(false);
    expect(JSON.stringify(printed.body)).not.toContain('"—"');
  });

  it('prints the cost of a tour from its kilometres when the candidate typed none, as the block shows it', () => {
    const tours = (rows: Array<Record<string, string>>) => {
      const doc: PmNode = { type: 'doc', content: [{ type: 'prospection', attrs: { data: { fields: { coutKm: '0,45' }, tables: { tournees: rows } } } }] };
      return buildRenderTree(doc, sampleMemoire().meta, template).body.find(
        (b): b is Extract<RenderBlock, { kind: 'table' }> => b.kind === 'table' && !!b.caption?.text.includes('Tournées'),
      )!;
    };
    const mixed = tours([
      { zone: 'Clermont', visites: '12', km: '120' },
      { zone: 'Vichy', visites: '8', km: '90', cout: '50' },
    ]);
    const header = mixed.header!.map((h) => h.map((i) => i.text).join(''));
    expect(header).toEqual(['Zone', 'Visites', 'Km', 'Coût (€)', 'Coût estimé (km × coût au km)']);
    expect(mixed.rows.map((r) => r.map((c) => c.map((i) => i.text).join('')))).toEqual([
      ['Clermont', '12', '120', '', '54\u202f€'],
      ['Vichy', '8', '90', '50', ''],
    ]);
    // Every cost typed: nothing to estimate, no column for it.
    expect(tours([{ zone: 'Vichy', km: '90', cout: '50' }]).header!.map((h) => h.map((i) => i.text).join(''))).toEqual(['Zone', 'Km', 'Coût (€)']);
  });

  it('numbers footnotes in order and applies French typography', () => {
    const withNote: PmNode = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Le CA progresse ' },
            { type: 'footnote', attrs: { text: 'Source : INSEE.' } },
            { type: 'text', text: ' ; voir « annexe ».' },
            { type: 'footnote', attrs: { text: 'Annexe 2.' } },
          ],
        },
      ],
    };
    const t = buildRenderTree(withNote, meta, template);
    expect(t.footnotes).toEqual([
      { number: 1, text: `Source${NBSP}: INSEE.` },
      { number: 2, text: 'Annexe 2.' },
    ]);
    const p = t.body[0] as Extract<RenderBlock, { kind: 'paragraph' }>;
    expect(p.inlines.map((i) => i.footnote ?? i.text)).toEqual(['Le CA progresse', 1, `${NNBSP}; voir «${NNBSP}annexe${NNBSP}».`, 2]);
  });

  it('masks the company and sensitive terms in the confidential version, cover included', () => {
    const withNames = structuredClone(doc);
    withNames.content!.splice(3, 0, {
      type: 'paragraph',
      content: [{ type: 'text', text: 'Chez Vialis Services, la négociation avec la Laiterie Montagnarde (et VIALIS SERVICES) a abouti.' }],
    });
    const t = buildRenderTree(withNames, meta, template, { confidential: true });
    const printed = t.body.map(blockText).join(' ');
    expect(printed).not.toMatch(/Vialis Services|Laiterie Montagnarde/);
    // The company reads as the cover settings say (« Société X » until the candidate names it otherwise).
    expect(printed).toContain('Chez Société X,');
    expect(printed).toContain('[confidentiel]');
    expect(t.cover.company).toBe('Société X');
    const renamed = buildRenderTree(withNames, { ...meta, companyAlias: 'l’entreprise A' }, template, { confidential: true });
    expect(renamed.body.map(blockText).join(' ')).toContain('Chez l’entreprise A,');
    expect(renamed.coverLines.find((l) => l.zone === 'bottom' && l.style === 'strong')?.text).toBe('Document confidentiel — diffusion réservée au jury');
  });

  it('writes the words around the body once: sommaire title and lines, running header cut at a word, footer words', () => {
    const long = buildRenderTree(
      doc,
      { ...meta, title: 'Conquérir les PME industrielles du Puy-de-Dôme grâce à un plan d’action commerciale multicanal et au social selling' },
      template,
    );
    expect(long.front.shortTitle).toBe('Conquérir les PME industrielles du Puy-de-Dôme grâce à un plan…');
    expect(long.front.shortTitle.length).toBeLessThanOrEqual(70);
    expect(long.front).toMatchObject({ sommaireTitle: 'Sommaire', pageWord: 'page', pageSeparator: '/' });
    expect(sommaireTitle({ number: '2.1', text: 'Diagnostic externe' })).toBe('2.1\u2002Diagnostic externe');
    expect(sommaireTitle({ number: null, text: 'Bibliographie' })).toBe('Bibliographie');
  });

  it('writes the cover once for every format: certification, tutors, submission date, spread over the page', () => {
    const full = {
      ...meta,
      certification: 'Titre RNCP niveau 6 — Responsable du développement commercial',
      submissionDate: '30 juin 2026',
      tutor: 'Julien Roux',
      schoolTutor: 'Claire Faure',
    };
    const lines = buildRenderTree(doc, full, template).coverLines;
    expect(lines.map((l) => [l.zone, l.text])).toEqual([
      ...(full.school ? [['top', full.school]] : []),
      ['top', 'Titre RNCP niveau 6 — Responsable du développement commercial'],
      ['title', full.title],
      ...(full.subtitle ? [['title', full.subtitle]] : []),
      ['people', `Mémoire présenté par ${full.candidate}`],
      ...(full.company ? [['people', `${full.company}${full.perimeter ? ` — ${full.perimeter}` : ''}`]] : []),
      ['people', 'Tuteur ou tutrice en entreprise\u00a0: Julien Roux'],
      ['people', 'Tuteur ou tutrice école\u00a0: Claire Faure'],
      ['bottom', 'Date de remise\u00a0: 30 juin 2026'],
      ...(full.year ? [['bottom', full.year]] : []),
    ]);
  });

  it('prints one section for the tutor, or the mémoire without its annexes', () => {
    const only = buildRenderTree(doc, meta, template, { sectionId: 'diagnostic' });
    expect(only.headings.map((h) => h.text.split(/[\s:]/)[0])).toEqual([
      'Diagnostic',
      'Diagnostic',
      'Diagnostic',
      ...only.headings.slice(3).map((h) => h.text.split(/[\s:]/)[0]),
    ]);
    expect(only.headings.every((h) => /Diagnostic/.test(h.text))).toBe(true);
    const noAnnexes = buildRenderTree(doc, meta, template, { includeAnnexes: false });
    expect(noAnnexes.headings.some((h) => h.text === 'Annexes')).toBe(false);
    expect(noAnnexes.annexesAt).toBe(noAnnexes.body.length);
  });

  it('lists the figures and tables before the annexes, announces the attached PDFs there, and prints no empty end section', () => {
    // The fixture's annexes section is empty: without attached PDFs, no lone « Annexes » page.
    expect(tree.headings.some((h) => h.text === 'Annexes')).toBe(false);
    const withPdf = buildRenderTree(doc, meta, template, {
      attachedAnnexes: [
        { name: 'Fiche de poste.pdf', pages: 2 },
        { name: 'Organigramme.pdf', pages: null },
      ],
    });
    const at = withPdf.annexesAt;
    expect(withPdf.body[at]).toMatchObject({ kind: 'heading', text: 'Annexes', sectionId: 'annexes' });
    const lines = withPdf.body.slice(at + 1).map((b) => (b.kind === 'paragraph' ? b.inlines.map((i) => i.text).join('') : b.kind));
    expect(lines).toEqual(['Annexe 1\u00a0: Fiche de poste (2 pages)', 'Annexe 2\u00a0: Organigramme']);
    expect(withPdf.endLists.map((l) => [l.title, l.entries.length])).toEqual([
      ['Table des figures', withPdf.captions.filter((c) => c.label === 'Figure').length],
      ['Liste des tableaux', withPdf.captions.filter((c) => c.label === 'Tableau').length],
    ]);
    expect(captionTitle(withPdf.endLists[1].entries[0])).toBe(`Tableau 1\u00a0: ${withPdf.captions.find((c) => c.label === 'Tableau')!.text}`);
    expect(withPdf.endLists[1].entries[0].anchor).toBe('tab-1');
  });
});
