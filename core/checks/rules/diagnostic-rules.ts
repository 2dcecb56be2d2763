import type { Rule } from '../rule-kit';
import { blocksOf, countOf, fromText, outcome, ratingScale, sectionTarget, words } from '../rule-kit';
import { cellText, filledRows, isFilled, opportunityScore, riskScore, type CellValue } from '../../schema/blocks';
import { ADVICE } from '../advice';

/** A rule on one table of the external diagnostic whose rows must all be rated. */
function ratedRowsRule(options: {
  table: 'opportunites' | 'menaces';
  criterion: '1.1.a' | '1.1.b';
  /** A rating column of the table, whose scale the advice names. */
  ratedColumn: string;
  score: (row: Record<string, CellValue>) => number | null;
  minimum: (ctx: Parameters<Rule>[0]) => number;
  rated: [string, string];
  scale: string;
}): Rule {
  return (ctx) => {
    const target = sectionTarget(ctx, 'opportunitesMenaces');
    const block = blocksOf(ctx, 'opportunitesMenaces').find((b) => filledRows(b.data, options.table).length);
    if (!block) return fromText(ctx, options.criterion);
    const rows = filledRows(block.data, options.table);
    const rated = rows.filter((r) => options.score(r) !== null);
    const advice: string[] = [];
    if (rated.length < rows.length)
      advice.push(ADVICE[options.criterion].unrated(rows.length - rated.length, rows.length, ratingScale(block.spec, options.table, options.ratedColumn)));
    if (rows.length < options.minimum(ctx)) advice.push(ADVICE[options.criterion].tooFew(options.minimum(ctx)));
    const evidence = [{ label: `${countOf(rated.length, rows.length, ...options.rated)} ${options.scale}`, index: block.index }];
    return outcome(advice.length ? 'partial' : 'satisfied', evidence, advice, target, block);
  };
}

/** 1.1.a — opportunities rated for feasibility and economic efficiency. */
export const opportunitiesRule = ratedRowsRule({
  table: 'opportunites',
  criterion: '1.1.a',
  score: opportunityScore,
  minimum: (ctx) => ctx.thresholds.diagnostic.minOpportunities,
  rated: ['opportunité notée', 'opportunités notées'],
  ratedColumn: 'faisabilite',
  scale: '(faisabilité × efficacité économique)',
});

/** 1.1.b — threats estimated as risks (probability × impact). */
export const threatsRule = ratedRowsRule({
  table: 'menaces',
  criterion: '1.1.b',
  score: riskScore,
  minimum: (ctx) => ctx.thresholds.diagnostic.minThreats,
  rated: ['menace estimée', 'menaces estimées'],
  ratedColumn: 'probabilite',
  scale: 'en risque (probabilité × impact)',
});

/** 1.2.a — decisive competitive advantages, justified. */
export const advantagesRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'diagnosticInterne');
  const block = blocksOf(ctx, 'diagnosticInterne').find((b) => filledRows(b.data, 'avantages').length || filledRows(b.data, 'forces').length);
  if (!block) {
    return fromText(ctx, '1.2.a');
  }
  const advantages = filledRows(block.data, 'avantages');
  const decisive = advantages.filter((r) => r.decisif === true);
  const justified = decisive.filter((r) => words(r.justification) >= ctx.thresholds.diagnostic.minJustificationWords);
  const advice: string[] = [];
  if (!filledRows(block.data, 'forces').length || !filledRows(block.data, 'faiblesses').length) advice.push(ADVICE['1.2.a'].strengthsFirst);
  if (!advantages.length) advice.push(ADVICE['1.2.a'].noAdvantage);
  else if (!decisive.length) advice.push(ADVICE['1.2.a'].noneDecisive);
  else if (justified.length < decisive.length)
    advice.push(ADVICE['1.2.a'].unjustified(decisive.length - justified.length, decisive.length, ctx.thresholds.diagnostic.minJustificationWords));
  const evidence = decisive.map((r) => ({ label: `Avantage décisif : ${cellText(r.intitule)}`, index: block.index }));
  return outcome(
    advice.length ? (advantages.length || isFilled(block.data.tables.forces?.[0]?.intitule) ? 'partial' : 'missing') : 'satisfied',
    evidence.length ? evidence : [{ label: 'Diagnostic interne', index: block.index }],
    advice,
    target,
    block,
  );
};
