import type { Rule } from '../rule-kit';
import { blocksOf, countOf, fromText, outcome, sectionTarget, words } from '../rule-kit';
import { agree, cellText, filledRows, isFilled, normalizeText, nounCount, parseFrDate, parseFrNumber } from '../../schema/blocks';

/** 1.3.a — segmentation, target and positioning. */
export const segmentationRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'segmentation');
  const block = blocksOf(ctx, 'segmentation').find((b) => filledRows(b.data, 'segments').length || isFilled(b.data.fields.positionnement));
  if (!block) return fromText(ctx, '1.3.a');
  const t = ctx.thresholds.strategy;
  const segments = filledRows(block.data, 'segments');
  const chosen = segments.filter((r) => r.cible === true);
  const advice: string[] = [];
  if (segments.length < t.minSegments) advice.push(`Décrivez au moins ${t.minSegments} segments.`);
  if (!chosen.length) advice.push('Cochez la ou les cibles retenues parmi les segments.');
  if (words(block.data.fields.positionnement) < t.minPositioningWords) advice.push('Formulez le positionnement en une phrase complète.');
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    [
      {
        label: `${nounCount(segments.length, 'segment')}, ${agree(chosen.length, 'cible', 'cibles')} : ${chosen.map((r) => cellText(r.nom)).join(', ') || 'aucune'}`,
        index: block.index,
      },
    ],
    advice,
    target,
    block,
  );
};

function objectives(ctx: Parameters<Rule>[0]) {
  const block = blocksOf(ctx, 'objectifsSmart').find((b) => filledRows(b.data, 'objectifs').length);
  return { block, rows: block ? filledRows(block.data, 'objectifs') : [] };
}

/** 1.3.b — objectives consistent with the strategy: each tied to a segment or strategic axis. */
export const objectivesCoherenceRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'objectifsSmart');
  const { block, rows } = objectives(ctx);
  if (!block) return fromText(ctx, '1.3.b');
  const seg = blocksOf(ctx, 'segmentation')[0];
  const known = seg
    ? [...filledRows(seg.data, 'segments').map((r) => normalizeText(cellText(r.nom))), normalizeText(cellText(seg.data.fields.axes))].filter(Boolean)
    : [];
  const linked = rows.filter((r) => isFilled(r.segment));
  const matching = known.length
    ? linked.filter((r) => known.some((k) => k.includes(normalizeText(cellText(r.segment))) || normalizeText(cellText(r.segment)).includes(k)))
    : linked;
  const advice: string[] = [];
  if (linked.length < rows.length)
    advice.push(`${countOf(rows.length - linked.length, rows.length, 'objectif|n’est relié', 'objectifs|ne sont reliés')} à aucun segment ni axe stratégique.`);
  else if (matching.length < linked.length)
    advice.push(
      `${countOf(linked.length - matching.length, linked.length, 'objectif|vise', 'objectifs|visent')} un segment absent de la segmentation : utilisez les mêmes noms.`,
    );
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    rows.map((r) => ({ label: `${cellText(r.code) || 'Objectif'} → ${cellText(r.segment) || 'sans segment'}`, index: block.index })),
    advice,
    target,
    block,
  );
};

/** 1.3.c — SMART formulation: indicator, numeric target with unit, deadline. */
export const smartRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'objectifsSmart');
  const { block, rows } = objectives(ctx);
  if (!block) return fromText(ctx, '1.3.c');
  const gaps: Record<string, number> = { 'd’indicateur': 0, 'de valeur cible chiffrée': 0, 'd’unité': 0, 'd’échéance': 0 };
  for (const r of rows) {
    if (!isFilled(r.indicateur)) gaps['d’indicateur']++;
    if (parseFrNumber(r.cible) === null) gaps['de valeur cible chiffrée']++;
    if (!isFilled(r.unite)) gaps['d’unité']++;
    if (!parseFrDate(r.echeance)) gaps['d’échéance']++;
  }
  const advice = Object.entries(gaps)
    .filter(([, n]) => n)
    .map(([what, n]) => `${countOf(n, rows.length, 'objectif|n’a', 'objectifs|n’ont')} pas ${what}.`);
  if (rows.length < ctx.thresholds.strategy.minSmartObjectives) advice.push(`Fixez au moins ${ctx.thresholds.strategy.minSmartObjectives} objectifs.`);
  const complete = rows.length - Math.max(0, ...Object.values(gaps));
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    [
      {
        label: `${countOf(complete, rows.length, 'objectif complet', 'objectifs complets')} (indicateur, cible chiffrée, unité, échéance)`,
        index: block.index,
      },
    ],
    advice,
    target,
    block,
  );
};
