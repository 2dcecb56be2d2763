import type { Rule } from '../rule-kit';
import type { BlockRef } from '../context';
import { blocksOf, fromText, outcome, sectionTarget, words } from '../rule-kit';
import { cellText, filledRows, isFilled, nounCount, parseFrNumber } from '../../schema/blocks';
import { ADVICE } from '../advice';

/** Builds a rule on the negotiation sheets: `judge` looks at one sheet, the text of the section serves when there is none. */
function negotiationRule(
  criterion: string,
  judge: (b: BlockRef, ctx: Parameters<Rule>[0]) => { ok: boolean; partial: boolean; advice: string; label: string },
): Rule {
  return (ctx) => {
    const target = sectionTarget(ctx, 'negociation');
    const sheets = blocksOf(ctx, 'negociation').filter((b) => Object.values(b.data.fields).some(isFilled));
    if (!sheets.length) return fromText(ctx, criterion);
    const verdicts = sheets.map((b) => ({ b, ...judge(b, ctx) }));
    const ok = verdicts.filter((v) => v.ok);
    const status = ok.length === verdicts.length ? 'satisfied' : verdicts.some((v) => v.ok || v.partial) ? 'partial' : 'missing';
    const advice = verdicts.filter((v) => !v.ok).map((v) => ADVICE['3.1'].sheet(cellText(v.b.data.fields.client) || 'Négociation', v.advice));
    return outcome(
      status,
      verdicts.map((v) => ({ label: `${cellText(v.b.data.fields.client) || 'Négociation'} — ${v.label}`, index: v.b.index })),
      advice,
      target,
    );
  };
}

/** 3.1.a — web information gathered before the negotiation was analysed. */
export const sourcesRule = negotiationRule('3.1.a', (b, ctx) => {
  const n = words(b.data.fields.sources);
  return {
    ok: n >= ctx.thresholds.negotiation.minSourcesWords,
    partial: n > 0,
    advice: ADVICE['3.1.a'].sources,
    label: `${n} mots sur les sources`,
  };
});

/** 3.1.b — negotiation objectives and angle of attack defined. */
export const objectivesAngleRule = negotiationRule('3.1.b', (b) => {
  const o = isFilled(b.data.fields.objectifs);
  const a = isFilled(b.data.fields.angle);
  return {
    ok: o && a,
    partial: o || a,
    advice: !o ? ADVICE['3.1.b'].objectives : ADVICE['3.1.b'].angle,
    label: `objectifs ${o ? '✓' : '✗'}, angle ${a ? '✓' : '✗'}`,
  };
});

/** 3.1.c — the questioning clarified the interlocutors' negotiating power. */
export const powerRule = negotiationRule('3.1.c', (b) => {
  const rows = filledRows(b.data, 'interlocuteurs');
  const mapped = rows.filter((r) => isFilled(r.role) && parseFrNumber(r.pouvoir) !== null);
  return {
    ok: rows.length > 0 && mapped.length === rows.length,
    partial: rows.length > 0,
    advice: ADVICE['3.1.c'].power,
    label: `${nounCount(mapped.length, 'interlocuteur qualifié', 'interlocuteurs qualifiés')}`,
  };
});

/** 3.1.d — buying levers identified. */
export const leversRule = negotiationRule('3.1.d', (b, ctx) => {
  const n = words(b.data.fields.leviers);
  return {
    ok: n >= ctx.thresholds.negotiation.minLeverWords,
    partial: n > 0,
    advice: n ? ADVICE['3.1.d'].detail : ADVICE['3.1.d'].identify,
    label: n ? 'leviers identifiés' : 'leviers absents',
  };
});

/** 3.1.e — the reformulation was validated by the client. */
export const reformulationRule = negotiationRule('3.1.e', (b) => {
  const written = isFilled(b.data.fields.reformulation);
  const validated = b.data.fields.reformulationValidee === true;
  return {
    ok: written && validated,
    partial: written,
    advice: written ? ADVICE['3.1.e'].validated : ADVICE['3.1.e'].write,
    label: `reformulation ${written ? (validated ? 'validée' : 'non validée') : 'absente'}`,
  };
});

/** 3.1.f — the argued solution won the client's agreement. */
export const agreementRule = negotiationRule('3.1.f', (b) => {
  const issue = cellText(b.data.fields.issue);
  const argued = isFilled(b.data.fields.solution);
  const ok = argued && issue === 'Accord';
  return {
    ok,
    partial: argued || issue === 'Accord partiel',
    advice: !argued ? ADVICE['3.1.f'].solution : ADVICE['3.1.f'].outcome(issue || 'non indiquée'),
    label: `issue : ${issue || '—'}`,
  };
});
