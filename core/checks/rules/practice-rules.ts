import type { Rule, RuleOutcome } from '../rule-kit';
import type { BlockRef } from '../context';
import { blocksOf, countOf, outcome } from '../rule-kit';
import { LEXICON } from '../evidence/lexicon';
import { cellText, filledRows, isFilled, normalizeText, parseFrNumber, specOf, type BlockName, type ColumnSpec } from '../../schema/blocks';

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
      return outcome(
        'manual',
        [],
        [`Critère évalué à l’examen (étude de cas), pas dans le mémoire. Entraînez-vous avec le modèle d’entraînement ${titles}.`],
        null,
      );
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
    ok.length === blocks.length ? [] : ['Indiquez la cible et notez faisabilité et efficacité de chaque action.'],
    blocks[0].index,
  );
});

/** 2.2.b — supports adapted to the action. */
export const supportsAdaptedRule = practiceRule(['emailing', 'evenement'], (blocks) => {
  const ok = blocks.filter((b) => isFilled(b.data.fields.support) || isFilled(b.data.fields.supports));
  return outcome(
    ok.length === blocks.length ? 'satisfied' : 'partial',
    ok.map((b) => ({ label: `${b.spec.title} : ${cellText(b.data.fields.support ?? b.data.fields.supports)}`, index: b.index })),
    ok.length === blocks.length ? [] : ['Justifiez le support choisi pour chaque action.'],
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
  if (!subject) advice.push('Rédigez l’objet.');
  else if (subject.length > t.maxSubjectChars)
    advice.push(`L’objet fait ${subject.length} caractères : ${t.maxSubjectChars} au plus pour être lu en entier sur mobile.`);
  const pre = cellText(f.preheader);
  if (!pre) advice.push('Ajoutez un pré-en-tête qui complète l’objet.');
  else if (pre.length > t.maxPreheaderChars) advice.push(`Le pré-en-tête fait ${pre.length} caractères (${t.maxPreheaderChars} au plus).`);
  if (!isFilled(f.cta)) advice.push('Ajoutez un appel à l’action unique et visible.');
  if (!LEXICON.mergeFields.test(normalizeText(cellText(f.corps)))) advice.push('Personnalisez le message (ex. {Prénom}, {Entreprise}).');
  if (f.desinscription !== true) advice.push('Prévoyez le lien de désinscription (obligatoire).');
  return outcome(advice.length ? 'partial' : 'satisfied', [{ label: `Objet : « ${subject} »`, index: b.index }], advice, b.index);
});

/** 2.2.d — events consistent with development objectives. */
export const eventRule = practiceRule(['evenement'], (blocks) => {
  const ok = blocks.filter((b) => isFilled(b.data.fields.objectif));
  return outcome(
    ok.length === blocks.length ? 'satisfied' : 'partial',
    blocks.map((b) => ({ label: `${cellText(b.data.fields.nom) || 'Évènement'} → ${cellText(b.data.fields.objectif) || '?'}`, index: b.index })),
    ok.length === blocks.length ? [] : ['Reliez chaque évènement à un objectif de développement.'],
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
    ok ? [] : ['Citez les outils de marketing automation envisagés (ex. scénario de relance).'],
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
    missing.length ? [`Éléments absents : ${missing.join(', ')}.`] : [],
    b.index,
  );
});

/** 3.4.b — professional, attractive form: only a person can judge it. */
export const proposalFormRule = practiceRule(['proposition'], (blocks) =>
  outcome(
    'manual',
    [{ label: 'Proposition commerciale', index: blocks[0].index }],
    ['La forme se juge à la lecture : mise en page, ton, lisibilité. Demandez l’avis de votre tuteur.'],
    blocks[0].index,
  ),
);

function mapRule(column: string, what: string) {
  return practiceRule(['cartographie'], (blocks) => {
    const b = blocks[0];
    const rows = filledRows(b.data, 'etapes');
    const done = rows.filter((r) => isFilled(r[column]));
    return outcome(
      done.length === rows.length && rows.length ? 'satisfied' : done.length ? 'partial' : 'missing',
      [{ label: `${countOf(done.length, rows.length, 'étape renseignée', 'étapes renseignées')} (${what})`, index: b.index }],
      done.length === rows.length ? [] : [`Complétez « ${what} » pour chaque étape.`],
      b.index,
    );
  });
}

/** 4.1.a–d, 4.2.b — columns of the process map. */
export const mapActorsRule = mapRule('acteur', 'acteur');
export const mapInvolvementRule = mapRule('implication', 'implication');
export const mapInteractionsRule = mapRule('interactions', 'interactions');
export const mapPerformanceRule = mapRule('performance', 'critère de performance');
export const mapQualityRule = mapRule('qualite', 'critère de qualité');

/** 4.2.a — the process map is complete and detailed. */
export const mapCompleteRule = practiceRule(['cartographie'], (blocks, ctx) => {
  const b = blocks[0];
  const rows = filledRows(b.data, 'etapes');
  const columns = requiredKeys(specOf('cartographie').tables[0].columns);
  const complete = rows.filter((r) => columns.every((k) => isFilled(r[k])));
  const advice: string[] = [];
  const { minSteps } = ctx.thresholds.processMap;
  if (rows.length < minSteps) advice.push(`La démarche commerciale compte au moins ${minSteps} étapes (détection, qualification, proposition, suivi…).`);
  if (complete.length < rows.length) advice.push(`${countOf(rows.length - complete.length, rows.length, 'étape|est incomplète', 'étapes|sont incomplètes')}.`);
  return outcome(advice.length ? 'partial' : 'satisfied', [{ label: `${rows.length} étapes cartographiées`, index: b.index }], advice, b.index);
});
