import type { PrintContext } from '../../../render/block-print';
import type { ChartSpec, Inline, RenderBlock } from '../../../render/render-tree';
import { ACTION_TYPE_COLORS, CHART_COLORS, NEUTRAL_COLOR } from '../block-colors';
import type { BlockData, BlockIssue, BlockSpec, SummaryLine } from '../block-spec';
import { cellText, filledRows } from '../block-values';
import { formatMoney, formatPercent, nounCount, parseFrDate, parseFrNumber, round1 } from '../parse-values';

/** Action types of the PAC, as the référentiel names them. */
export const ACTION_TYPES = ['Détection', 'Conquête', 'Fidélisation'] as const;
/** Channels a PAC action can use. */
export const CHANNELS = [
  'E-mailing',
  'Téléphone',
  'Terrain',
  'LinkedIn',
  'Site web',
  'Webinaire',
  'Salon',
  'Évènement',
  'Courrier',
  'Publicité',
  'Partenaires',
  'CRM',
] as const;
/** The phases of building a PAC. */
export const PAC_PHASES = ['Diagnostic', 'Objectifs', 'Actions', 'Budget', 'Planning', 'Suivi'] as const;

/** Count and budget share of each action type in a PAC, the channels used and the total budget. */
export interface PacShares {
  actions: number;
  totalBudget: number;
  byType: Record<(typeof ACTION_TYPES)[number], { count: number; budget: number; countShare: number; budgetShare: number }>;
  untyped: number;
  channels: Record<string, number>;
  multichannelActions: number;
}

/** Computes the PAC balance and channel mix. */
export function pacShares(data: BlockData): PacShares {
  const rows = filledRows(data, 'actions');
  const byType = Object.fromEntries(ACTION_TYPES.map((t) => [t, { count: 0, budget: 0, countShare: 0, budgetShare: 0 }])) as PacShares['byType'];
  const channels: Record<string, number> = {};
  let totalBudget = 0;
  let untyped = 0;
  let multichannelActions = 0;
  for (const row of rows) {
    const budget = parseFrNumber(row.budget) ?? 0;
    totalBudget += budget;
    const type = cellText(row.type) as (typeof ACTION_TYPES)[number];
    if (byType[type]) {
      byType[type].count++;
      byType[type].budget += budget;
    } else untyped++;
    const list = Array.isArray(row.canaux)
      ? row.canaux
      : cellText(row.canaux)
          .split(/\s*[,;/+]\s*/)
          .filter(Boolean);
    for (const c of list) channels[c] = (channels[c] ?? 0) + 1;
    if (list.length >= 2) multichannelActions++;
  }
  for (const t of ACTION_TYPES) {
    byType[t].countShare = rows.length ? byType[t].count / rows.length : 0;
    byType[t].budgetShare = totalBudget ? byType[t].budget / totalBudget : 0;
  }
  return { actions: rows.length, totalBudget, byType, untyped, channels, multichannelActions };
}

/** One bar of the PAC timeline. */
export interface TimelineItem {
  label: string;
  type: string;
  start: Date;
  end: Date;
}

/** The dated actions of a PAC, for the Gantt view. */
export function pacTimeline(data: BlockData): TimelineItem[] {
  return filledRows(data, 'actions').flatMap((row) => {
    const start = parseFrDate(row.debut);
    const end = parseFrDate(row.fin) ?? start;
    return start && end && end >= start ? [{ label: cellText(row.action), type: cellText(row.type), start, end }] : [];
  });
}

/** Budget, balance of action types, channels. */
function summary(data: BlockData): SummaryLine[] {
  const s = pacShares(data);
  return [
    { label: 'Budget total', value: formatMoney(s.totalBudget) },
    ...ACTION_TYPES.map((t) => ({
      label: t,
      value: `${nounCount(s.byType[t].count, 'action')}, ${formatPercent(s.byType[t].countShare)} des actions, ${formatPercent(s.byType[t].budgetShare)} du budget`,
    })),
    {
      label: 'Canaux',
      value:
        Object.entries(s.channels)
          .map(([c, n]) => `${c} (${n})`)
          .join(', ') || '—',
    },
    { label: 'Actions multicanales', value: `${s.multichannelActions} sur ${s.actions}` },
  ];
}

/** An action cannot end before it starts (it would vanish from the calendar). */
function crossIssues(data: BlockData): BlockIssue[] {
  return (data.tables.actions ?? []).flatMap((row, i) => {
    const start = parseFrDate(row.debut);
    const end = parseFrDate(row.fin);
    return start && end && end < start ? [{ path: `tables.actions.${i}.fin`, message: 'La fin précède le début', level: 'error' as const }] : [];
  });
}

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
  const rows = items.map((i) => [ctx.cell(i.label), ...Array.from({ length: columns }, (): Inline[] => [])]);
  const fills = items.map((i) => {
    const a = Math.floor((monthIndex(i.start) - from) / step);
    const b = Math.floor((monthIndex(i.end) - from) / step);
    return [null, ...Array.from({ length: columns }, (_, k) => (k >= a && k <= b ? (ACTION_TYPE_COLORS[i.type] ?? NEUTRAL_COLOR) : null))];
  });
  return {
    kind: 'table',
    header: [ctx.cell('Action'), ...Array.from({ length: columns }, (_, k) => ctx.cell(label(k)))],
    rows,
    fills,
    caption: ctx.caption('Tableau', 'Calendrier des actions du PAC (détection en bleu, conquête en orange, fidélisation en vert)'),
    wide: columns + 1 > 6,
    source: 'pac-calendar',
  };
}

/** Shares of actions and budget per type; no chart of zeros before an action has a type. */
function sharesChart(data: BlockData, ctx: PrintContext): RenderBlock | null {
  const s = pacShares(data);
  if (!ACTION_TYPES.some((t) => s.byType[t].count)) return null;
  const series: ChartSpec['series'] = [
    { name: 'Part des actions', values: ACTION_TYPES.map((t) => round1(s.byType[t].countShare * 100)), color: CHART_COLORS[0] },
  ];
  if (s.totalBudget > 0)
    series.push({ name: 'Part du budget', values: ACTION_TYPES.map((t) => round1(s.byType[t].budgetShare * 100)), color: CHART_COLORS[1] });
  return {
    kind: 'chart',
    chart: { type: 'column', categories: [...ACTION_TYPES], series, unit: '%' },
    caption: ctx.caption('Figure', 'Répartition des actions et du budget par type'),
  };
}

/** The PAC action table, with shares per type, channel mix, total budget and a timeline. */
export const pac: BlockSpec<'pac'> = {
  name: 'pac',
  title: 'Plan d’action commerciale',
  description: 'Une action par ligne : type, canaux, budget, dates, responsable, indicateur et objectif visé (code de l’objectif SMART).',
  sectionIds: ['pac'],
  criteria: ['1.4.a', '1.4.b', '1.4.c'],
  fields: [{ key: 'phases', label: 'Phases d’élaboration suivies', type: 'multiselect', options: PAC_PHASES }],
  tables: [
    {
      key: 'actions',
      label: 'Actions',
      rowLabel: 'action',
      initialRows: 3,
      columns: [
        { key: 'action', label: 'Action', type: 'text', required: true, aliases: ['action', 'actions'] },
        { key: 'type', label: 'Type', type: 'select', options: ACTION_TYPES, required: true, aliases: ['type', 'nature'] },
        { key: 'canaux', label: 'Canaux', type: 'multiselect', options: CHANNELS, required: true, aliases: ['canal', 'canaux'] },
        { key: 'budget', label: 'Budget (€)', type: 'money', aliases: ['budget', 'cout'] },
        { key: 'debut', label: 'Début', type: 'date', aliases: ['debut', 'date de debut'] },
        { key: 'fin', label: 'Fin', type: 'date', aliases: ['fin', 'date de fin'] },
        { key: 'responsable', label: 'Responsable', type: 'text', aliases: ['responsable', 'pilote'] },
        { key: 'kpi', label: 'Indicateur', type: 'text', aliases: ['kpi', 'indicateur'] },
        { key: 'objectif', label: 'Objectif visé', type: 'text', aliases: ['objectif vise', 'objectif'] },
      ],
    },
  ],
  summary,
  crossIssues,
  printExtras: (data, ctx) => [pacCalendar(data, ctx), sharesChart(data, ctx)].filter((b): b is RenderBlock => b !== null),
};
