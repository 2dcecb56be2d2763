import { LEXICON } from '../lexicon';
import type { DocEvidence, Passage, TableFacts } from '../passages';
import { best, byGroup, column, grade, plural, type Grade, type Grader } from '../grade-kit';
import { hasContent, hasFigure, norm, numbersIn, sentences } from '../text';
import { ADVICE } from '../../advice';

/** An indicator given with its planned and its actual value, and whether its gap is written out. */
interface Pair {
  passage: Passage;
  gap: boolean;
  /** The table row or the sentence it was read from, so the same figures count once. */
  key: string;
}

const PLANNED_COL = /prevu|prorata|objectif au|cible|objectif|vise/;
const ACTUAL_COL = /realise|\breel|atteint|resultat|cumul|^au \d|^fin |^(janv|fevr|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)|^t[1-4]|^s[12]/;

function valueIn(cell: string | undefined): number | null {
  if (!cell || !hasContent(cell)) return null;
  const nums = numbersIn(cell.replace(/\b\d{1,2}\/\d{1,2}(\/\d{2,4})?\b/g, ' '));
  return nums.length ? nums[0] : null;
}

/** Rows of tracking tables with a planned and an actual value. */
function tablePairs(tables: TableFacts[], passages: Passage[]): Pair[] {
  const out: Pair[] = [];
  for (const facts of tables) {
    const planned = facts.headers.map((h, i) => (i > 0 && PLANNED_COL.test(h) && !/indicateur/.test(h) ? i : -1)).filter((i) => i >= 0);
    const actual = facts.headers.map((h, i) => (i > 0 && ACTUAL_COL.test(h) && !PLANNED_COL.test(h) ? i : -1)).filter((i) => i >= 0);
    if (!planned.length || !actual.length) continue;
    const gapCol = column(facts, /ecart|taux de realisation/);
    // Prefer the target due at the date of the actual values ("prévu au 28/02", "prorata") over the final one.
    const order = [...planned].sort((a, b) => Number(/prevu|prorata|au /.test(facts.headers[b])) - Number(/prevu|prorata|au /.test(facts.headers[a])));
    facts.rows.forEach((row, r) => {
      const plannedValue = order.map((i) => valueIn(row.n[i])).find((v) => v !== null);
      const actualValue = [...actual]
        .reverse()
        .map((i) => valueIn(row.n[i]))
        .find((v) => v !== null);
      if (plannedValue === undefined || actualValue === undefined) return;
      const passage = passages.find((p) => p.table?.facts === facts && p.table.row === r);
      if (passage)
        out.push({
          passage,
          key: `${facts.index}:${r}`,
          gap: (gapCol >= 0 && valueIn(row.n[gapCol]) !== null) || LEXICON.gapWritten.test(row.n.slice(1).join(' ; ')),
        });
    });
  }
  return out;
}

const PAIR =
  /\d[^.;]{0,25}?\bpour \d[^.;]{0,30}?(vises?|attendus?|attendues?|prevus?|prevues?)|\d[^.;]{0,20}?\bsur \d+ (vises?|attendus?|prevus?)|(prevoyait|objectif|prorata|prevu|attendu)[^.;]{0,60}?(j'en (ai|suis)|on est a|realise|\d[^.;]{0,20}?\bpour\b)|\(prorata ?: ?\d|objectif au prorata[^.;]{0,30}?: ?\d|au-dessus de l'objectif/g;

/** Sentences that give a planned and an actual value ("j'en ai 6 pour 8 prévues", "14 pour 20 attendus"). */
function prosePairs(passages: Passage[]): Pair[] {
  const out: Pair[] = [];
  for (const p of passages) {
    if (p.table) continue;
    for (const s of sentences(p.text)) {
      const n = norm(s);
      const numbers = numbersIn(n.replace(/\b\d{1,2}\/\d{1,2}(\/\d{2,4})?\b/g, ' ')).filter((x) => !(x >= 1990 && x <= 2100));
      if (numbers.length < 2) continue;
      // One sentence may give several indicators ("9 toitures pour 10 prévues, et 410 k€ pour 450 k€ attendus").
      const found = n.match(PAIR) ?? [];
      found.forEach((m, k) => out.push({ passage: p, key: `${n}#${k}`, gap: LEXICON.gapWritten.test(n) }));
    }
  }
  return out;
}

function kpiPairs(ev: DocEvidence): Pair[] {
  const seen = new Set<string>();
  return [...tablePairs(ev.tables, ev.passages), ...prosePairs(ev.passages)].filter((pair) => !seen.has(pair.key) && seen.add(pair.key));
}

/** Corrective actions tied to a quantified gap (a target derived from it, or set against it in a table). */
function correctiveTied(ev: DocEvidence): Passage[] {
  return ev.passages.filter((p) => {
    if (p.table) return /corrective|correctif/.test(p.table.facts.headers.join(' ')) && /ecart/.test(p.table.facts.headers.join(' ')) && hasFigure(p.n);
    return (LEXICON.corrective.test(p.n) || LEXICON.corrective.test(p.context)) && LEXICON.correctiveTarget.test(p.n) && hasFigure(p.n);
  });
}

/** 2.7.a — planned vs actual for ≥ 2 objectives, the gap written, a corrective action tied to it. */
export const gradeTracking: Grader = ({ ev, t }) => {
  const pairs = kpiPairs(ev);
  const tied = correctiveTied(ev);
  const evidence = [...pairs.map((p) => p.passage), ...tied];
  // The gap may be written beside the table ("Écart au T2 : −6 clients et −80 k€").
  const contexts = new Set(pairs.map((p) => p.passage.context));
  const gapWritten =
    pairs.some((p) => p.gap) ||
    ev.passages.some((p) => contexts.has(p.context) && !p.table && /ecart|retard/.test(p.n) && /-\s?\d|\bretard de \d|\d+ de retard/.test(p.n));
  if (!pairs.length) return grade('missing', tied, [ADVICE['2.7.a'].noPlannedActual]);
  const advice: string[] = [];
  if (pairs.length < t.minTrackedObjectives)
    advice.push(ADVICE['2.7.a'].tooFewTracked(plural(pairs.length, 'objectif suivi', 'objectifs suivis'), t.minTrackedObjectives));
  if (!gapWritten) advice.push(ADVICE['2.7.a'].writeGap);
  if (!tied.length) advice.push(ADVICE['2.7.a'].tieCorrective);
  return grade(advice.length ? 'partial' : 'satisfied', evidence, advice);
};

/** The value a cell or sentence ends on: after the last "=", "≈" or "soit", else its first amount. */
function finalValue(n: string, unit: RegExp): number | null {
  const parts = n.split(/=|≈|\bsoit\b/);
  for (const part of [parts[parts.length - 1], n]) {
    const m = new RegExp(`(-?\\d{1,3}(?: \\d{3})+|-?\\d+)(?:,\\d+)?\\s?(?:${unit.source})`).exec(part);
    if (m) return numbersIn(m[0])[0] ?? null;
  }
  return null;
}

/** The part of a sentence that speaks of one figure: from its keyword to the next cost, gain or ROI keyword. */
function segmentOf(n: string, keyword: RegExp): string {
  const at = n.search(keyword);
  const rest = n.slice(at);
  const others = [LEXICON.cost, LEXICON.gain, LEXICON.roi].filter((re) => re !== keyword);
  const next = Math.min(
    ...others.map((re) => {
      const i = rest.slice(1).search(re);
      return i < 0 ? rest.length : i + 1;
    }),
  );
  return rest.slice(0, next);
}

interface Roi {
  passages: Passage[];
  cost: number | null;
  gain: number | null;
  roi: number | null;
  inTracking: boolean;
}

function roiCorrect(r: Roi, tolerance: number): boolean {
  if (r.cost === null || r.gain === null || r.roi === null || r.cost === 0) return false;
  const net = ((r.gain - r.cost) / r.cost) * 100;
  const gross = (r.gain / r.cost) * 100;
  return Math.abs(net - r.roi) <= tolerance || Math.abs(gross - r.roi) <= tolerance || Math.abs(r.gain - r.cost - r.roi) <= 1;
}

/** Cost, gain and ROI of corrective actions: rows of a corrective table, or the sentences of a corrective passage. */
function correctiveRois(ev: DocEvidence): Roi[] {
  const out: Roi[] = [];
  for (const group of byGroup(ev.passages.filter((p) => p.table))) {
    const facts = group[0].table!.facts;
    const headers = facts.headers.join(' ');
    if (!/corrective|correctif|ecart/.test(headers) || !/cout|roi|gain/.test(headers)) continue;
    const [costCol, gainCol, roiCol] = [column(facts, /cout/), column(facts, /gain/), column(facts, /\broi\b|retour/)];
    for (const p of group) {
      const row = facts.rows[p.table!.row];
      out.push({
        passages: [p],
        cost: costCol >= 0 ? (finalValue(row.n[costCol] ?? '', /k€|€/) ?? valueIn(row.n[costCol])) : null,
        gain: gainCol >= 0 ? finalValue(row.n[gainCol] ?? '', /k€|€/) : null,
        roi: roiCol >= 0 ? finalValue(row.n[roiCol] ?? '', /%/) : null,
        inTracking: true,
      });
    }
  }
  const corrective = ev.passages.filter(
    (p) => !p.table && (LEXICON.corrective.test(p.n) || LEXICON.corrective.test(p.context) || /action corrective/.test(p.context)),
  );
  for (const p of corrective) {
    const i = ev.passages.indexOf(p);
    // A corrective action and the lines that cost it: the passage and the next ones under the same heading.
    const block = [p, ...ev.passages.slice(i + 1, i + 4).filter((q) => q.context === p.context && !q.table)];
    const r: Roi = { passages: [], cost: null, gain: null, roi: null, inTracking: false };
    for (const q of block) {
      for (const s of sentences(q.text)) {
        const n = norm(s);
        if (r.cost === null && LEXICON.cost.test(n)) r.cost = finalValue(segmentOf(n, LEXICON.cost), /k€|€/);
        if (r.gain === null && LEXICON.gain.test(n)) r.gain = finalValue(segmentOf(n, LEXICON.gain), /k€|€/);
        if (r.roi === null && LEXICON.roi.test(n)) r.roi = finalValue(segmentOf(n, LEXICON.roi), /%/);
      }
      if (LEXICON.cost.test(q.n) || LEXICON.gain.test(q.n) || LEXICON.roi.test(q.n)) r.passages.push(q);
      if (/suivi|tableau|onglet|fichier de suivi/.test(q.n)) r.inTracking = true;
    }
    if (LEXICON.kpiContext.test(p.context) || /correct/.test(p.context)) r.inTracking = true;
    if (r.passages.length) out.push(r);
  }
  return out;
}

/** 2.7.b — for ≥ 1 corrective action: cost, gain and a correct ROI, in or with the tracking. */
export const gradeCorrectiveRoi: Grader = ({ ev, t }) => {
  const rois = correctiveRois(ev).filter((r) => r.cost !== null || r.gain !== null || r.roi !== null);
  if (!rois.length) return grade('missing', [], [ADVICE['2.7.b'].nothingFigured]);
  const complete = rois.filter((r) => r.cost !== null && r.gain !== null && r.roi !== null);
  const correct = complete.filter((r) => roiCorrect(r, t.roiTolerancePoints));
  const placed = correct.filter((r) => r.inTracking);
  const evidence = rois.flatMap((r) => r.passages);
  if (placed.length)
    return grade(
      'satisfied',
      placed.flatMap((r) => r.passages),
    );
  if (correct.length) return grade('partial', evidence, [ADVICE['2.7.b'].intoTracking]);
  if (complete.length) return grade('partial', evidence, [ADVICE['2.7.b'].wrongRoi]);
  const missing = [
    rois.some((r) => r.cost !== null) ? '' : ADVICE['2.7.b'].costWord,
    rois.some((r) => r.gain !== null) ? '' : ADVICE['2.7.b'].gainWord,
    rois.some((r) => r.roi !== null) ? '' : ADVICE['2.7.b'].roiWord,
  ].filter(Boolean);
  return grade('partial', evidence, [ADVICE['2.7.b'].alsoGive(missing.join(', '))]);
};

/** 4.4.a — ≥ 2 KPIs with their objective and their actual result. */
export const gradeKpiGap: Grader = ({ ev, t }) => {
  const pairs = kpiPairs(ev);
  if (pairs.length >= t.minKpis)
    return grade(
      'satisfied',
      pairs.map((p) => p.passage),
    );
  const results = ev.passages.filter(
    (p) => (LEXICON.kpiContext.test(p.context) || LEXICON.series.test(p.n)) && (LEXICON.series.test(p.n) || LEXICON.actual.test(p.n)) && hasFigure(p.n),
  );
  if (pairs.length || results.length)
    return grade('partial', [...pairs.map((p) => p.passage), ...results.slice(0, 3)], [ADVICE['4.4.a'].tooFewPairs(t.minKpis)]);
  return grade('missing', [], [ADVICE['4.4.a'].noKpi]);
};

/** 4.4.b — ≥ 3 KPIs in one view with values for ≥ 2 periods. */
export const gradeDashboard: Grader = ({ ev, t }) => {
  const grades: Grade[] = [];
  for (const facts of ev.tables) {
    const periods = facts.headers.map((h, i) => (i > 0 && LEXICON.periods.test(h) ? i : -1)).filter((i) => i >= 0);
    if (periods.length < t.minPeriods) continue;
    const evolving = facts.rows.filter((row) => periods.filter((i) => valueIn(row.n[i]) !== null).length >= t.minPeriods);
    const passages = ev.passages.filter((p) => p.table?.facts === facts);
    if (evolving.length >= t.minDashboardKpis) grades.push(grade('satisfied', passages));
    else if (evolving.length)
      grades.push(grade('partial', passages, [ADVICE['4.4.b'].tooFewEvolving(plural(evolving.length, 'indicateur'), t.minDashboardKpis, t.minPeriods)]));
  }
  for (const group of byGroup(ev.passages.filter((p) => !p.table))) {
    // One indicator per sentence or line that gives a series ("5 → 9 → 14" is one indicator).
    const series = group.reduce((a, p) => a + sentences(p.text).filter((s) => LEXICON.series.test(norm(s))).length, 0);
    const kpis = group.filter((p) => LEXICON.series.test(p.n));
    if (series >= t.minDashboardKpis && kpis.length) grades.push(grade('satisfied', kpis));
    else if (series) grades.push(grade('partial', kpis, [ADVICE['4.4.b'].groupSeries(plural(series, 'indicateur'), t.minDashboardKpis, t.minPeriods)]));
  }
  const values = kpiPairs(ev);
  if (values.length)
    grades.push(
      grade(
        'partial',
        values.map((p) => p.passage),
        [ADVICE['4.4.b'].onePeriodShown(t.minPeriods)],
      ),
    );
  return best(grade('missing', [], [ADVICE['4.4.b'].noValue]), ...grades);
};
