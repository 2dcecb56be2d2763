import type { Rule, RuleOutcome } from '../rule-kit';
import type { BlockRef } from '../context';
import { blocksOf, countOf, outcome } from '../rule-kit';
import { LEXICON } from '../evidence/lexicon';
import { cellText, filledRows, isFilled, normalizeText, parseFrNumber, specOf, type BlockName, type ColumnSpec } from '../../schema/blocks';
import { ADVICE } from '../advice';

/** The keys of the columns a row must fill. */
const requiredKeys = (columns: readonly ColumnSpec[]) => columns.filter((c) => c.required).map((c) => c.key);

/** Rule on practice templates; without one, the criterion is the exam's and stays "manual". */
function practiceRule(blockNames: BlockName[], judge: (blocks: BlockRef[], ctx: Parameters<Rule>[0]) => RuleOutcome): Rule {
  return (ctx) => {
    const blocks = blockNames
      .flatMap((n) => blocksOf(ctx, n))
      .filter((b) => Object.values(b.data.fields).some(isFilled) || Object.keys(b.data.tables).some((t) => filledRows(b.data, t).length));
    if (!blocks.length) {
      // The practice templates are named as the block specs name them.
      const titles = blockNames.map((n) => `« ${specOf(n).title} »`).join(' ou ');
      return outcome('manual', [], [ADVICE.any.examOnly(titles)], null);
    }
    return judge(blocks, ctx);
  };
}

const ratingsOk = (b: BlockRef) => parseFrNumber(b.data.fields.faisabilite) !== null && parseFrNumber(b.data.fields.efficacite) !== null;

/** 2.2.a — targeted actions analysed for feasibility / efficiency. */
export const targetedActionsRule = practiceRule(['emailing', 'evenement'], (blocks) => {
  const ok = blocks.filter((b) => isFilled(b.data.fields.cible) && ratingsOk(b));
  return outcome(
    ok.length === blocks.length ? 'satisfied' : 'partial',
    blocks.map((b) => ({ label: `${b.spec.title} : cible ${cellText(b.data.fields.cible) || '—'}`, index: b.index })),
    ok.length === blocks.length ? [] : [ADVICE.practice.targetAndRatings],
    blocks[0].index,
  );
});

/** 2.2.b — supports adapted to the action. */
export const supportsAdaptedRule = practiceRule(['emailing', 'evenement'], (blocks) => {
  const ok = blocks.filter((b) => isFilled(b.data.fields.support) || isFilled(b.data.fields.supports));
  return outcome(
    ok.length === blocks.length ? 'satisfied' : 'partial',
    ok.map((b) => ({ label: `${b.spec.title} : ${cellText(b.data.fields.support ?? b.data.fields.supports)}`, index: b.index })),
    ok.length === blocks.length ? [] : [ADVICE.practice.justifySupport],
    blocks[0].index,
  );
});

/** 2.2.c — the e-mail follows the rules of e-mailing. */
export const emailRulesRule = practiceRule(['emailing'], (blocks, ctx) => {
  const b = blocks[0];
  const f = b.data.fields;
  const t = ctx.thresholds.emailing;
  const advice: string[] = [];
  const subject = cellText(f.objet);
  if (!subject) advice.push(ADVICE.practice.subject);
  else if (subject.length > t.maxSubjectChars) advice.push(ADVICE.practice.subjectTooLong(subject.length, t.maxSubjectChars));
  const pre = cellText(f.preheader);
  if (!pre) advice.push(ADVICE.practice.preheader);
  else if (pre.length > t.maxPreheaderChars) advice.push(ADVICE.practice.preheaderTooLong(pre.length, t.maxPreheaderChars));
  if (!isFilled(f.cta)) advice.push(ADVICE.practice.callToAction);
  if (!LEXICON.mergeFields.test(normalizeText(cellText(f.corps)))) advice.push(ADVICE.practice.personalise);
  if (f.desinscription !== true) advice.push(ADVICE.practice.unsubscribe);
  return outcome(advice.length ? 'partial' : 'satisfied', [{ label: `Objet : « ${subject} »`, index: b.index }], advice, b.index);
});

/** 2.2.d — events consistent with development objectives. */
export const eventRule = practiceRule(['evenement'], (blocks) => {
  const ok = blocks.filter((b) => isFilled(b.data.fields.objectif));
  return outcome(
    ok.length === blocks.length ? 'satisfied' : 'partial',
    blocks.map((b) => ({ label: `${cellText(b.data.fields.nom) || 'Évènement'} → ${cellText(b.data.fields.objectif) || '?'}`, index: b.index })),
    ok.length === blocks.length ? [] : [ADVICE.practice.eventObjective],
    blocks[0].index,
  );
});

/** 2.2.e — marketing automation tools identified. */
export const automationRule = practiceRule(['emailing'], (blocks) => {
  const b = blocks[0];
  const ok = isFilled(b.data.fields.automation);
  return outcome(
    ok ? 'satisfied' : 'partial',
    [{ label: `Outils : ${cellText(b.data.fields.automation) || '—'}`, index: b.index }],
    ok ? [] : [ADVICE.practice.automation],
    b.index,
  );
});

/** 3.4.a — the written proposal takes up what matters from the negotiation. */
export const proposalRule = practiceRule(['proposition'], (blocks) => {
  const b = blocks[0];
  const missing = b.spec.fields.filter((f) => f.required && !isFilled(b.data.fields[f.key])).map((f) => f.label);
  return outcome(
    missing.length ? 'partial' : 'satisfied',
    [{ label: 'Proposition commerciale', index: b.index }],
    missing.length ? [ADVICE.practice.proposalMissing(missing.join(', '))] : [],
    b.index,
  );
});

/** 3.4.b — professional, attractive form: only a person can judge it. */
export const proposalFormRule = practiceRule(['proposition'], (blocks) =>
  outcome('manual', [{ label: 'Proposition commerciale', index: blocks[0].index }], [ADVICE.practice.proposalForm], blocks[0].index),
);

/** A rule on one column of the process map, named in the advice by its label in the spec. */
function mapRule(column: string) {
  const what = specOf('cartographie')
    .tables[0].columns.find((c) => c.key === column)!
    .label.toLowerCase();
  return practiceRule(['cartographie'], (blocks) => {
    const b = blocks[0];
    const rows = filledRows(b.data, 'etapes');
    const done = rows.filter((r) => isFilled(r[column]));
    return outcome(
      done.length === rows.length && rows.length ? 'satisfied' : done.length ? 'partial' : 'missing',
      [{ label: `${countOf(done.length, rows.length, 'étape renseignée', 'étapes renseignées')} (${what})`, index: b.index }],
      done.length === rows.length ? [] : [ADVICE.practice.mapColumn(what)],
      b.index,
    );
  });
}

/** 4.1.a–d, 4.2.b — columns of the process map. */
export const mapActorsRule = mapRule('acteur');
export const mapInvolvementRule = mapRule('implication');
export const mapInteractionsRule = mapRule('interactions');
export const mapPerformanceRule = mapRule('performance');
export const mapQualityRule = mapRule('qualite');

/** 4.2.a — the process map is complete and detailed. */
export const mapCompleteRule = practiceRule(['cartographie'], (blocks, ctx) => {
  const b = blocks[0];
  const rows = filledRows(b.data, 'etapes');
  const columns = requiredKeys(specOf('cartographie').tables[0].columns);
  const complete = rows.filter((r) => columns.every((k) => isFilled(r[k])));
  const advice: string[] = [];
  const { minSteps } = ctx.thresholds.processMap;
  if (rows.length < minSteps) advice.push(ADVICE.practice.mapSteps(minSteps));
  if (complete.length < rows.length) advice.push(ADVICE.practice.mapIncomplete(rows.length - complete.length, rows.length));
  return outcome(advice.length ? 'partial' : 'satisfied', [{ label: `${rows.length} étapes cartographiées`, index: b.index }], advice, b.index);
});
