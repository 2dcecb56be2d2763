import type { Rule } from '../rule-kit';
import { blocksOf, countOf, fromText, outcome, sectionTarget, words } from '../rule-kit';
import { agree, cellText, filledRows, isFilled, normalizeText, nounCount, parseFrDate, parseFrNumber } from '../../schema/blocks';
import { ADVICE } from '../advice';

/** 1.3.a — segmentation, target and positioning. */
export const segmentationRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'segmentation');
  const block = blocksOf(ctx, 'segmentation').find((b) => filledRows(b.data, 'segments').length || isFilled(b.data.fields.positionnement));
  if (!block) return fromText(ctx, '1.3.a');
  const t = ctx.thresholds.strategy;
  const segments = filledRows(block.data, 'segments');
  const chosen = segments.filter((r) => r.cible === true);
  const advice: string[] = [];
  if (segments.length < t.minSegments) advice.push(ADVICE['1.3.a'].tooFewSegments(t.minSegments));
  if (!chosen.length) advice.push(ADVICE['1.3.a'].tickTargets);
  if (words(block.data.fields.positionnement) < t.minPositioningWords) advice.push(ADVICE['1.3.a'].positioning);
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
  if (linked.length < rows.length) advice.push(ADVICE['1.3.b'].unlinked(rows.length - linked.length, rows.length));
  else if (matching.length < linked.length) advice.push(ADVICE['1.3.b'].unknownSegment(linked.length - matching.length, linked.length));
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
  const part = ADVICE['1.3.c'].parts;
  const gaps: Record<string, number> = { [part.indicator]: 0, [part.target]: 0, [part.unit]: 0, [part.deadline]: 0 };
  for (const r of rows) {
    if (!isFilled(r.indicateur)) gaps[part.indicator]++;
    if (parseFrNumber(r.cible) === null) gaps[part.target]++;
    if (!isFilled(r.unite)) gaps[part.unit]++;
    if (!parseFrDate(r.echeance)) gaps[part.deadline]++;
  }
  const advice = Object.entries(gaps)
    .filter(([, n]) => n)
    .map(([what, n]) => ADVICE['1.3.c'].lacking(n, rows.length, what));
  if (rows.length < ctx.thresholds.strategy.minSmartObjectives) advice.push(ADVICE['1.3.c'].tooFew(ctx.thresholds.strategy.minSmartObjectives));
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
