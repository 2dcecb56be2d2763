import type { BlockData, BlockSpec, CellValue, SummaryLine } from '../block-spec';
import { filledRows } from '../block-values';
import { formatFrNumber, formatMoney, nounCount, parseFrNumber } from '../parse-values';

/** Tour totals of a prospection plan; the cost falls back to km × cost per km. */
export function prospectionTotals(data: BlockData): { visits: number; km: number; cost: number | null; costPerVisit: number | null; zones: number } {
  const rows = filledRows(data, 'tournees');
  const perKm = parseFrNumber(data.fields.coutKm);
  let visits = 0;
  let km = 0;
  let cost: number | null = 0;
  for (const row of rows) {
    visits += parseFrNumber(row.visites) ?? 0;
    const k = parseFrNumber(row.km) ?? 0;
    km += k;
    const c = parseFrNumber(row.cout) ?? (perKm !== null ? k * perKm : null);
    cost = cost === null || c === null ? null : cost + c;
  }
  if (!rows.length) cost = null;
  return { visits, km, cost, costPerVisit: cost !== null && visits > 0 ? cost / visits : null, zones: rows.length };
}

/** A tour's cost from its kilometres and the cost per km, where the candidate did not type one. */
function estimatedCost(row: Record<string, CellValue>, data: BlockData): string {
  if (parseFrNumber(row.cout) !== null) return '';
  const km = parseFrNumber(row.km);
  const perKm = parseFrNumber(data.fields.coutKm);
  return km === null || perKm === null ? '' : formatMoney(km * perKm);
}

/** Visits, kilometres and travel cost of the tours. */
function summary(data: BlockData): SummaryLine[] {
  const t = prospectionTotals(data);
  return [
    { label: 'Visites', value: `${formatFrNumber(t.visits)} en ${nounCount(t.zones, 'zone')}` },
    { label: 'Kilomètres', value: formatFrNumber(t.km) },
    {
      label: 'Coût des déplacements',
      value: t.cost === null ? '—' : `${formatMoney(t.cost)}${t.costPerVisit !== null ? ` (${formatMoney(t.costPerVisit)} par visite)` : ''}`,
    },
  ];
}

/** Direct prospection: targeting, hook message and tour logistics. */
export const prospection: BlockSpec<'prospection'> = {
  name: 'prospection',
  title: 'Plan de prospection directe',
  description: 'Critères de ciblage, message d’accroche, puis organisation des tournées par zone pour limiter les déplacements.',
  sectionIds: ['prospection'],
  criteria: ['2.4.a', '2.4.b', '2.4.c'],
  fields: [
    { key: 'ciblage', label: 'Critères de ciblage', type: 'longtext', required: true },
    { key: 'cible', label: 'Cible visée (à qui s’adresse l’accroche)', type: 'text', required: true },
    { key: 'accroche', label: 'Message d’accroche', type: 'longtext', required: true },
    { key: 'coutKm', label: 'Coût au km (€)', type: 'money' },
  ],
  tables: [
    {
      key: 'tournees',
      label: 'Tournées',
      rowLabel: 'zone',
      initialRows: 2,
      columns: [
        { key: 'zone', label: 'Zone', type: 'text', required: true, aliases: ['zone', 'secteur'] },
        { key: 'visites', label: 'Visites', type: 'number', aliases: ['visites', 'rendez-vous', 'rdv'] },
        { key: 'km', label: 'Km', type: 'number', aliases: ['km', 'kilometres', 'distance'] },
        { key: 'cout', label: 'Coût (€)', type: 'money', aliases: ['cout', 'frais'] },
      ],
    },
  ],
  summary,
  computedColumns: { tournees: [{ label: 'Coût estimé (km × coût au km)', value: estimatedCost }] },
};
