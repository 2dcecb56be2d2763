import { blockChunks, offset } from '../layout/block-chunks';
import { drawChart } from '../layout/chart-drawing';
import { loadFontFamily } from '../layout/fonts';
import type { LaidDocument } from '../layout/layout-document';
import { layoutStyles } from '../layout/layout-styles';
import type { LaidPage, PageItem } from '../layout/page-model';
import { layoutText, type TextStyle } from '../layout/text-layout';
import { writePdf } from '../export/pdf/pdf-writer';
import type { RenderBlock } from '../render/render-tree';
import { formatDuration, scoreCaption, type Slide, type SlidePlan } from './slide-plan';
import type { DeckTheme } from './export-slides-pptx';

/** A 16:9 page in points (13.33 × 7.5 in, as the PowerPoint file). */
const PAGE = { width: 960, height: 540, margin: 50 };
/** The deck's text sizes: nothing under 14 pt, read from the back of a room. */
const SIZES = { title: 30, cover: 36, message: 20, table: 14, number: 11, chart: 13 };

function textBlock(text: string, style: TextStyle, width: number, x: number, y: number): { items: PageItem[]; height: number } {
  const lines = layoutText([{ text }], style, width);
  const items = lines.flatMap((l, i) => offset(l.items, x, y + i * style.lineHeight));
  return { items, height: lines.length * style.lineHeight };
}

function slidePage(s: Slide, index: number, theme: DeckTheme, fontsDir: string): LaidPage {
  const family = loadFontFamily(fontsDir, theme.font);
  const base = layoutStyles({ id: 'slides', label: '', font: theme.font, sizePt: SIZES.table + 2, lineSpacing: 1, marginsCm: 0 }, family);
  const style = (size: number, extra: Partial<TextStyle> = {}): TextStyle => ({ family, size, lineHeight: size * 1.25, align: 'left', ...extra });
  const items: PageItem[] = [];
  const { width: W, height: H, margin: M } = PAGE;
  const filled = s.kind === 'title' || s.kind === 'questions';
  if (filled) {
    items.push({ t: 'rect', x: 0, y: 0, w: W, h: H, fill: theme.accent });
    const title = textBlock(s.title, style(SIZES.cover, { bold: true, color: 'FFFFFF' }), W - 2 * M, M, 150);
    items.push(...title.items);
    let y = 150 + title.height + 24;
    for (const m of s.messages) {
      const b = textBlock(m, style(SIZES.message + 2, { color: 'FFFFFF' }), W - 2 * M, M, y);
      items.push(...b.items);
      y += b.height + 4;
    }
  } else {
    items.push({ t: 'rect', x: 0, y: 0, w: 18, h: H, fill: theme.accent });
    items.push(...textBlock(s.title, style(SIZES.title, { bold: true, color: '1D2433' }), W - 2 * M, M, 30).items);
    const column = s.visual ? 420 : W - 2 * M;
    let y = 110;
    for (const m of s.messages) {
      const b = textBlock(m, style(SIZES.message, { color: s.placeholder ? '5D6678' : '1D2433', italic: s.placeholder }), column - 22, M + 22, y);
      items.push({ t: 'rect', x: M + 4, y: y + SIZES.message * 0.45, w: 7, h: 7, fill: theme.accent }, ...b.items);
      y += b.height + 12;
    }
    const vx = M + column + 30;
    const vw = W - vx - M;
    if (s.visual?.kind === 'chart') {
      items.push(...textBlock(s.visual.title, style(SIZES.table, { bold: true, color: '1D2433' }), vw, vx, 110).items);
      items.push(...offset(drawChart(s.visual.chart, base, vw, SIZES.chart).items, vx, 140));
    } else if (s.visual?.kind === 'score') {
      const v = s.visual;
      const words = scoreCaption(v);
      let ty = 110;
      for (const line of [words.score, words.decision].filter((x): x is string => x !== null)) {
        const b = textBlock(line, style(SIZES.message, { bold: true, color: '1D2433' }), vw, vx, ty);
        items.push(...b.items);
        ty += b.height + 4;
      }
      const bar = { y: ty + 30, h: 40 };
      items.push(
        { t: 'rect', x: vx, y: bar.y, w: vw, h: bar.h, fill: 'E3E6ED' },
        { t: 'rect', x: vx, y: bar.y, w: (vw * Math.min(v.score, v.max)) / v.max, h: bar.h, fill: theme.accent },
      );
      if (v.threshold !== null && words.threshold) {
        const tx = vx + (vw * Math.min(v.threshold, v.max)) / v.max;
        items.push({ t: 'rect', x: tx - 1.5, y: bar.y - 12, w: 3, h: bar.h + 24, fill: '1D2433' });
        const label = style(SIZES.table + 2, { color: '1D2433' });
        items.push(...textBlock(words.threshold, label, vw, Math.max(vx, tx - 40), bar.y + bar.h + 20).items);
      }
    } else if (s.visual?.kind === 'table') {
      const cell = (t: string) => [{ text: t }];
      const block: RenderBlock = {
        kind: 'table',
        header: s.visual.header?.map(cell) ?? null,
        rows: s.visual.rows.map((r) => r.map(cell)),
        caption: null,
        wide: false,
        source: 'slide',
      };
      const ctx = {
        styles: base,
        imageSize: () => null,
        tableWidths: new Map(),
        landscapeTables: new Set<RenderBlock>(),
        missingImage: () => {
          throw new Error('no image on a slide');
        },
      };
      let ty = 110;
      // A slide has one orientation: its table is never turned (landscape width 0).
      for (const chunk of blockChunks([block], ctx, vw, 0)) {
        if (ty + chunk.height > H - M) break;
        items.push(...offset(chunk.items, vx, ty));
        ty += chunk.height;
      }
      if (s.visual.more > 0)
        items.push(
          ...textBlock(`+ ${s.visual.more} ligne${s.visual.more > 1 ? 's' : ''} dans le mémoire`, style(SIZES.number + 1, { color: '5D6678' }), vw, vx, ty + 8)
            .items,
        );
    }
  }
  const label = String(index + 1);
  items.push(...textBlock(label, style(SIZES.number, { color: filled ? 'FFFFFF' : '5D6678' }), 40, W - M, H - 30).items);
  return { width: W, height: H, kind: 'body', label, groups: [{ dx: 0, dy: 0, items }] };
}

/** Room under the slide on a handout page, for its notes. */
const HANDOUT_NOTES = 420;

/** A handout page: the slide framed at the top, its duration and speaker notes under it. */
function handoutPage(slide: LaidPage, s: Slide, theme: DeckTheme, fontsDir: string): LaidPage {
  const family = loadFontFamily(fontsDir, theme.font);
  const style: TextStyle = { family, size: 16, lineHeight: 21, align: 'left', color: '1D2433' };
  const heading: TextStyle = { ...style, bold: true };
  const frame: PageItem = { t: 'rect', x: 0, y: 0, w: PAGE.width, h: PAGE.height, stroke: '9AA3B2', lineWidth: 1 };
  const y = PAGE.height + 30;
  const title = textBlock(`Notes — ${formatDuration(s.seconds)}`, heading, PAGE.width - 2 * PAGE.margin, PAGE.margin, y);
  const notes = textBlock(s.notes || '—', style, PAGE.width - 2 * PAGE.margin, PAGE.margin, y + title.height + 8);
  return { ...slide, height: PAGE.height + HANDOUT_NOTES, groups: [...slide.groups, { dx: 0, dy: 0, items: [frame, ...title.items, ...notes.items] }] };
}

/**
 * Writes the soutenance as a PDF through the app's own layout engine and PDF writer: one 16:9 page
 * per slide, the same fonts and charts as the mémoire, a bookmark per slide. As a handout, each
 * page has the slide's notes under it.
 */
export async function exportSlidesPdf(
  plan: SlidePlan,
  meta: { title: string; candidate: string },
  theme: DeckTheme,
  fontsDir: string,
  handout = false,
): Promise<Uint8Array> {
  const pages = plan.slides.map((s, i) => {
    const page = slidePage(s, i, theme, fontsDir);
    return handout ? handoutPage(page, s, theme, fontsDir) : page;
  });
  const laid: LaidDocument = {
    pages,
    anchors: new Map(),
    bodyStart: 0,
    bodyPages: pages.length,
    toc: [],
    tableWidths: new Map(),
    landscapeTables: new Set(),
    printedBody: [],
  };
  const outline = plan.slides.map((s, i) => ({ title: `${i + 1}. ${s.title}`, page: i, children: [] }));
  return writePdf(laid, {
    family: loadFontFamily(fontsDir, theme.font),
    images: () => null,
    properties: { title: `${meta.title} — soutenance`, author: meta.candidate, subject: 'Soutenance du mémoire', keywords: ['soutenance', 'mémoire'] },
    outline,
    annexes: [],
  });
}
