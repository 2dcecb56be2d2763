import { ACTION_TYPE_COLORS, CHART_COLORS, NEUTRAL_COLOR, SWOT_QUADRANTS } from '../schema/blocks/block-colors';
import { columnLabel, type BlockData, type BlockSpec, type CellValue, type ColumnSpec } from '../schema/blocks/block-spec';
import { formatFrDate } from '../schema/blocks/parse-values';
import { blockSummary, computedColumns, kpiPeriods, kpiSeries, pacShares, pacTimeline } from '../schema/blocks/computations';
import { ACTION_TYPES } from '../schema/blocks/specs-pac';
import { filledRows, cellText, isFilled } from '../schema/blocks/validate-block';
import type { Caption, ChartSpec, Inline, RenderBlock } from './render-tree';

/** What a block's print form needs from the tree being built. */
export interface PrintContext {
  text: (t: string) => string;
  caption: (label: 'Tableau' | 'Figure', text: string) => Caption;
  /** The first block of each type in the document (the SWOT takes opportunities and threats from the external diagnostic). */
  blocksInDoc: Map<string, BlockData>;
}

const cell = (t: string): Inline[] => (t ? [{ text: t }] : []);
/** What a value with nothing to show prints as. */
const EMPTY_PRINT = /^\s*(—|-)?\s*$/;

const round1 = (v: number) => Math.round(v * 10) / 10;

const MONTHS = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const MAX_MONTHS = 18;

/**
 * The PAC calendar as a table: one row per dated action, one column per month (per quarter when the
 * plan runs longer than 18 months), the months an action runs coloured by its type.
 */
function pacCalendar(data: BlockData, ctx: PrintContext): RenderBlock | null {
  const items = pacTimeline(data);
  if (!items.length) return null;
  const first = new Date(Math.min(...items.map((i) => i.start.getTime())));
  const last = new Date(Math.max(...items.map((i) => i.end.getTime())));
  const monthIndex = (d: Date) => d.getFullYear() * 12 + d.getMonth();
  const from = monthIndex(first);
  const span = monthIndex(last) - from + 1;
  const step = span > MAX_MONTHS ? 3 : 1;
  const columns = Math.ceil(span / step);
  const label = (k: number) => {
    const m = from + k * step;
    const year = String(Math.floor(m / 12)).slice(2);
    return step === 1 ? `${MONTHS[m % 12]} ${year}` : `T${Math.floor((m % 12) / 3) + 1} ${year}`;
  };
  const rows = items.map((i) => [cell(ctx.text(i.label)), ...Array.from({ length: columns }, (): Inline[] => [])]);
  const fills = items.map((i) => {
    const a = Math.floor((monthIndex(i.start) - from) / step);
    const b = Math.floor((monthIndex(i.end) - from) / step);
    return [null, ...Array.from({ length: columns }, (_, k) => (k >= a && k <= b ? (ACTION_TYPE_COLORS[i.type] ?? NEUTRAL_COLOR) : null))];
  });
  return {
    kind: 'table',
    header: [cell('Action'), ...Array.from({ length: columns }, (_, k) => cell(label(k)))],
    rows,
    fills,
    caption: ctx.caption('Tableau', 'Calendrier des actions du PAC (détection en bleu, conquête en orange, fidélisation en vert)'),
    wide: columns + 1 > 6,
    source: 'pac-calendar',
  };
}

/** The charts a block prints under its tables: PAC shares per action type, KPI evolution against the objective. */
function blockCharts(name: string, data: BlockData): Array<{ chart: ChartSpec; title: string }> {
  if (name === 'pac') {
    const s = pacShares(data);
    // Shares per type mean nothing until an action has a type: no chart of zeros.
    if (!ACTION_TYPES.some((t) => s.byType[t].count)) return [];
    const series: ChartSpec['series'] = [
      { name: 'Part des actions', values: ACTION_TYPES.map((t) => round1(s.byType[t].countShare * 100)), color: CHART_COLORS[0] },
    ];
    if (s.totalBudget > 0)
      series.push({ name: 'Part du budget', values: ACTION_TYPES.map((t) => round1(s.byType[t].budgetShare * 100)), color: CHART_COLORS[1] });
    return [{ title: 'Répartition des actions et du budget par type', chart: { type: 'column', categories: [...ACTION_TYPES], series, unit: '%' } }];
  }
  if (name === 'kpi') {
    const series = kpiSeries(data)
      .filter((k) => k.objective && k.periodsFilled >= 2)
      .slice(0, CHART_COLORS.length)
      .map((k, i) => ({ name: k.label, values: k.values.map((v) => (v === null ? null : round1((v / k.objective!) * 100))), color: CHART_COLORS[i] }));
    if (!series.length) return [];
    return [
      {
        title: 'Évolution des indicateurs (en % de l’objectif)',
        chart: { type: 'line', categories: kpiPeriods(data), series, unit: '%', target: { value: 100, label: 'Objectif (100 %)', color: '2E9E6A' } },
      },
    ];
  }
  return [];
}

/**
 * A cell as print shows it: dates in French (never ISO), typed negative numbers with a real minus.
 */
function printValue(column: ColumnSpec, value: CellValue | undefined): string {
  const text = cellText(value);
  if (column.type === 'date') return formatFrDate(text);
  if (['number', 'money', 'percent'].includes(column.type)) return text.replace(/^\s*-(?=\s*\d)/, '\u2212');
  return text;
}

/**
 * The print form of a business block, as plain render tables: its filled fields, each table with
 * its computed columns (score, risk, gap, ROI), its summary, and the SWOT grid. Empty parts are left out.
 */
export function blockPrintForm(spec: BlockSpec, data: BlockData, ctx: PrintContext): RenderBlock[] {
  const out: RenderBlock[] = [];
  const fields = spec.fields.filter((f) => isFilled(data.fields[f.key]));
  if (fields.length) {
    out.push({
      kind: 'table',
      header: null,
      rows: fields.map((f) => [[{ text: ctx.text(f.label), bold: true }], cell(ctx.text(printValue(f, data.fields[f.key])))]),
      caption: ctx.caption('Tableau', spec.title),
      wide: false,
      source: spec.name,
    });
  }
  for (const table of spec.tables) {
    const rows = filledRows(data, table.key);
    if (!rows.length) continue;
    // A column the candidate left empty in every row (or a computed one with nothing to compute) is left
    // out: a half-filled block prints what was written, never a column of dashes.
    const columns = [
      ...table.columns
        .filter((c) => rows.some((r) => isFilled(r[c.key])))
        .map((c) => ({ label: columnLabel(c, data), value: (r: Record<string, CellValue>) => printValue(c, r[c.key]) })),
      ...computedColumns(spec.name, table.key).filter((c) => rows.some((r) => !EMPTY_PRINT.test(c.value(r)))),
    ];
    out.push({
      kind: 'table',
      header: columns.map((c) => cell(ctx.text(c.label))),
      rows: rows.map((r) => columns.map((c) => cell(ctx.text(c.value(r))))),
      caption: ctx.caption('Tableau', `${spec.title} — ${table.label}`),
      wide: columns.length > 6,
      source: spec.name,
    });
  }
  const swotLists = spec.name === 'diagnosticInterne' ? [filledRows(data, 'forces'), filledRows(data, 'faiblesses')] : [];
  const externalData = ctx.blocksInDoc.get('opportunitesMenaces');
  const externalLists = externalData ? [filledRows(externalData, 'opportunites'), filledRows(externalData, 'menaces')] : [];
  // The SWOT is printed once there is something to put in it.
  if (spec.name === 'diagnosticInterne' && [...swotLists, ...externalLists].some((l) => l.length)) {
    const external = ctx.blocksInDoc.get('opportunitesMenaces');
    // An equal two-by-two grid, each quadrant titled and lightly coloured, as in the app.
    const quadrant = (q: (typeof SWOT_QUADRANTS)[number]): Inline[] => {
      const items = filledRows((q.key === 'forces' || q.key === 'faiblesses' ? data : external) ?? { fields: {}, tables: {} }, q.key).map((r) =>
        ctx.text(cellText(r.intitule)),
      );
      return [{ text: q.title, bold: true }, { text: `\n${items.join('\n') || '—'}` }];
    };
    const [s, w, o, t] = SWOT_QUADRANTS;
    out.push({
      kind: 'table',
      header: null,
      rows: [
        [quadrant(s), quadrant(w)],
        [quadrant(o), quadrant(t)],
      ],
      fills: [
        [s.fill, w.fill],
        [o.fill, t.fill],
      ],
      equalColumns: true,
      caption: ctx.caption('Tableau', 'Matrice SWOT'),
      wide: false,
      source: 'swot',
    });
  }
  if (spec.name === 'pac') {
    const calendar = pacCalendar(data, ctx);
    if (calendar) out.push(calendar);
  }
  for (const { chart, title } of blockCharts(spec.name, data)) out.push({ kind: 'chart', chart, caption: ctx.caption('Figure', title) });
  // A summary line with nothing to say (« — ») is left out, like an empty column.
  const summary = blockSummary(spec.name, data).filter((l) => !EMPTY_PRINT.test(l.value));
  if (summary.length) {
    out.push({
      kind: 'table',
      header: null,
      rows: summary.map((l) => [[{ text: ctx.text(l.label), bold: true }], cell(ctx.text(l.value))]),
      caption: null,
      wide: false,
      source: `${spec.name}-summary`,
    });
  }
  return out;
}
