import { describe, expect, it } from 'vitest';
import { buildRenderTree, type Inline, type RenderBlock } from '../../core/render/render-tree';
import { layoutTree } from '../../core/export/pdf/pdf-exporter';
import { layoutPreset, LAYOUT_PRESETS } from '../../core/export/presets';
import { loadFontFamily } from '../../core/layout/fonts';
import { layoutText, measure, type LaidLine } from '../../core/layout/text-layout';
import { layoutStyles } from '../../core/layout/layout-styles';
import { hyphenPoints } from '../../core/layout/hyphenate';
import { Paginator } from '../../core/layout/paginator';
import type { PageItem } from '../../core/layout/page-model';
import { memoireMetaSchema } from '../../core/model/metadata';
import { generateMemoire } from '../fixtures/generate-memoire';
import { FONTS_DIR } from '../helpers/paths';
import { template } from '../helpers/sample';

const meta = memoireMetaSchema.parse({ title: 'Conquérir les PME du Puy-de-Dôme', candidate: 'Camille Martin', company: 'Vialis Services', year: '2026' });

/** Every word of the body's running text, in order (tables and captions apart). */
function sourceWords(blocks: RenderBlock[]): string[] {
  const out: string[] = [];
  const inl = (xs: Inline[]) =>
    out.push(
      ...xs
        .map((i) => i.text)
        .join('')
        .split(/[\s\u00a0\u202f]+/)
        .filter(Boolean),
    );
  for (const b of blocks) {
    if (b.kind === 'paragraph') inl(b.inlines);
    else if (b.kind === 'list') b.items.forEach((item) => out.push(...sourceWords(item)));
    else if (b.kind === 'quote') out.push(...sourceWords(b.blocks));
  }
  return out;
}

describe('layout engine', () => {
  const tree = buildRenderTree(generateMemoire(template, 25_000), meta, template);

  // The 13,000-word sample (the one `build:cli` ships) has a turned table after a short portrait page.
  for (const [words, preset] of [13_000, 25_000].flatMap((w) => LAYOUT_PRESETS.map((p) => [w, p] as const))) {
    it(`keeps its invariants on the ${words / 1000},000-word mémoire (${preset.id})`, () => {
      const tree = buildRenderTree(generateMemoire(template, words), meta, template);
      const laid = layoutTree(tree, preset, FONTS_DIR, () => null);
      const margin = (preset.marginsCm * 72) / 2.54;
      let texts = 0;
      for (const page of laid.pages) {
        const right = page.width - margin + 0.5;
        for (const g of page.groups) {
          for (const it of g.items) {
            if (it.t !== 'text') continue;
            texts++;
            // No line wider than its column, nothing below the bottom margin but the footer.
            expect(g.dx + it.x + it.width).toBeLessThanOrEqual(right);
            expect(g.dy + it.y).toBeLessThanOrEqual(page.height - margin / 2 + 1);
          }
        }
      }
      expect(texts).toBeGreaterThan(2000);

      // The sommaire's numbers are the labels of the pages where the headings fall, and no heading sits alone at a page bottom.
      for (const entry of laid.toc) {
        const place = laid.anchors.get(entry.anchor)!;
        expect(laid.pages[place.page].label).toBe(entry.page);
        expect(laid.pages[place.page].kind).toBe('body');
        const bottom = laid.pages[place.page].height - margin;
        expect(place.y + 60).toBeLessThan(bottom);
      }
      // The sommaire: every heading, the table of figures and the list of tables.
      expect(laid.toc.length).toBe(tree.headings.length + 2);
      expect(tree.endLists.map((l) => l.title)).toEqual(['Table des figures', 'Liste des tableaux']);
      expect(laid.pages[0].kind).toBe('cover');
      expect(laid.pages[1].label).toBe('ii');
      expect(laid.pages[laid.bodyStart].label).toBe('1');

      // Every word of the running text is on a page once, in order (hyphenated words joined back).
      const printed: string[] = [];
      for (const page of laid.pages.slice(laid.bodyStart)) {
        for (const g of page.groups)
          for (const it of g.items) if (it.t === 'text' && it.size === preset.sizePt && it.face !== 'fallback') printed.push(it.text);
      }
      // Hyphens left out on both sides: a syllable break adds one, a compound breaks at its own.
      const joined = printed
        .join(' ')
        .replace(/-\s+(?=\p{L})/gu, '')
        .replaceAll('-', '')
        .split(/[\s\u00a0\u202f]+/)
        .filter(Boolean);
      const source = sourceWords(tree.body).map((w) => w.replaceAll('-', ''));
      let at = 0;
      for (const word of joined) if (word === source[at]) at++;
      expect(at).toBe(source.length);

      // No page less than a quarter full, but before a level-1 heading, a list or at the end (a turned page
      // after a short one gets the text that follows it in front).
      const starts = new Set(
        [...tree.headings.filter((h) => h.level === 1).map((h) => h.anchor), ...tree.endLists.map((l) => l.anchor)].map((a) => laid.anchors.get(a)!.page),
      );
      const body = laid.pages.slice(laid.bodyStart);
      body.forEach((p, i) => {
        const next = body[i + 1];
        if (!next || p.width > p.height || starts.has(laid.bodyStart + i + 1)) return;
        const bottom = Math.max(
          ...p.groups
            .flatMap((g) => g.items.filter((it) => it.t === 'text' && it.y >= 0).map((it) => g.dy + (it as { y: number }).y))
            .filter((y) => y < p.height - margin),
        );
        expect(bottom - margin, `page ${p.label}`).toBeGreaterThan((p.height - 2 * margin) / 4);
      });

      // A block's summary (the PAC's opens on « Budget total ») never starts a page away from what it sums up.
      for (const page of body) {
        const first = page.groups
          .filter((g) => g.dy >= margin - 1)
          .flatMap((g) => g.items.filter((it) => it.t === 'text').map((it) => (it as { text: string }).text))[0];
        expect(first, `page ${page.label}`).not.toBe('Budget total');
      }

      // Captions numbered in the order they print, whatever moved in front of a turned page.
      for (const label of ['Figure', 'Tableau'] as const) {
        const numbers = laid.printedBody.flatMap((b) =>
          (b.kind === 'table' || b.kind === 'figure' || b.kind === 'chart') && b.caption?.label === label ? [b.caption.number] : [],
        );
        expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      }

      // Hyphenation: never more than two hyphenated lines in a row, two letters at least before a
      // break (where a word may break, names never, is hyphenPoints' test below), and never a word
      // broken across pages: a page's last line of text does not end at a syllable.
      let hyphenated = 0;
      // A compound may end a page at its own hyphen (« Puy-| de-Dôme »), as at a space.
      const ownHyphens = new Set(sourceWords(tree.body).flatMap((w) => [...w.matchAll(/-/g)].map((m) => w.slice(0, m.index + 1))));
      for (const page of laid.pages.slice(laid.bodyStart)) {
        const ends = new Map<number, { x: number; text: string }>();
        for (const g of page.groups)
          for (const it of g.items) {
            if (it.t !== 'text' || it.size !== preset.sizePt) continue;
            const y = Math.round(g.dy + it.y);
            if ((ends.get(y)?.x ?? -1) < g.dx + it.x) ends.set(y, { x: g.dx + it.x, text: it.text });
          }
        const lines = [...ends].sort((a, b) => a[0] - b[0]).map(([, end]) => end.text);
        let run = 0;
        for (const text of lines) {
          const broken = /\p{L}-$/u.test(text) && !/\p{L}-\p{L}/u.test(text);
          run = broken ? run + 1 : 0;
          expect(run, text).toBeLessThanOrEqual(2);
          if (broken) {
            hyphenated++;
            const head = text.split(/[\s\u00a0]/).pop()!;
            expect((head.match(/\p{L}/gu) ?? []).length, text).toBeGreaterThanOrEqual(2);
          }
        }
        const lastWord = (lines[lines.length - 1] ?? '').split(/[\s\u00a0]/).pop()!;
        expect(/\p{L}-$/u.test(lastWord) && !ownHyphens.has(lastWord), `dernière ligne de page : ${lastWord}`).toBe(false);
      }
      expect(hyphenated).toBeGreaterThan(10);

      // Counting pages (the editor's live count) finds the same pages as drawing them.
      const counted = layoutTree(tree, preset, FONTS_DIR, () => null, { measureOnly: true });
      expect(counted.pages.length).toBe(laid.pages.length);
      expect([...counted.anchors].map(([a, p]) => [a, p.page])).toEqual([...laid.anchors].map(([a, p]) => [a, p.page]));
    });
  }

  it('hyphenates French words at their syllables and justifies to the exact width', () => {
    expect(hyphenPoints('développement')).toEqual([2, 4, 7, 9]);
    expect(hyphenPoints('2025-2026')).toEqual([]);
    // Two letters before a break and three after; a compound only at its own hyphen; never inside a name.
    expect(hyphenPoints('réalisé')).toEqual([3]); // réa-li-sé: « sé » is too short to start a line
    expect(hyphenPoints('réalisée')).toEqual([3, 5]);
    expect(hyphenPoints('Clermont-Ferrand')).toEqual([9]);
    expect(hyphenPoints('rendez-vous')).toEqual([7]);
    expect(hyphenPoints('E-mailing')).toEqual([]);
    expect(hyphenPoints('LinkedIn')).toEqual([]);
    expect(hyphenPoints('Salesforce')).toEqual([]);
    const family = loadFontFamily(FONTS_DIR, 'Times New Roman');
    const styles = layoutStyles(layoutPreset('times-12'), family);
    const text =
      'Le développement commercial de l’agence repose sur une prospection méthodique, une fidélisation exigeante et une négociation préparée avec soin.';
    const lines = layoutText([{ text }], styles.body, 130);
    expect(lines.length).toBeGreaterThan(3);
    const items = (i: number) => lines[i].items.filter((it): it is Extract<PageItem, { t: 'text' }> => it.t === 'text');
    for (let i = 0; i < lines.length - 1; i++) {
      const last = items(i).at(-1)!;
      expect(last.x + last.width).toBeCloseTo(130, 1);
    }
    expect(lines.some((_, i) => items(i).some((it) => /\p{L}-$/u.test(it.text)))).toBe(true);
    // A word wider than the column is cut rather than overflowing.
    const url = layoutText([{ text: 'https://www.exemple-de-site-tres-long.fr/chemin/vers/une/page/tres/longue' }], styles.body, 80);
    for (const l of url) expect(l.width).toBeLessThanOrEqual(80.01);
  });

  it('relieves loose justified lines by the break before, never changing how many lines a paragraph takes', () => {
    const family = loadFontFamily(FONTS_DIR, 'Times New Roman');
    const styles = layoutStyles(layoutPreset('times-12'), family);
    const width = 453;
    const space = measure(family, 'regular', ' ', 12);
    const paragraphs = buildRenderTree(generateMemoire(template, 25_000), meta, template).body.flatMap((b) => (b.kind === 'paragraph' ? [b.inlines] : []));
    const texts = (line: LaidLine) => line.items.filter((it): it is Extract<PageItem, { t: 'text' }> => it.t === 'text');
    // First fit's lines (ragged: the same breaks, unstretched), and how loose each would be if justified.
    const firstFitLoose = (line: LaidLine) => {
      const spaces = texts(line).reduce((n, it) => n + (it.text.match(/ /g) ?? []).length, 0) + texts(line).length - 1;
      return spaces > 0 && (width - line.width) / (spaces * space) > 1;
    };
    let before = 0;
    let after = 0;
    for (const inlines of paragraphs) {
      const ragged = layoutText(inlines, { ...styles.body, align: 'left' }, width);
      const justified = layoutText(inlines, styles.body, width);
      expect(justified.length).toBe(ragged.length);
      before += ragged.slice(0, -1).filter(firstFitLoose).length;
      after += justified.slice(0, -1).filter((l) => texts(l).some((it) => it.spaceExtra > space)).length;
    }
    expect(before).toBeGreaterThan(20);
    expect(after).toBeLessThan(before);
  });

  it('reserves the room of a footnote on the page that calls it, and repeats table headers', () => {
    const rows = Array.from({ length: 120 }, (_, i) => [[{ text: `Action ${i + 1}` }], [{ text: 'Conquête' }], [{ text: `${(i + 1) * 100} €` }]]);
    const small = {
      ...tree,
      body: [
        { kind: 'paragraph', inlines: [{ text: 'Le marché est porteur' }, { text: '', footnote: 1 }, { text: ' selon l’INSEE.' }] },
        {
          kind: 'table',
          header: [[{ text: 'Action' }], [{ text: 'Type' }], [{ text: 'Budget' }]],
          rows,
          caption: { label: 'Tableau', number: 1, text: 'Actions', anchor: 'tab-1' },
          wide: false,
          source: 'table',
        },
      ] as RenderBlock[],
      headings: [],
      captions: [],
      footnotes: [{ number: 1, text: 'INSEE, Tableaux de l’économie française, 2025.' }],
      endLists: [],
      annexesAt: 2,
    };
    const laid = layoutTree(small, layoutPreset('times-12'), FONTS_DIR, () => null);
    const body = laid.pages.slice(laid.bodyStart);
    expect(body.length).toBeGreaterThan(2);
    const texts = (p: (typeof body)[number]) => p.groups.flatMap((g) => g.items.filter((it) => it.t === 'text').map((it) => (it as { text: string }).text));
    expect(texts(body[0]).some((t) => t.startsWith('INSEE, Tableaux'))).toBe(true);
    for (const page of body) expect(texts(page).filter((t) => t === 'Action').length).toBe(1);
  });

  it('never sends a paragraph’s last line alone to the next page for the room of its footnote', () => {
    const frame = { pageWidth: 400, pageHeight: 300, margin: 20 };
    const flow = new Paginator(frame, () => 30);
    const line = (keepWithNext: boolean, footnotes?: number[]) => ({ height: 14, before: 0, after: 0, keepWithNext, items: [], footnotes });
    // 260 pt of text room; a four-line paragraph after 198 pt: its last line calls a note of 40 pt
    // (separator included). The penultimate line goes with it, never the last one alone.
    flow.place([{ height: 198, before: 0, after: 0, items: [] }, line(true), line(false), line(true), line(false, [1])]);
    expect(flow.pages.map((p) => p.groups.length)).toEqual([3, 2]);
  });

  it('splits a table row taller than a page instead of running past the bottom margin', () => {
    const long = Array.from({ length: 1500 }, (_, i) => `mot${i}`).join(' ');
    const small = {
      ...tree,
      body: [
        {
          kind: 'table',
          header: [[{ text: 'Étape' }], [{ text: 'Détail' }]],
          rows: [[[{ text: 'Analyse' }], [{ text: long }]]],
          caption: null,
          wide: false,
          source: 'table',
        },
      ] as RenderBlock[],
      headings: [],
      captions: [],
      footnotes: [],
    };
    const preset = layoutPreset('times-12');
    const laid = layoutTree(small, preset, FONTS_DIR, () => null);
    const margin = (preset.marginsCm * 72) / 2.54;
    const body = laid.pages.slice(laid.bodyStart);
    expect(body.length).toBeGreaterThan(1);
    const printed: string[] = [];
    for (const page of body) {
      for (const g of page.groups) {
        for (const it of g.items) {
          if (it.t !== 'text' || it.size !== preset.sizePt - 2) continue;
          expect(g.dy + it.y).toBeLessThanOrEqual(page.height - margin);
          printed.push(...it.text.split(' '));
        }
      }
    }
    expect(printed.filter((w) => /^mot\d+$/.test(w)).length).toBe(1500);
  });
});
