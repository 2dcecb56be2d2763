import type { BlockData, CellValue } from './block-spec';
import { ACTION_TYPES } from './specs-pac';
import { filledRows, cellText } from './validate-block';
import { agree, nounCount, formatFrNumber, formatPercent, parseFrDate, parseFrNumber } from './parse-values';

const num = (v: CellValue | undefined) => parseFrNumber(v);

/** Feasibility × economic efficiency (out of 25), or null if a rating is missing. */
export function opportunityScore(row: Record<string, CellValue>): number | null {
  const f = num(row.faisabilite);
  const e = num(row.efficacite);
  return f === null || e === null ? null : f * e;
}

/** Probability × impact (out of 25), or null if a rating is missing. */
export function riskScore(row: Record<string, CellValue>): number | null {
  const p = num(row.probabilite);
  const i = num(row.impact);
  return p === null || i === null ? null : p * i;
}

/** A risk score in words. */
export function riskLevel(score: number): 'faible' | 'modéré' | 'élevé' {
  return score <= 6 ? 'faible' : score <= 12 ? 'modéré' : 'élevé';
}

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
    const budget = num(row.budget) ?? 0;
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

/** The go / no-go grid's weighted score, weight per family and what the threshold says. */
export interface GoNoGoScore {
  score: number | null;
  weightSum: number;
  families: Record<string, number>;
  threshold: number | null;
  suggested: 'Go' | 'No go' | null;
}

/** Weighted score in % (Σ weight × note / 5). */
export function goNoGoScore(data: BlockData): GoNoGoScore {
  const rows = filledRows(data, 'criteres');
  const families: Record<string, number> = {};
  let weightSum = 0;
  let score = 0;
  let complete = rows.length > 0;
  for (const row of rows) {
    const w = num(row.poids);
    const n = num(row.note);
    const fam = cellText(row.famille);
    if (w !== null) {
      weightSum += w;
      if (fam) families[fam] = (families[fam] ?? 0) + w;
    }
    if (w === null || n === null) complete = false;
    else score += (w * n) / 5;
  }
  const threshold = num(data.fields.seuil);
  const finalScore = complete ? score : null;
  return {
    score: finalScore,
    weightSum,
    families,
    threshold,
    suggested: finalScore === null || threshold === null ? null : finalScore >= threshold ? 'Go' : 'No go',
  };
}

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

/** Gap = actual − target; gap % = gap / target; ROI = (gain − cost) / cost. */
export function trackingRows(data: BlockData): TrackingRow[] {
  return (data.tables.lignes ?? []).flatMap((row, index) => {
    if (!Object.values(row).some((v) => v !== false && v !== '' && !(Array.isArray(v) && !v.length))) return [];
    const target = num(row.cible);
    const actual = num(row.realise);
    const gap = target !== null && actual !== null ? actual - target : null;
    const cost = num(row.cout);
    const gain = num(row.gain);
    return [
      {
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
      },
    ];
  });
}

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

/** The periods' labels of a KPI dashboard. */
export function kpiPeriods(data: BlockData): string[] {
  return ['periode1', 'periode2', 'periode3', 'periode4'].map((k, i) => cellText(data.fields[k]) || `P${i + 1}`);
}

/** Each indicator's values, last value, gap to objective and trend. */
export function kpiSeries(data: BlockData): KpiSeries[] {
  return (data.tables.indicateurs ?? []).flatMap((row, index) => {
    if (!cellText(row.indicateur)) return [];
    const values = ['p1', 'p2', 'p3', 'p4'].map((k) => num(row[k]));
    const filled = values.filter((v): v is number => v !== null);
    const last = filled.length ? filled[filled.length - 1] : null;
    const objective = num(row.objectif);
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

/** Tour totals of a prospection plan; the cost falls back to km × cost per km. */
export function prospectionTotals(data: BlockData): { visits: number; km: number; cost: number | null; costPerVisit: number | null; zones: number } {
  const rows = filledRows(data, 'tournees');
  const perKm = num(data.fields.coutKm);
  let visits = 0;
  let km = 0;
  let cost: number | null = 0;
  for (const row of rows) {
    visits += num(row.visites) ?? 0;
    const k = num(row.km) ?? 0;
    km += k;
    const c = num(row.cout) ?? (perKm !== null ? k * perKm : null);
    cost = cost === null || c === null ? null : cost + c;
  }
  if (!rows.length) cost = null;
  return { visits, km, cost, costPerVisit: cost !== null && visits > 0 ? cost / visits : null, zones: rows.length };
}

/** A line of a block's computed summary. */
export interface SummaryLine {
  label: string;
  value: string;
  tone?: 'ok' | 'warn' | 'bad';
}

const money = (n: number) => `${formatFrNumber(n)}\u202f€`;

/** The computed summary a block shows under its tables (and prints later). */
export function blockSummary(name: string, data: BlockData): SummaryLine[] {
  switch (name) {
    case 'opportunitesMenaces': {
      const opps = filledRows(data, 'opportunites')
        .map((r) => ({ label: cellText(r.intitule), score: opportunityScore(r) }))
        .filter((o) => o.score !== null);
      const risks = filledRows(data, 'menaces')
        .map((r) => ({ label: cellText(r.intitule), score: riskScore(r) }))
        .filter((o) => o.score !== null);
      const best = [...opps].sort((a, b) => b.score! - a.score!)[0];
      const worst = [...risks].sort((a, b) => b.score! - a.score!)[0];
      return [
        ...(best ? [{ label: 'Opportunité prioritaire', value: `${best.label} (${best.score}/25)` }] : []),
        ...(worst
          ? [
              {
                label: 'Risque le plus élevé',
                value: `${worst.label} (${worst.score}/25, ${riskLevel(worst.score!)})`,
                tone: worst.score! > 12 ? ('bad' as const) : undefined,
              },
            ]
          : []),
      ];
    }
    case 'pac': {
      const s = pacShares(data);
      return [
        { label: 'Budget total', value: money(s.totalBudget) },
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
    case 'goNoGo': {
      const g = goNoGoScore(data);
      const decision = cellText(data.fields.decision);
      const lines: SummaryLine[] = [
        { label: 'Score pondéré', value: g.score === null ? '—' : `${formatFrNumber(g.score, 1)} %` },
        {
          label: 'Poids par famille',
          value:
            Object.entries(g.families)
              .map(([f, w]) => `${f} ${formatFrNumber(w)} %`)
              .join(', ') || '—',
        },
      ];
      if (g.suggested) lines.push({ label: 'La grille indique', value: g.suggested, tone: decision && decision !== g.suggested ? 'warn' : 'ok' });
      return lines;
    }
    case 'suivi': {
      const rows = trackingRows(data);
      const totalCost = rows.reduce((a, r) => a + (r.cost ?? 0), 0);
      const totalGain = rows.reduce((a, r) => a + (r.gain ?? 0), 0);
      return [
        { label: 'Écarts négatifs', value: `${rows.filter((r) => (r.gap ?? 0) < 0).length} sur ${rows.length}` },
        { label: 'ROI global des actions correctives', value: totalCost > 0 ? formatPercent((totalGain - totalCost) / totalCost) : '—' },
      ];
    }
    case 'kpi': {
      const series = kpiSeries(data);
      return [
        { label: 'Indicateurs à l’objectif', value: `${series.filter((s) => s.gapToObjective !== null && s.gapToObjective >= 0).length} sur ${series.length}` },
      ];
    }
    case 'prospection': {
      const t = prospectionTotals(data);
      return [
        { label: 'Visites', value: `${formatFrNumber(t.visits)} en ${nounCount(t.zones, 'zone')}` },
        { label: 'Kilomètres', value: formatFrNumber(t.km) },
        {
          label: 'Coût des déplacements',
          value: t.cost === null ? '—' : `${money(t.cost)}${t.costPerVisit !== null ? ` (${money(t.costPerVisit)} par visite)` : ''}`,
        },
      ];
    }
    case 'segmentation': {
      const chosen = filledRows(data, 'segments')
        .filter((r) => r.cible === true)
        .map((r) => cellText(r.nom));
      return [{ label: agree(chosen.length, 'Cible retenue', 'Cibles retenues'), value: chosen.join(', ') || '—', tone: chosen.length ? 'ok' : 'warn' }];
    }
    default:
      return [];
  }
}

/** Read-only columns computed per row (risk, score, gap, ROI), shown beside a table. */
export function computedColumns(name: string, table: string): Array<{ label: string; value: (row: Record<string, CellValue>) => string }> {
  const pct = (n: number | null) => (n === null ? '—' : formatPercent(n, 1));
  if (name === 'opportunitesMenaces' && table === 'opportunites') return [{ label: 'Score /25', value: (r) => String(opportunityScore(r) ?? '—') }];
  if (name === 'opportunitesMenaces' && table === 'menaces') {
    return [
      {
        label: 'Risque /25',
        value: (r) => {
          const s = riskScore(r);
          return s === null ? '—' : `${s} (${riskLevel(s)})`;
        },
      },
    ];
  }
  if (name === 'suivi' && table === 'lignes') {
    const one = (r: Record<string, CellValue>) => trackingRows({ fields: {}, tables: { lignes: [r] } })[0];
    return [
      {
        label: 'Écart',
        value: (r) => {
          const t = one(r);
          return t?.gap === null || !t ? '—' : `${formatFrNumber(t.gap, 2)} (${pct(t.gapRatio)})`;
        },
      },
      { label: 'ROI', value: (r) => pct(one(r)?.roi ?? null) },
    ];
  }
  return [];
}
