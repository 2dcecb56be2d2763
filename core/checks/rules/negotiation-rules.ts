import type { Rule } from '../rule-kit';
import type { BlockRef } from '../context';
import { blocksOf, fromText, notion, outcome, sectionTarget, words, type Notion } from '../rule-kit';
import { filledRows, cellText, isFilled } from '../../schema/blocks/block-values';
import { nounCount, parseFrNumber } from '../../schema/blocks/parse-values';

const TITLE = 'Fiche de négociation';

/** Builds a rule on the negotiation sheets: `judge` looks at one sheet, the text notions serve when there is none. */
function negotiationRule(
  notions: Notion[],
  judge: (b: BlockRef, ctx: Parameters<Rule>[0]) => { ok: boolean; partial: boolean; advice: string; label: string },
): Rule {
  return (ctx) => {
    const target = sectionTarget(ctx, 'negociations');
    const sheets = blocksOf(ctx, 'negociation').filter((b) => Object.values(b.data.fields).some(isFilled));
    if (!sheets.length) return fromText(ctx, 'negociations', notions, { canSatisfy: true, blockTitle: TITLE });
    const verdicts = sheets.map((b) => ({ b, ...judge(b, ctx) }));
    const ok = verdicts.filter((v) => v.ok);
    const status = ok.length === verdicts.length ? 'satisfied' : verdicts.some((v) => v.ok || v.partial) ? 'partial' : 'missing';
    const advice = verdicts.filter((v) => !v.ok).map((v) => `${cellText(v.b.data.fields.client) || 'Négociation'} : ${v.advice}`);
    return outcome(
      status,
      verdicts.map((v) => ({ label: `${cellText(v.b.data.fields.client) || 'Négociation'} — ${v.label}`, index: v.b.index })),
      advice,
      target,
    );
  };
}

/** 3.1.a — web information gathered before the negotiation was analysed. */
export const sourcesRule = negotiationRule(
  [notion('recherche web', 'site', 'linkedin', 'societe.com', 'infogreffe', 'web', 'internet'), notion('analyse', 'analyse', 'appris', 'enseignement')],
  (b, ctx) => {
    const n = words(b.data.fields.sources);
    return {
      ok: n >= ctx.thresholds.negotiation.minSourcesWords,
      partial: n > 0,
      advice: 'précisez les sources consultées et ce que vous en avez tiré.',
      label: `${n} mots sur les sources`,
    };
  },
);

/** 3.1.b — negotiation objectives and angle of attack defined. */
export const objectivesAngleRule = negotiationRule([notion('objectifs', 'objectif'), notion('angle d’attaque', 'angle')], (b) => {
  const o = isFilled(b.data.fields.objectifs);
  const a = isFilled(b.data.fields.angle);
  return {
    ok: o && a,
    partial: o || a,
    advice: !o ? 'définissez les objectifs de la négociation.' : 'définissez l’angle d’attaque.',
    label: `objectifs ${o ? '✓' : '✗'}, angle ${a ? '✓' : '✗'}`,
  };
});

/** 3.1.c — the questioning clarified the interlocutors' negotiating power. */
export const powerRule = negotiationRule(
  [notion('interlocuteurs', 'interlocuteur', 'decideur', 'acheteur'), notion('pouvoir de décision', 'pouvoir', 'decisionnaire', 'decide')],
  (b) => {
    const rows = filledRows(b.data, 'interlocuteurs');
    const mapped = rows.filter((r) => isFilled(r.role) && parseFrNumber(r.pouvoir) !== null);
    return {
      ok: rows.length > 0 && mapped.length === rows.length,
      partial: rows.length > 0,
      advice: 'indiquez pour chaque interlocuteur son rôle et son pouvoir de décision.',
      label: `${nounCount(mapped.length, 'interlocuteur qualifié', 'interlocuteurs qualifiés')}`,
    };
  },
);

/** 3.1.d — buying levers identified. */
export const leversRule = negotiationRule([notion('leviers d’achat', 'levier', 'motivation', 'sonc', 'sabone')], (b) => {
  const n = words(b.data.fields.leviers);
  return {
    ok: n >= 3,
    partial: n > 0,
    advice: n
      ? 'détaillez les leviers d’achat (sécurité, économie, image, nouveauté, confort…) et ce qui les révèle.'
      : 'identifiez les leviers d’achat du client.',
    label: n ? 'leviers identifiés' : 'leviers absents',
  };
});

/** 3.1.e — the reformulation was validated by the client. */
export const reformulationRule = negotiationRule(
  [notion('reformulation', 'reformul'), notion('validation du client', 'valide', 'confirme', 'acquiesce')],
  (b) => {
    const written = isFilled(b.data.fields.reformulation);
    const validated = b.data.fields.reformulationValidee === true;
    return {
      ok: written && validated,
      partial: written,
      advice: written ? 'précisez si le client a validé la reformulation (et comment).' : 'rédigez la reformulation de la situation et du besoin.',
      label: `reformulation ${written ? (validated ? 'validée' : 'non validée') : 'absente'}`,
    };
  },
);

/** 3.1.f — the argued solution won the client's agreement. */
export const agreementRule = negotiationRule(
  [notion('solution', 'solution', 'proposition'), notion('accord', 'accord', 'signe', 'signature', 'bon de commande')],
  (b) => {
    const issue = cellText(b.data.fields.issue);
    const argued = isFilled(b.data.fields.solution);
    const ok = argued && issue === 'Accord';
    return {
      ok,
      partial: argued || issue === 'Accord partiel',
      advice: !argued ? 'décrivez la solution argumentée.' : `issue « ${issue || 'non indiquée'} » : expliquez ce qui a manqué et la suite donnée.`,
      label: `issue : ${issue || '—'}`,
    };
  },
);
