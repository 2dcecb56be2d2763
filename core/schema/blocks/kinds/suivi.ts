import type { BlockData, BlockSpec, CellValue, SummaryLine } from '../block-spec';
import { cellText, rowHasContent } from '../block-values';
import { formatFrNumber, formatPercent, parseFrNumber } from '../parse-values';

/** A tracking row with its gap and the ROI of its corrective action. */
export interface TrackingRow {
  index: number;
  label: string;
  target: number | null;
  actual: number | null;
  gap: number | null;
  gapRatio: number | null;
  corrective: string;
  cost: number | null;
  gain: number | null;
  roi: number | null;
}

/** One row's gap and ROI: gap = actual − target; gap % = gap / target; ROI = (gain − cost) / cost. */
function trackingRow(row: Record<string, CellValue>, index: number): TrackingRow {
  const target = parseFrNumber(row.cible);
  const actual = parseFrNumber(row.realise);
  const gap = target !== null && actual !== null ? actual - target : null;
  const cost = parseFrNumber(row.cout);
  const gain = parseFrNumber(row.gain);
  return {
    index,
    label: cellText(row.objectif),
    target,
    actual,
    gap,
    gapRatio: gap !== null && target ? gap / target : null,
    corrective: cellText(row.corrective),
    cost,
    gain,
    roi: cost !== null && gain !== null && cost > 0 ? (gain - cost) / cost : null,
  };
}

/** The filled tracking rows with their gap and ROI, each with its index in the table. */
export function trackingRows(data: BlockData): TrackingRow[] {
  return (data.tables.lignes ?? []).flatMap((row, index) => (rowHasContent(row) ? [trackingRow(row, index)] : []));
}

/** Negative gaps and the overall ROI of the corrective actions. */
function summary(data: BlockData): SummaryLine[] {
  const rows = trackingRows(data);
  const totalCost = rows.reduce((a, r) => a + (r.cost ?? 0), 0);
  const totalGain = rows.reduce((a, r) => a + (r.gain ?? 0), 0);
  return [
    { label: 'Écarts négatifs', value: `${rows.filter((r) => (r.gap ?? 0) < 0).length} sur ${rows.length}` },
    { label: 'ROI global des actions correctives', value: totalCost > 0 ? formatPercent((totalGain - totalCost) / totalCost) : '—' },
  ];
}

const percentOrDash = (n: number | null) => (n === null ? '—' : formatPercent(n, 1));

/** Tracking dashboard: objective vs actual, gap, corrective action and its ROI. */
export const suivi: BlockSpec<'suivi'> = {
  name: 'suivi',
  title: 'Tableau de bord de suivi',
  description: 'Objectif et réalisé par ligne ; l’écart est calculé. Pour chaque écart, l’action corrective, son coût et le gain attendu donnent le ROI.',
  sectionIds: ['suivi'],
  criteria: ['2.7.a', '2.7.b', '4.3.a'],
  fields: [],
  tables: [
    {
      key: 'lignes',
      label: 'Suivi',
      rowLabel: 'ligne',
      initialRows: 2,
      columns: [
        { key: 'objectif', label: 'Objectif', type: 'text', required: true, aliases: ['objectif', 'indicateur'] },
        { key: 'cible', label: 'Cible', type: 'number', required: true, aliases: ['cible', 'prevu', 'objectif chiffre'] },
        { key: 'realise', label: 'Réalisé', type: 'number', required: true, aliases: ['realise', 'reel', 'resultat'] },
        { key: 'unite', label: 'Unité', type: 'text', aliases: ['unite'] },
        { key: 'anomalie', label: 'Anomalie constatée', type: 'text', aliases: ['anomalie', 'cause'] },
        { key: 'corrective', label: 'Action corrective', type: 'longtext', aliases: ['action corrective', 'correctif', 'corrective'] },
        { key: 'cout', label: 'Coût (€)', type: 'money', aliases: ['cout'] },
        { key: 'gain', label: 'Gain attendu (€)', type: 'money', aliases: ['gain'] },
      ],
    },
  ],
  summary,
  computedColumns: {
    lignes: [
      {
        label: 'Écart',
        value: (r) => {
          const t = trackingRow(r, 0);
          return t.gap === null ? '—' : `${formatFrNumber(t.gap, 2)} (${percentOrDash(t.gapRatio)})`;
        },
      },
      { label: 'ROI', value: (r) => percentOrDash(trackingRow(r, 0).roi) },
    ],
  },
};
