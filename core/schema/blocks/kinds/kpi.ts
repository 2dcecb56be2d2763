import type { PrintContext } from '../../../render/block-print';
import type { RenderBlock } from '../../../render/render-tree';
import { CHART_COLORS, TARGET_COLOR } from '../block-colors';
import type { BlockData, BlockSpec, SummaryLine } from '../block-spec';
import { cellText } from '../block-values';
import { parseFrNumber, round1 } from '../parse-values';

/** One indicator of the KPI dashboard across periods. */
export interface KpiSeries {
  index: number;
  label: string;
  unit: string;
  objective: number | null;
  values: Array<number | null>;
  periodsFilled: number;
  last: number | null;
  gapToObjective: number | null;
  trend: 'hausse' | 'baisse' | 'stable' | null;
}

const PERIOD_FIELDS = ['periode1', 'periode2', 'periode3', 'periode4'] as const;
const PERIOD_COLUMNS = ['p1', 'p2', 'p3', 'p4'] as const;

/** The periods' labels of a KPI dashboard. */
export function kpiPeriods(data: BlockData): string[] {
  return PERIOD_FIELDS.map((k, i) => cellText(data.fields[k]) || `P${i + 1}`);
}

/** Each indicator's values, last value, gap to objective and trend. */
export function kpiSeries(data: BlockData): KpiSeries[] {
  return (data.tables.indicateurs ?? []).flatMap((row, index) => {
    if (!cellText(row.indicateur)) return [];
    const values = PERIOD_COLUMNS.map((k) => parseFrNumber(row[k]));
    const filled = values.filter((v): v is number => v !== null);
    const last = filled.length ? filled[filled.length - 1] : null;
    const objective = parseFrNumber(row.objectif);
    let trend: KpiSeries['trend'] = null;
    if (filled.length >= 2) {
      const delta = filled[filled.length - 1] - filled[filled.length - 2];
      trend = Math.abs(delta) < 1e-9 ? 'stable' : delta > 0 ? 'hausse' : 'baisse';
    }
    return [
      {
        index,
        label: cellText(row.indicateur),
        unit: cellText(row.unite),
        objective,
        values,
        periodsFilled: filled.length,
        last,
        gapToObjective: last !== null && objective !== null ? last - objective : null,
        trend,
      },
    ];
  });
}

/** How many indicators reached their objective. */
function summary(data: BlockData): SummaryLine[] {
  const series = kpiSeries(data);
  return [
    { label: 'Indicateurs à l’objectif', value: `${series.filter((s) => s.gapToObjective !== null && s.gapToObjective >= 0).length} sur ${series.length}` },
  ];
}

/** Indicators with an objective and two periods, in % of their objective, against the 100 % line. */
function evolutionChart(data: BlockData, ctx: PrintContext): RenderBlock[] {
  const series = kpiSeries(data)
    .filter((k) => k.objective && k.periodsFilled >= 2)
    .slice(0, CHART_COLORS.length)
    .map((k, i) => ({ name: k.label, values: k.values.map((v) => (v === null ? null : round1((v / k.objective!) * 100))), color: CHART_COLORS[i] }));
  if (!series.length) return [];
  return [
    {
      kind: 'chart',
      chart: { type: 'line', categories: kpiPeriods(data), series, unit: '%', target: { value: 100, label: 'Objectif (100 %)', color: TARGET_COLOR } },
      caption: ctx.caption('Figure', 'Évolution des indicateurs (en % de l’objectif)'),
    },
  ];
}

/** KPI dashboard over several periods, objective vs result. */
export const kpi: BlockSpec<'kpi'> = {
  name: 'kpi',
  title: 'Tableau de bord de pilotage (KPI)',
  description: 'Chaque indicateur avec son objectif et ses résultats sur au moins deux périodes ; le graphique montre l’évolution.',
  sectionIds: ['performance'],
  criteria: ['4.4.a', '4.4.b'],
  fields: [
    { key: 'periode1', label: 'Période 1', type: 'text' },
    { key: 'periode2', label: 'Période 2', type: 'text' },
    { key: 'periode3', label: 'Période 3', type: 'text' },
    { key: 'periode4', label: 'Période 4', type: 'text' },
    { key: 'synthese', label: 'Synthèse et axes de progrès', type: 'longtext', required: true },
  ],
  tables: [
    {
      key: 'indicateurs',
      label: 'Indicateurs',
      rowLabel: 'indicateur',
      initialRows: 2,
      columns: [
        { key: 'indicateur', label: 'Indicateur', type: 'text', required: true, aliases: ['indicateur', 'kpi'] },
        { key: 'unite', label: 'Unité', type: 'text', aliases: ['unite'] },
        { key: 'objectif', label: 'Objectif', type: 'number', required: true, aliases: ['objectif', 'cible'] },
        { key: 'p1', label: 'P1', labelField: 'periode1', type: 'number', aliases: ['t1', 'p1', 'janvier', 'mois 1'] },
        { key: 'p2', label: 'P2', labelField: 'periode2', type: 'number', aliases: ['t2', 'p2', 'fevrier', 'mois 2'] },
        { key: 'p3', label: 'P3', labelField: 'periode3', type: 'number', aliases: ['t3', 'p3', 'mars', 'mois 3'] },
        { key: 'p4', label: 'P4', labelField: 'periode4', type: 'number', aliases: ['t4', 'p4', 'avril', 'mois 4'] },
      ],
    },
  ],
  summary,
  printExtras: evolutionChart,
};
