import type { Notion, Rule } from '../rule-kit';
import type { CellValue } from '../../schema/blocks/block-spec';
import { blocksOf, countOf, fromText, notion, outcome, sectionTarget, words } from '../rule-kit';
import { filledRows, cellText, isFilled } from '../../schema/blocks/block-values';
import { opportunityScore, riskScore } from '../../schema/blocks';

const OPPORTUNITY_NOTIONS = [
  notion('opportunités', 'opportunit'),
  notion('faisabilité', 'faisab'),
  notion('efficacité économique', 'efficacite', 'rentab', 'rentabilite'),
];
const THREAT_NOTIONS = [notion('menaces', 'menace'), notion('probabilité', 'probab'), notion('impact', 'impact'), notion('risque', 'risque')];

/** A rule on one table of the external diagnostic whose rows must all be rated. */
function ratedRowsRule(options: {
  table: 'opportunites' | 'menaces';
  notions: Notion[];
  score: (row: Record<string, CellValue>) => number | null;
  minimum: (ctx: Parameters<Rule>[0]) => number;
  rated: [string, string];
  unrated: [string, string];
  unratedAdvice: string;
  tooFew: (n: number) => string;
  scale: string;
}): Rule {
  return (ctx) => {
    const target = sectionTarget(ctx, 'diagnostic-externe');
    const block = blocksOf(ctx, 'opportunitesMenaces').find((b) => filledRows(b.data, options.table).length);
    if (!block) return fromText(ctx, 'diagnostic-externe', options.notions, { canSatisfy: false, blockTitle: 'Opportunités et menaces' });
    const rows = filledRows(block.data, options.table);
    const rated = rows.filter((r) => options.score(r) !== null);
    const advice: string[] = [];
    if (rated.length < rows.length) advice.push(`${countOf(rows.length - rated.length, rows.length, ...options.unrated)} ${options.unratedAdvice}`);
    if (rows.length < options.minimum(ctx)) advice.push(options.tooFew(options.minimum(ctx)));
    const evidence = [{ label: `${countOf(rated.length, rows.length, ...options.rated)} ${options.scale}`, index: block.index }];
    return outcome(advice.length ? 'partial' : 'satisfied', evidence, advice, target, block);
  };
}

/** 1.1.a — opportunities rated for feasibility and economic efficiency. */
export const opportunitiesRule = ratedRowsRule({
  table: 'opportunites',
  notions: OPPORTUNITY_NOTIONS,
  score: opportunityScore,
  minimum: (ctx) => ctx.thresholds.diagnostic.minOpportunities,
  rated: ['opportunité notée', 'opportunités notées'],
  unrated: ['opportunité|n’a', 'opportunités|n’ont'],
  unratedAdvice: 'pas de note de faisabilité ou d’efficacité économique : notez-les de 1 à 5.',
  tooFew: (n) => `Comparez au moins ${n} opportunités pour montrer que vous retenez les plus pertinentes.`,
  scale: '(faisabilité × efficacité économique)',
});

/** 1.1.b — threats estimated as risks (probability × impact). */
export const threatsRule = ratedRowsRule({
  table: 'menaces',
  notions: THREAT_NOTIONS,
  score: riskScore,
  minimum: (ctx) => ctx.thresholds.diagnostic.minThreats,
  rated: ['menace estimée', 'menaces estimées'],
  unrated: ['menace|n’a', 'menaces|n’ont'],
  unratedAdvice: 'pas d’estimation du risque : ajoutez probabilité et impact.',
  tooFew: (n) => `Présentez au moins ${n} menaces.`,
  scale: 'en risque (probabilité × impact)',
});

/** 1.2.a — decisive competitive advantages, justified. */
export const advantagesRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'diagnostic-interne');
  const block = blocksOf(ctx, 'diagnosticInterne').find((b) => filledRows(b.data, 'avantages').length || filledRows(b.data, 'forces').length);
  if (!block) {
    return fromText(
      ctx,
      'diagnostic-interne',
      [
        notion('forces', 'force'),
        notion('faiblesses', 'faiblesse'),
        notion('avantage concurrentiel', 'avantage concurrentiel', 'avantages concurrentiels'),
        notion('décisif', 'decisif'),
      ],
      { canSatisfy: true, blockTitle: 'Diagnostic interne et SWOT' },
    );
  }
  const advantages = filledRows(block.data, 'avantages');
  const decisive = advantages.filter((r) => r.decisif === true);
  const justified = decisive.filter((r) => words(r.justification) >= ctx.thresholds.diagnostic.minJustificationWords);
  const advice: string[] = [];
  if (!filledRows(block.data, 'forces').length || !filledRows(block.data, 'faiblesses').length)
    advice.push('Listez les forces et les faiblesses du périmètre : elles fondent les avantages concurrentiels.');
  if (!advantages.length) advice.push('Dégagez au moins un avantage concurrentiel.');
  else if (!decisive.length) advice.push('Aucun avantage n’est marqué « décisif » : indiquez lequel fait la différence face aux concurrents.');
  else if (justified.length < decisive.length)
    advice.push(
      `${countOf(decisive.length - justified.length, decisive.length, 'avantage décisif|n’est pas justifié', 'avantages décisifs|ne sont pas justifiés')} (${ctx.thresholds.diagnostic.minJustificationWords} mots au moins).`,
    );
  const evidence = decisive.map((r) => ({ label: `Avantage décisif : ${cellText(r.intitule)}`, index: block.index }));
  return outcome(
    advice.length ? (advantages.length || isFilled(block.data.tables.forces?.[0]?.intitule) ? 'partial' : 'missing') : 'satisfied',
    evidence.length ? evidence : [{ label: 'Diagnostic interne', index: block.index }],
    advice,
    target,
    block,
  );
};
