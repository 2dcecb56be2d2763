import { formatFrNumber } from '../schema/blocks/parse-values';
import type { ChartSpec } from '../render/render-tree';
import type { LayoutStyles } from './layout-styles';
import type { PageItem } from './page-model';
import { measure } from './text-layout';

/** A step of 1, 2 or 5 × 10ⁿ giving about five gridlines up to `max`. */
export function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const m = raw / pow;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * pow;
}

/**
 * Draws a column or line chart as vector items: gridlines with values, bars or polylines with
 * markers, category labels and a legend. The DOCX gets the same data as a native Word chart.
 */
export function drawChart(chart: ChartSpec, styles: LayoutStyles, width: number, size = 8): { items: PageItem[]; width: number; height: number } {
  const { family } = styles;
  // Offsets grow with the labels' size (8 pt in the mémoire, larger on a slide).
  const k = size / 8;
  const items: PageItem[] = [];
  const text = (x: number, y: number, t: string, align: 'left' | 'center' | 'right' = 'left', color = '444C5C') => {
    const w = measure(family, 'regular', t, size);
    items.push({
      t: 'text',
      x: align === 'center' ? x - w / 2 : align === 'right' ? x - w : x,
      y,
      face: 'regular',
      size,
      text: t,
      width: w,
      spaceExtra: 0,
      color,
    });
  };
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = Math.max(0, ...values);
  const bottom = Math.min(0, ...values);
  const step = niceStep(Math.max(top - bottom, 1));
  const max = Math.ceil(top / step) * step || step;
  const min = Math.floor(bottom / step) * step;
  const plot = { x: 40 * k, y: 8 * k, w: width - 48 * k, h: width * 0.42 };
  const yOf = (v: number) => plot.y + plot.h - ((v - min) / (max - min)) * plot.h;
  for (let v = min; v <= max + step / 2; v += step) {
    const y = yOf(v);
    items.push({ t: 'rect', x: plot.x, y, w: plot.w, h: 0.4, fill: v === 0 ? '5D6678' : 'D5DAE3' });
    text(plot.x - 4 * k, y + 3 * k, `${formatFrNumber(v, 2)}${chart.unit === '%' ? '\u202f%' : ''}`, 'right');
  }
  const n = Math.max(1, chart.categories.length);
  const band = plot.w / n;
  chart.categories.forEach((c, i) => text(plot.x + band * (i + 0.5), plot.y + plot.h + 12 * k, c.length > 18 ? `${c.slice(0, 17)}…` : c, 'center'));
  if (chart.type === 'column') {
    const k = chart.series.length;
    const barW = (band * 0.7) / k;
    chart.series.forEach((s, si) => {
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x = plot.x + band * i + band * 0.15 + barW * si;
        const y0 = yOf(Math.max(0, v));
        const h = Math.abs(yOf(v) - yOf(0));
        items.push({ t: 'rect', x, y: y0, w: barW - 1, h, fill: s.color });
        text(x + (barW - 1) / 2, y0 - 2 * k, formatFrNumber(v, 1), 'center', '1D2433');
      });
    });
  } else {
    for (const s of chart.series) {
      const points: number[] = [];
      const flush = () => {
        if (points.length >= 4) items.push({ t: 'poly', points: [...points], color: s.color, width: 1.5 });
        points.length = 0;
      };
      s.values.forEach((v, i) => {
        if (v === null) return flush();
        const x = plot.x + band * (i + 0.5);
        const y = yOf(v);
        points.push(x, y);
        items.push({ t: 'rect', x: x - 2, y: y - 2, w: 4, h: 4, fill: s.color });
      });
      flush();
    }
    const target = chart.target;
    if (target && min <= target.value && max >= target.value)
      items.push({ t: 'poly', points: [plot.x, yOf(target.value), plot.x + plot.w, yOf(target.value)], color: target.color, width: 0.8, dash: 3 });
  }
  // Legend: one swatch and name per series, wrapped under the plot.
  let lx = plot.x;
  let ly = plot.y + plot.h + 28 * k;
  for (const s of chart.series) {
    const w = measure(family, 'regular', s.name, size) + 16 * k;
    if (lx + w > width && lx > plot.x) {
      lx = plot.x;
      ly += 12 * k;
    }
    items.push({ t: 'rect', x: lx, y: ly - 7 * k, w: 8 * k, h: 8 * k, fill: s.color });
    text(lx + 11 * k, ly, s.name);
    lx += w + 10 * k;
  }
  return { items, width, height: ly + 6 * k };
}
