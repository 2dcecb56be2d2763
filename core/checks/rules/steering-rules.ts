import type { Rule } from '../rule-kit';
import { blocksOf, countOf, fromText, outcome, sectionTarget, words } from '../rule-kit';
import { formatFrNumber, formatPercent, isFilled, kpiSeries, trackingRows } from '../../schema/blocks';

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
  if (measured.length < rows.length)
    advice.push(
      `${countOf(rows.length - measured.length, rows.length, 'ligne|n’a', 'lignes|n’ont')} pas d’objectif ou de réalisé chiffré : l’écart ne peut pas être calculé.`,
    );
  if (corrected.length < behind.length)
    advice.push(
      `${countOf(behind.length - corrected.length, behind.length, 'écart négatif|n’a', 'écarts négatifs|n’ont')} pas d’action corrective : l’écart doit devenir son objectif.`,
    );
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
  if (!corrective.length)
    return outcome('missing', [], ['Aucune action corrective dans le tableau de suivi : ajoutez-en avec leur coût et leur gain attendu.'], target, block);
  const advice =
    withRoi.length < corrective.length
      ? [
          `${countOf(corrective.length - withRoi.length, corrective.length, 'action corrective|n’a', 'actions correctives|n’ont')} pas de coût ou de gain : le ROI ne peut pas être calculé.`,
        ]
      : [];
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
    return outcome(
      'manual',
      [{ label: 'Aucun écart négatif ni anomalie relevé', index: block.index }],
      ['Aucune anomalie relevée : le tuteur juge si le suivi en a omis.'],
      target,
      block,
    );
  const advice =
    paired.length < anomalies.length
      ? [`${countOf(anomalies.length - paired.length, anomalies.length, 'anomalie|reste', 'anomalies|restent')} sans action corrective.`]
      : [];
  const effective = paired.filter((r) => r.roi === null || r.roi > 0);
  if (!advice.length && effective.length < paired.length)
    advice.push(
      `${countOf(paired.length - effective.length, paired.length, 'action corrective|a', 'actions correctives|ont')} un ROI négatif : montrez en quoi elles corrigent efficacement.`,
    );
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
  if (measured.length < series.length)
    advice.push(
      `${countOf(series.length - measured.length, series.length, 'indicateur|n’a', 'indicateurs|n’ont')} pas d’objectif ou de résultat : le décalage n’est pas mesuré.`,
    );
  if (series.length < ctx.thresholds.kpi.minIndicators) advice.push(`Suivez au moins ${ctx.thresholds.kpi.minIndicators} indicateurs.`);
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
  if (evolving.length < series.length)
    advice.push(
      `${countOf(series.length - evolving.length, series.length, 'indicateur|n’est suivi', 'indicateurs|ne sont suivis')} que sur une période : ${t.minPeriods} au moins montrent l’évolution.`,
    );
  if (series.length < t.minIndicators) advice.push(`Le tableau de bord doit couvrir au moins ${t.minIndicators} indicateurs pour une vision globale.`);
  if (words(block.data.fields.synthese) < t.minSummaryWords) advice.push('Rédigez la synthèse qui tire les axes de progrès du tableau de bord.');
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    [{ label: `${series.length} indicateurs, ${evolving.length} suivis sur ${t.minPeriods} périodes ou plus`, index: block.index }],
    advice,
    target,
    block,
  );
};
