import type { Rule } from '../rule-kit';
import { blocksOf, fromText, outcome, sectionTarget, words } from '../rule-kit';
import { formatFrNumber, formatPercent, isFilled, kpiSeries, trackingRows } from '../../schema/blocks';
import { ADVICE } from '../advice';

function tracking(ctx: Parameters<Rule>[0]) {
  const block = blocksOf(ctx, 'suivi').find((b) => trackingRows(b.data).length);
  return { block, rows: block ? trackingRows(block.data) : [] };
}

/** 2.7.a — the tracking dashboard quantifies the gap that the corrective actions target. */
export const trackingGapRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'suivi');
  const { block, rows } = tracking(ctx);
  if (!block) return fromText(ctx, '2.7.a');
  const measured = rows.filter((r) => r.gap !== null);
  const behind = measured.filter((r) => (r.gap ?? 0) < 0);
  const corrected = behind.filter((r) => r.corrective);
  const advice: string[] = [];
  if (measured.length < rows.length) advice.push(ADVICE['2.7.a'].notFigured(rows.length - measured.length, rows.length));
  if (corrected.length < behind.length) advice.push(ADVICE['2.7.a'].uncorrected(behind.length - corrected.length, behind.length));
  const evidence = measured.map((r) => ({
    label: `${r.label} : écart ${formatFrNumber(r.gap!, 2)}${r.gapRatio !== null ? ` (${formatPercent(r.gapRatio, 1)})` : ''}`,
    index: block.index,
  }));
  return outcome(!measured.length ? 'partial' : advice.length ? 'partial' : 'satisfied', evidence, advice, target, block);
};

/** 2.7.b — ROI of corrective actions computed in the dashboard. */
export const correctiveRoiRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'suivi');
  const { block, rows } = tracking(ctx);
  if (!block) return fromText(ctx, '2.7.b');
  const corrective = rows.filter((r) => r.corrective);
  const withRoi = corrective.filter((r) => r.roi !== null);
  if (!corrective.length) return outcome('missing', [], [ADVICE['2.7.b'].noCorrective], target, block);
  const advice = withRoi.length < corrective.length ? [ADVICE['2.7.b'].noRoi(corrective.length - withRoi.length, corrective.length)] : [];
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    withRoi.map((r) => ({ label: `${r.label} : ROI ${formatPercent(r.roi!, 1)}`, index: block.index })),
    advice,
    target,
    block,
  );
};

/** 4.3.a — corrective actions address the anomalies found. */
export const anomaliesRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'suivi');
  const { block, rows } = tracking(ctx);
  if (!block) return fromText(ctx, '4.3.a');
  const anomalies = rows.filter((r) => (r.gap ?? 0) < 0 || isFilled(block.data.tables.lignes?.[r.index]?.anomalie));
  const paired = anomalies.filter((r) => r.corrective);
  if (!anomalies.length)
    return outcome('manual', [{ label: 'Aucun écart négatif ni anomalie relevé', index: block.index }], [ADVICE['4.3.a'].noAnomaly], target, block);
  const advice = paired.length < anomalies.length ? [ADVICE['4.3.a'].uncorrected(anomalies.length - paired.length, anomalies.length)] : [];
  const effective = paired.filter((r) => r.roi === null || r.roi > 0);
  if (!advice.length && effective.length < paired.length) advice.push(ADVICE['4.3.a'].negativeRoi(paired.length - effective.length, paired.length));
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    paired.map((r) => ({ label: `${r.label} → ${r.corrective.slice(0, 80)}`, index: block.index })),
    advice,
    target,
    block,
  );
};

function kpiBlock(ctx: Parameters<Rule>[0]) {
  return blocksOf(ctx, 'kpi').find((b) => kpiSeries(b.data).length);
}

/** 4.4.a — performance indicators measure the gap between objectives and results. */
export const kpiGapRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'kpi');
  const block = kpiBlock(ctx);
  if (!block) return fromText(ctx, '4.4.a');
  const series = kpiSeries(block.data);
  const measured = series.filter((s) => s.gapToObjective !== null);
  const advice: string[] = [];
  if (measured.length < series.length) advice.push(ADVICE['4.4.a'].notMeasured(series.length - measured.length, series.length));
  if (series.length < ctx.thresholds.kpi.minIndicators) advice.push(ADVICE['4.4.a'].tooFew(ctx.thresholds.kpi.minIndicators));
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    measured.map((s) => ({
      label: `${s.label} : ${formatFrNumber(s.last!, 2)} pour ${formatFrNumber(s.objective!, 2)} (écart ${formatFrNumber(s.gapToObjective!, 2)})`,
      index: block.index,
    })),
    advice,
    target,
    block,
  );
};

/** 4.4.b — the dashboard gives a synthetic, global view of the indicators and their evolution. */
export const dashboardRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'kpi');
  const block = kpiBlock(ctx);
  if (!block) return fromText(ctx, '4.4.b');
  const series = kpiSeries(block.data);
  const t = ctx.thresholds.kpi;
  const evolving = series.filter((s) => s.periodsFilled >= t.minPeriods);
  const advice: string[] = [];
  if (evolving.length < series.length) advice.push(ADVICE['4.4.b'].onePeriod(series.length - evolving.length, series.length, t.minPeriods));
  if (series.length < t.minIndicators) advice.push(ADVICE['4.4.b'].tooFew(t.minIndicators));
  if (words(block.data.fields.synthese) < t.minSummaryWords) advice.push(ADVICE['4.4.b'].summary);
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    [{ label: `${series.length} indicateurs, ${evolving.length} suivis sur ${t.minPeriods} périodes ou plus`, index: block.index }],
    advice,
    target,
    block,
  );
};
