import { LEXICON, itemsIn } from '../lexicon';
import type { DocEvidence, Passage } from '../passages';
import { capAtPartial, concrete, grade, isGeneric, type Grade, type Grader, type GradeInput } from '../grade-kit';
import { hasFigure, norm, properNames, sentences } from '../text';
import { ADVICE } from '../../advice';

/** The reported negotiation: passages under a negotiation heading (or that tell one), and whether it is concrete. */
function negotiation(ev: DocEvidence): { passages: Passage[]; concrete: boolean; observed: boolean } {
  let passages = ev.passages.filter((p) => LEXICON.negotiationContext.test(p.context));
  if (!passages.length) passages = ev.passages.filter((p) => /j'ai negocie|negociation avec|rendez-vous de negociation/.test(p.n));
  passages = passages.filter((p) => !isGeneric(p.n) || hasFigure(p.n));
  // Concrete: a client, an object or a stake a grader could check (a figure or a name), told at some length.
  const real = passages.filter((p) => concrete(p, 12) && (hasFigure(p.n) || properNames(p.text).length > 0 || /«/.test(p.text)));
  const words = real.reduce((a, p) => a + p.n.split(/\s+/).length, 0);
  return { passages, concrete: real.length > 0 && words >= 25, observed: passages.some((p) => LEXICON.observedOnly.test(p.n)) };
}

/** Runs a negotiation criterion's conditions on the reported negotiation; b–f are capped when it was only observed. */
function onNegotiation(cap: boolean, conditions: (passages: Passage[], ev: DocEvidence, t: GradeInput['t']) => Grade): Grader {
  return ({ ev, t }: GradeInput) => {
    const n = negotiation(ev);
    if (!n.concrete) return grade('missing', [], [ADVICE['3.1'].noNegotiation]);
    const g = conditions(n.passages, ev, t);
    return cap && n.observed ? capAtPartial(g, ADVICE['3.1'].observedOnly) : g;
  };
}

/** 3.1.a — ≥ 2 online sources consulted beforehand, and ≥ 1 finding that shaped the preparation. */
export const gradeWebResearch = onNegotiation(false, (passages, _ev, t) => {
  const research = passages.filter((p) => LEXICON.webResearch.test(p.n) || LEXICON.webResearch.test(p.context) || /recherche|preparation|web/.test(p.context));
  const sources = new Set(research.flatMap((p) => itemsIn('webSources', p.n)));
  const findings = research.filter(
    (p) =>
      itemsIn('webSources', p.n).length &&
      (LEXICON.finding.test(p.n) || (/:\s*\S/.test(p.text.split(/site|linkedin|avis|article|pappers/i)[1] ?? '') && hasFigure(p.n))),
  );
  const concluded = passages.some((p) => /j'en (ai )?(conclu|deduit|tire)|ce que j'en ai conclu/.test(p.n));
  const evidence = research.filter((p) => itemsIn('webSources', p.n).length);
  if (!sources.size) return grade('missing', [], [ADVICE['3.1.a'].noResearch]);
  const hasFinding = findings.length > 0 || concluded;
  if (sources.size >= t.minSources && hasFinding) return grade('satisfied', evidence);
  return grade('partial', evidence, [sources.size < t.minSources ? ADVICE['3.1.a'].tooFewSources(sources.size, t.minSources) : ADVICE['3.1.a'].findings]);
});

/** 3.1.b — a concrete objective (with a figure or a limit) and the angle of attack. */
export const gradeNegotiationObjective = onNegotiation(true, (passages) => {
  const objective = passages.filter((p) => LEXICON.negotiationObjective.test(p.n));
  const precise = objective.filter((p) => sentences(p.text).some((s) => LEXICON.negotiationObjective.test(norm(s)) && hasFigure(norm(s))));
  const angle = passages.filter((p) => LEXICON.angle.test(p.n));
  if (precise.length && angle.length) return grade('satisfied', [...precise, ...angle]);
  if (objective.length || angle.length) {
    return grade('partial', [...objective, ...angle], [!precise.length ? ADVICE['3.1.b'].vagueObjective : ADVICE['3.1.b'].whichAngle]);
  }
  return grade('missing', [], [ADVICE['3.1.b'].neither]);
});

/** 3.1.c — the interlocutors by role, and their decision power as learned in the exchange. */
export const gradePower = onNegotiation(true, (passages) => {
  const roles = passages.filter((p) => LEXICON.roles.test(p.n));
  const power = passages.filter((p) => sentences(p.text).some((s) => LEXICON.power.test(norm(s)) && LEXICON.roles.test(norm(s))));
  if (power.length) return grade('satisfied', power);
  if (roles.length) return grade('partial', roles, [ADVICE['3.1.c'].revealPower]);
  return grade('missing', [], [ADVICE['3.1.c'].noInterlocutor]);
});

/** 3.1.d — ≥ 2 buying levers tied to this client's situation. */
export const gradeLevers = onNegotiation(true, (passages, _ev, t) => {
  const context = passages.filter(
    (p) =>
      LEXICON.leverContext.test(p.n) || LEXICON.leverContext.test(p.context) || /^(securite|economie|image|confort|nouveaute|orgueil|temps|delai)\b/.test(p.n),
  );
  const levers = new Set(context.flatMap((p) => (hasFigure(p.n) || p.n.split(/\s+/).length >= 8 ? itemsIn('levers', p.n) : [])));
  if (levers.size >= t.minLevers) return grade('satisfied', context);
  if (context.length) return grade('partial', context, [ADVICE['3.1.d'].tooFewLevers(levers.size, t.minLevers)]);
  return grade('missing', [], [ADVICE['3.1.d'].noLever]);
});

const QUOTES = /«[^»]*»/g;

/** 3.1.e — the content of the reformulation, and the client's validation. */
export const gradeReformulation = onNegotiation(true, (passages, ev) => {
  const mentions = passages.filter((p) => LEXICON.reformulation.test(p.n) && p.n.split(/\s+/).length >= 4);
  if (!mentions.length) return grade('missing', [], [ADVICE['3.1.e'].noReformulation]);
  let content = false;
  let validated = false;
  for (const p of mentions) {
    const i = ev.passages.indexOf(p);
    const around = [p, ...ev.passages.slice(i + 1, i + 3).filter((q) => q.context === p.context)];
    if (around.some((q) => /«[^»]{30,}»/.test(q.text) || q.kind === 'quote' || /(reformule|resume)[^.]{0,40}:\s*\S+(\s+\S+){9,}/.test(q.n))) content = true;
    if (around.some((q) => LEXICON.validated.test(norm(q.text.replace(QUOTES, ' '))))) validated = true;
  }
  if (content && validated) return grade('satisfied', mentions);
  return grade('partial', mentions, [content ? ADVICE['3.1.e'].reportValidation : ADVICE['3.1.e'].giveContent]);
});

/** 3.1.f — an agreement obtained (signed, ordered, accepted); in principle or pending is partial. */
export const gradeAgreement = onNegotiation(true, (passages) => {
  const pending = passages.filter((p) => LEXICON.agreementPending.test(p.n));
  const signed = passages.filter((p) => LEXICON.agreementSigned.test(p.n) && !LEXICON.agreementPending.test(p.n));
  if (signed.length) return grade('satisfied', signed);
  if (pending.length) return grade('partial', pending, [ADVICE['3.1.f'].pending]);
  return grade('missing', [], [ADVICE['3.1.f'].noOutcome]);
});
