import type { Rule } from '../rule-kit';
import { blocksOf, countOf, fromText, outcome, ratingScale, sectionTarget, words } from '../rule-kit';
import { cellText, filledRows, formatFrNumber, goNoGoScore, isFilled, nounCount, parseFrNumber, prospectionTotals, specOf } from '../../schema/blocks';
import { ADVICE } from '../advice';

/** 2.1.a — internal actors identified. */
export const actorsRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'collaboration');
  const block = blocksOf(ctx, 'collaboration').find((b) => filledRows(b.data, 'acteurs').length);
  if (!block) return fromText(ctx, '2.1.a');
  const rows = filledRows(block.data, 'acteurs');
  const complete = rows.filter((r) => isFilled(r.service) && isFilled(r.role));
  const advice: string[] = [];
  if (complete.length < rows.length) advice.push(ADVICE['2.1.a'].incomplete(rows.length - complete.length, rows.length));
  if (complete.length < ctx.thresholds.collaboration.minActors) advice.push(ADVICE['2.1.a'].tooFew(ctx.thresholds.collaboration.minActors));
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    complete.map((r) => ({ label: `${cellText(r.service)} — ${cellText(r.role)}`, index: block.index })),
    advice,
    target,
    block,
  );
};

/** 2.1.b — collaboration modalities (mode, frequency, deliverables). */
export const collaborationModesRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'collaboration');
  const block = blocksOf(ctx, 'collaboration').find((b) => filledRows(b.data, 'acteurs').length);
  if (!block) return fromText(ctx, '2.1.b');
  const rows = filledRows(block.data, 'acteurs');
  const described = rows.filter((r) => isFilled(r.mode) && isFilled(r.frequence) && isFilled(r.livrables));
  const advice = described.length < rows.length ? [ADVICE['2.1.b'].undescribed(rows.length - described.length, rows.length)] : [];
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    [{ label: countOf(described.length, rows.length, 'collaboration décrite', 'collaborations décrites'), index: block.index }],
    advice,
    target,
    block,
  );
};

/** 2.3.a — supports consistent with the social selling / inbound objectives. */
export const supportsRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'socialSelling');
  const block = blocksOf(ctx, 'socialSelling').find((b) => filledRows(b.data, 'supports').length);
  if (!block) return fromText(ctx, '2.3.a');
  const rows = filledRows(block.data, 'supports');
  const linked = rows.filter((r) => isFilled(r.objectif));
  const advice: string[] = [];
  if (linked.length < rows.length) advice.push(ADVICE['2.3.a'].unlinked(rows.length - linked.length, rows.length));
  if (rows.length < ctx.thresholds.socialSelling.minSupports) advice.push(ADVICE['2.3.a'].tooFew(ctx.thresholds.socialSelling.minSupports));
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    linked.map((r) => ({ label: `${cellText(r.support)} → ${cellText(r.objectif)}`, index: block.index })),
    advice,
    target,
    block,
  );
};

/** 2.3.b — editorial line defined against targets and positioning. */
export const editorialLineRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'socialSelling');
  // The editorial line is the block's fields, all required.
  const fields = specOf('socialSelling').fields.filter((f) => f.required);
  const block = blocksOf(ctx, 'socialSelling').find((b) => fields.some((f) => isFilled(b.data.fields[f.key])));
  if (!block) return fromText(ctx, '2.3.b');
  const missing = fields.filter((f) => !isFilled(block.data.fields[f.key])).map((f) => f.label.toLowerCase());
  return outcome(
    missing.length ? 'partial' : 'satisfied',
    [{ label: 'Ligne éditoriale', index: block.index }],
    missing.length ? [ADVICE['2.3.b'].incomplete(missing.join(', '))] : [],
    target,
    block,
  );
};

function prospectionBlock(ctx: Parameters<Rule>[0]) {
  return blocksOf(ctx, 'prospection').find((b) => isFilled(b.data.fields.ciblage) || isFilled(b.data.fields.accroche) || filledRows(b.data, 'tournees').length);
}

/** 2.4.a — direct detection actions are targeted. */
export const targetingRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'prospection');
  const block = prospectionBlock(ctx);
  if (!block) return fromText(ctx, '2.4.a');
  const advice: string[] = [];
  if (words(block.data.fields.ciblage) < ctx.thresholds.prospection.minTargetingWords) advice.push(ADVICE['2.4.a'].criteria);
  if (!isFilled(block.data.fields.cible)) advice.push(ADVICE['2.4.a'].nameTarget);
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    [{ label: `Cible : ${cellText(block.data.fields.cible) || '—'}`, index: block.index }],
    advice,
    target,
    block,
  );
};

/** 2.4.b — the hook message fits the objectives and the target (its relevance stays the tutor's call). */
export const hookRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'prospection');
  const block = prospectionBlock(ctx);
  if (!block) return fromText(ctx, '2.4.b');
  const n = words(block.data.fields.accroche);
  const t = ctx.thresholds.prospection;
  const advice: string[] = [];
  if (!n) advice.push(ADVICE['2.4.b'].write);
  else if (n < t.minHookWords) advice.push(ADVICE['2.4.b'].tooShort(n));
  else if (n > t.maxHookWords) advice.push(ADVICE['2.4.b'].tooLong(n, t.maxHookWords));
  if (!isFilled(block.data.fields.cible)) advice.push(ADVICE['2.4.b'].target);
  return outcome(
    !n ? 'missing' : advice.length ? 'partial' : 'satisfied',
    [{ label: `Accroche de ${n} mots pour « ${cellText(block.data.fields.cible) || '?'} »`, index: block.index }],
    advice,
    target,
    block,
  );
};

/** 2.4.c — tour logistics limit travel costs. */
export const logisticsRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'prospection');
  const block = blocksOf(ctx, 'prospection').find((b) => filledRows(b.data, 'tournees').length);
  if (!block) return fromText(ctx, '2.4.c');
  const totals = prospectionTotals(block.data);
  const advice: string[] = [];
  if (totals.zones < ctx.thresholds.prospection.minZones) advice.push(ADVICE['2.4.c'].byZone(nounCount(ctx.thresholds.prospection.minZones, 'zone')));
  if (totals.cost === null) advice.push(ADVICE['2.4.c'].cost);
  const label = `${totals.visits} visites, ${formatFrNumber(totals.km)} km${totals.cost !== null ? `, ${formatFrNumber(totals.cost)} €` : ''}`;
  return outcome(advice.length ? 'partial' : 'satisfied', [{ label, index: block.index }], advice, target, block);
};

/** 2.5.a — a multi-criteria go / no-go grid (economic, strategic, feasibility). */
export const goNoGoRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'goNoGo');
  const block = blocksOf(ctx, 'goNoGo').find((b) => filledRows(b.data, 'criteres').length);
  if (!block) return fromText(ctx, '2.5.a');
  const g = goNoGoScore(block.data);
  const rows = filledRows(block.data, 'criteres');
  const t = ctx.thresholds.goNoGo;
  const advice: string[] = [];
  const missingFamilies = t.families.filter((f) => !(f in g.families));
  if (missingFamilies.length) advice.push(ADVICE['2.5.a'].familiesMissing(missingFamilies.join(', ')));
  if (rows.length < t.minCriteria) advice.push(ADVICE['2.5.a'].tooFew(nounCount(rows.length, 'critère'), t.minCriteria));
  if (Math.abs(g.weightSum - 100) > 0.01) advice.push(ADVICE['2.5.a'].weights(formatFrNumber(g.weightSum, 1)));
  if (g.score === null) advice.push(ADVICE['2.5.a'].rate(ratingScale(block.spec, 'criteres', 'note')));
  if (parseFrNumber(block.data.fields.seuil) === null) advice.push(ADVICE['2.5.a'].threshold);
  if (!isFilled(block.data.fields.decision)) advice.push(ADVICE['2.5.a'].decision);
  else if (g.suggested && g.suggested !== block.data.fields.decision)
    advice.push(ADVICE['2.5.a'].contradicts(cellText(block.data.fields.decision), formatFrNumber(g.score ?? 0, 1), formatFrNumber(g.threshold ?? 0)));
  const label = `${rows.length} critères, score ${g.score === null ? '—' : `${formatFrNumber(g.score, 1)} %`}, décision : ${cellText(block.data.fields.decision) || '—'}`;
  return outcome(advice.length ? 'partial' : 'satisfied', [{ label, index: block.index }], advice, target, block);
};

/** 2.6.a — the CRM query identifies the target from the action's objective. */
export const crmRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'crm');
  const block = blocksOf(ctx, 'crm').find((b) => isFilled(b.data.fields.outil) || filledRows(b.data, 'filtres').length);
  if (!block) return fromText(ctx, '2.6.a');
  const advice: string[] = [];
  if (!isFilled(block.data.fields.outil)) advice.push(ADVICE['2.6.a'].tool);
  if (!filledRows(block.data, 'filtres').length) advice.push(ADVICE['2.6.a'].filters);
  if (parseFrNumber(block.data.fields.tailleCible) === null) advice.push(ADVICE['2.6.a'].size);
  if (!isFilled(block.data.fields.objectifAction)) advice.push(ADVICE['2.6.a'].objective);
  return outcome(
    advice.length ? 'partial' : 'satisfied',
    [
      {
        label: `${cellText(block.data.fields.outil) || 'CRM'} : ${nounCount(filledRows(block.data, 'filtres').length, 'filtre')} → ${cellText(block.data.fields.tailleCible) || '?'} contacts`,
        index: block.index,
      },
    ],
    advice,
    target,
    block,
  );
};
