import PptxGenJSModule from 'pptxgenjs';
import type { ChartSpec } from '../render/render-tree';
import { scoreCaption, type Slide, type SlidePlan } from './slide-plan';

// The package's CommonJS default export under esbuild and tsx; its typings describe the class itself.
const PptxGenJS = ((PptxGenJSModule as unknown as { default?: typeof PptxGenJSModule }).default ?? PptxGenJSModule) as typeof PptxGenJSModule;

/** The deck's look: one accent colour (the cover's), sizes readable at the back of a room. */
export interface DeckTheme {
  accent: string;
  font: string;
}

const W = 13.333;
const H = 7.5;
const INK = '1D2433';
const MUTED = '5D6678';

function chartData(chart: ChartSpec) {
  return chart.series.map((s) => ({ name: s.name, labels: chart.categories, values: s.values.map((v) => v ?? 0) }));
}

function addVisual(pptx: InstanceType<typeof PptxGenJS>, slide: ReturnType<InstanceType<typeof PptxGenJS>['addSlide']>, s: Slide, theme: DeckTheme) {
  const box = { x: 6.9, y: 1.55, w: 5.9, h: 5.1 };
  if (!s.visual) return;
  if (s.visual.kind === 'chart') {
    const type = s.visual.chart.type === 'line' ? pptx.ChartType.line : pptx.ChartType.bar;
    slide.addChart(type, chartData(s.visual.chart), {
      ...box,
      showLegend: true,
      legendPos: 'b',
      legendFontSize: 14,
      catAxisLabelFontSize: 14,
      valAxisLabelFontSize: 12,
      chartColors: s.visual.chart.series.map((x) => x.color.replace('#', '')),
      showTitle: true,
      title: s.visual.title,
      titleFontSize: 14,
    });
    return;
  }
  if (s.visual.kind === 'score') {
    const v = s.visual;
    const words = scoreCaption(v);
    const bar = { x: box.x, y: 2.7, w: box.w, h: 0.6 };
    slide.addText([words.score, words.decision].filter(Boolean).join('\n'), {
      x: box.x,
      y: 1.55,
      w: box.w,
      h: 1.0,
      fontSize: 20,
      bold: true,
      color: INK,
      fontFace: theme.font,
    });
    slide.addShape(pptx.ShapeType.rect, { ...bar, fill: { color: 'E3E6ED' }, line: { color: 'E3E6ED' } });
    slide.addShape(pptx.ShapeType.rect, {
      ...bar,
      w: (bar.w * Math.min(v.score, v.max)) / v.max,
      fill: { color: theme.accent },
      line: { color: theme.accent },
    });
    if (v.threshold !== null && words.threshold) {
      const tx = bar.x + (bar.w * Math.min(v.threshold, v.max)) / v.max;
      slide.addShape(pptx.ShapeType.rect, { x: tx - 0.02, y: bar.y - 0.2, w: 0.04, h: bar.h + 0.4, fill: { color: INK }, line: { color: INK } });
      slide.addText(words.threshold, { x: tx - 1, y: bar.y + bar.h + 0.25, w: 2, h: 0.4, fontSize: 16, color: INK, align: 'center', fontFace: theme.font });
    }
    return;
  }
  const { header, rows, more } = s.visual;
  const cell = (text: string, bold = false) => ({
    text,
    options: { bold, fontSize: 14, color: bold ? 'FFFFFF' : INK, fill: { color: bold ? theme.accent : 'FFFFFF' } },
  });
  const table = [...(header ? [header.map((h) => cell(h, true))] : []), ...rows.map((r) => r.map((c) => cell(c)))];
  slide.addTable(table, {
    ...box,
    h: undefined,
    fontFace: theme.font,
    border: { type: 'solid', pt: 0.75, color: 'C9CED8' },
    valign: 'middle',
    autoPage: false,
  });
  if (more > 0)
    slide.addText(`+ ${more} ligne${more > 1 ? 's' : ''} dans le mémoire`, {
      x: box.x,
      y: 6.75,
      w: box.w,
      h: 0.35,
      fontSize: 12,
      color: MUTED,
      fontFace: theme.font,
    });
}

/**
 * Writes the soutenance as a PowerPoint file: real text boxes, native tables and charts the
 * candidate can edit in PowerPoint or Impress, speaker notes, slide numbers, one accent colour.
 */
export async function exportSlidesPptx(plan: SlidePlan, meta: { title: string; candidate: string }, theme: DeckTheme): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.author = meta.candidate;
  pptx.subject = 'Soutenance du mémoire';
  pptx.theme = { headFontFace: theme.font, bodyFontFace: theme.font };
  for (const s of plan.slides) {
    const slide = pptx.addSlide();
    slide.slideNumber = { x: W - 1.0, y: H - 0.5, fontSize: 12, color: MUTED };
    if (s.kind === 'title' || s.kind === 'questions') {
      slide.background = { color: theme.accent };
      slide.addText(s.title, { x: 0.8, y: 2.0, w: W - 1.6, h: 1.6, fontSize: 36, bold: true, color: 'FFFFFF', fontFace: theme.font, valign: 'bottom' });
      slide.addText(s.messages.join('\n'), { x: 0.8, y: 3.9, w: W - 1.6, h: 2.0, fontSize: 22, color: 'FFFFFF', fontFace: theme.font, valign: 'top' });
    } else {
      slide.addShape(pptx.ShapeType.rect, { x: 0, y: 0, w: 0.25, h: H, fill: { color: theme.accent }, line: { color: theme.accent } });
      slide.addText(s.title, { x: 0.7, y: 0.4, w: W - 1.4, h: 0.9, fontSize: 32, bold: true, color: INK, fontFace: theme.font });
      const width = s.visual ? 5.9 : W - 1.4;
      slide.addText(
        s.messages.map((m) => ({ text: m, options: { bullet: { indent: 18 }, paraSpaceAfter: 12 } })),
        { x: 0.7, y: 1.55, w: width, h: 5.1, fontSize: 22, color: s.placeholder ? MUTED : INK, italic: s.placeholder, fontFace: theme.font, valign: 'top' },
      );
      addVisual(pptx, slide, s, theme);
    }
    if (s.notes) slide.addNotes(s.notes);
  }
  const out = await pptx.write({ outputType: 'uint8array' });
  return out as Uint8Array;
}
