import type { BlockData, BlockSpec } from '../schema/blocks/block-spec';
import { blockSummary, computedColumns, kpiPeriods, kpiSeries, pacShares } from '../schema/blocks/computations';
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

/** Series colours, the same in the app, the DOCX and the PDF. */
export const CHART_COLORS = ['1F5FBF', 'E07A1F', '2E9E6A', 'B23A48', '7A5CC2', '5D6678'] as const;

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The charts a block prints under its tables: PAC shares per action type, KPI evolution against the objective. */
function blockCharts(name: string, data: BlockData): Array<{ chart: ChartSpec; title: string }> {
  if (name === 'pac') {
    const s = pacShares(data);
    if (!s.actions) return [];
    const series: ChartSpec['series'] = [{ name: 'Part des actions', values: ACTION_TYPES.map((t) => round1(s.byType[t].countShare * 100)), color: CHART_COLORS[0] }];
    if (s.totalBudget > 0) series.push({ name: 'Part du budget', values: ACTION_TYPES.map((t) => round1(s.byType[t].budgetShare * 100)), color: CHART_COLORS[1] });
    return [{ title: 'Répartition des actions et du budget par type', chart: { type: 'column', categories: [...ACTION_TYPES], series, unit: '%' } }];
  }
  if (name === 'kpi') {
    const series = kpiSeries(data)
      .filter((k) => k.objective && k.periodsFilled >= 2)
      .slice(0, CHART_COLORS.length)
      .map((k, i) => ({ name: k.label, values: k.values.map((v) => (v === null ? null : round1((v / k.objective!) * 100))), color: CHART_COLORS[i] }));
    if (!series.length) return [];
    return [{ title: 'Évolution des indicateurs (en % de l’objectif)', chart: { type: 'line', categories: kpiPeriods(data), series, unit: '%' } }];
  }
  return [];
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
      rows: fields.map((f) => [[{ text: ctx.text(f.label), bold: true }], cell(ctx.text(cellText(data.fields[f.key])))]),
      caption: ctx.caption('Tableau', spec.title),
      wide: false,
      source: spec.name,
    });
  }
  for (const table of spec.tables) {
    const rows = filledRows(data, table.key);
    if (!rows.length) continue;
    const computed = computedColumns(spec.name, table.key);
    out.push({
      kind: 'table',
      header: [...table.columns.map((c) => cell(ctx.text(c.label))), ...computed.map((c) => cell(ctx.text(c.label)))],
      rows: rows.map((r) => [...table.columns.map((c) => cell(ctx.text(cellText(r[c.key])))), ...computed.map((c) => cell(ctx.text(c.value(r))))]),
      caption: ctx.caption('Tableau', `${spec.title} — ${table.label}`),
      wide: table.columns.length + computed.length > 6,
      source: spec.name,
    });
  }
  if (spec.name === 'diagnosticInterne') {
    const external = ctx.blocksInDoc.get('opportunitesMenaces');
    const list = (d: BlockData | undefined, t: string) => (d ? filledRows(d, t).map((r) => ctx.text(cellText(r.intitule))).join('\n') : '');
    out.push({
      kind: 'table',
      header: [cell('Forces'), cell('Faiblesses')],
      rows: [
        [cell(list(data, 'forces')), cell(list(data, 'faiblesses'))],
        [[{ text: 'Opportunités', bold: true }], [{ text: 'Menaces', bold: true }]],
        [cell(list(external, 'opportunites')), cell(list(external, 'menaces'))],
      ],
      caption: ctx.caption('Tableau', 'Matrice SWOT'),
      wide: false,
      source: 'swot',
    });
  }
  for (const { chart, title } of blockCharts(spec.name, data)) out.push({ kind: 'chart', chart, caption: ctx.caption('Figure', title) });
  const summary = blockSummary(spec.name, data);
  if (summary.length) {
    out.push({ kind: 'table', header: null, rows: summary.map((l) => [[{ text: ctx.text(l.label), bold: true }], cell(ctx.text(l.value))]), caption: null, wide: false, source: `${spec.name}-summary` });
  }
  return out;
}
