import { LEXICON } from '../lexicon';
import type { DocEvidence, Passage } from '../passages';
import { byGroup, column, concrete, grade, isGeneric, plural, type Grader } from '../grade-kit';
import { hasContent, hasDeadline, hasFigure, norm, sentences } from '../text';
import { ADVICE } from '../../advice';

/** Segmentation: a table of segments, a "Segments :" list, a list introduced by a segmentation sentence, or prose by a criterion. */
function findSegmentation(ev: DocEvidence, minSegments: number): Passage[] {
  const out: Passage[] = [];
  for (const group of byGroup(ev.passages)) {
    const first = group[0];
    if (first.table && /segment/.test(first.table.facts.headers.join(' ')) && group.length >= minSegments) out.push(...group);
    else if (first.kind === 'item' && group.length >= minSegments && LEXICON.segmentation.test(first.context.split(' > ').pop() ?? '')) out.push(...group);
  }
  for (const p of ev.passages) {
    if (/segments? ?:/.test(p.n) && /[,;\n]/.test(p.text.split(/segments? ?:/i)[1] ?? '')) out.push(p);
    else if (
      LEXICON.segmentation.test(p.n) &&
      /selon|par (la |le )?(taille|secteur|type|activite|statut)|critere/.test(p.n) &&
      (hasFigure(p.n) || p.kind === 'item')
    )
      out.push(p);
  }
  return out;
}

/** The chosen target, stated concretely (not a "cible à fort potentiel"). */
function findTarget(ev: DocEvidence): Passage[] {
  return ev.passages.filter((p) => sentences(p.text).some((s) => isTargetSentence(p, s)));
}

/** Whether a sentence states the strategic target concretely (not "la cible de la campagne", not an "objectif cible"). */
function isTargetSentence(passage: Passage, sentence: string): boolean {
  const n = norm(sentence);
  const m = LEXICON.target.exec(n);
  if (!m || /perimetre/.test(n.slice(0, m.index))) return false;
  if (/cible d(e|u|es) (la |l'|une |cette |ce )?(campagne|action|sequence|relance|tournee|phoning|operation)/.test(n)) return false;
  if (/(objectifs?|valeurs?|prix|cout) $/.test(n.slice(0, m.index))) return false;
  const after = n.slice(m.index + m[0].length);
  const afterText = sentence.slice(Math.max(0, sentence.length - after.length));
  return after.split(/\s+/).filter((w) => w.length > 2).length >= 4 && concrete({ ...passage, n: after, text: afterText }, 8) && !isGeneric(n);
}

/** The positioning: a promise quoted, or a statement of what the firm stands for with the target, not adjectives. */
function findPositioning(ev: DocEvidence): Passage[] {
  return ev.passages.filter((p) => {
    const m = LEXICON.positioning.exec(p.n);
    if (!m) return false;
    if (/«[^»]{12,}»/.test(p.text)) return true;
    const after = p.n.slice(m.index + m[0].length);
    return (
      after.split(/\s+/).length >= 8 &&
      !LEXICON.positioningGeneric.test(after) &&
      !isGeneric(after) &&
      /plutot que|pas (les|le) moins cher|comme (le|la|un|une)|sur la|sans /.test(after)
    );
  });
}

/** 1.3.a — segmentation, target and positioning all have content. */
export const gradeSegmentation: Grader = ({ ev, t }) => {
  const parts = [
    { name: ADVICE['1.3.a'].segmentationPart(t.minSegments), found: findSegmentation(ev, t.minSegments) },
    { name: ADVICE['1.3.a'].targetPart, found: findTarget(ev) },
    { name: ADVICE['1.3.a'].positioningPart, found: findPositioning(ev) },
  ];
  const present = parts.filter((p) => p.found.length);
  const evidence = present.map((p) => p.found[0]);
  const missing = parts.filter((p) => !p.found.length).map((p) => p.name);
  if (present.length === 3) return grade('satisfied', evidence);
  return grade(present.length ? 'partial' : 'missing', evidence, [ADVICE['1.3.a'].toDefine(missing.join(' ; '))]);
};

/** One development objective as stated, with what makes it SMART. */
export interface Objective {
  passage: Passage;
  text: string;
  figure: boolean;
  deadline: boolean;
  linked: boolean;
}

const DATE_TEXT =
  /\b\d{1,2}\/\d{1,2}(\/\d{2,4})?\b|\b(1er|\d{1,2}) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)( 20\d\d)?|\b20\d\d\b|\b(t|s|q)[1-4]\b|\bo\d+\b/g;
const withoutDates = (n: string) => n.replace(DATE_TEXT, ' ');

/** Sections whose "objectifs" are an action's or a negotiation's, not development objectives. */
const OTHER_OBJECTIVES = /negoci|social|linkedin|reseaux|prospection|crm|appel|suivi|tableau|bord|correct|collabor|deal/;

/** Objective tables: they formulate targets (a target or deadline column), unlike a tracking table of results. */
function objectiveTables(ev: DocEvidence): Objective[] {
  const out: Objective[] = [];
  for (const group of byGroup(ev.passages.filter((p) => p.table))) {
    const facts = group[0].table!.facts;
    const headers = facts.headers.join(' | ');
    if (!/objectif|indicateur/.test(headers)) continue;
    const formulates = /cible|valeur cible|target|depart/.test(headers) || (/echeance/.test(headers) && !LEXICON.tracking.test(headers));
    if (!formulates) continue;
    const targetCol = column(facts, /cible|target|valeur vis/);
    const deadlineCol = column(facts, /echeance|horizon|delai|date/);
    const linkCol = column(facts, /lien|strateg|coherence/);
    for (const p of group) {
      const row = facts.rows[p.table!.row];
      const target = targetCol >= 0 ? row.n[targetCol] : withoutDates(row.n.filter((_, i) => i !== deadlineCol).join(' '));
      const deadline = deadlineCol >= 0 ? hasDeadline(row.n[deadlineCol]) || hasContent(row.raw[deadlineCol]) : hasDeadline(p.n);
      out.push({ passage: p, text: p.text, figure: hasFigure(withoutDates(target ?? '')), deadline, linked: linkCol >= 0 && hasContent(row.raw[linkCol]) });
    }
  }
  return out;
}

/** Objectives in lists and prose: items of an objectives list, or "Le premier est de…" sentences. */
function objectiveStatements(ev: DocEvidence): Objective[] {
  const out: Objective[] = [];
  const heading = (p: Passage) => p.context.split(' > ').slice(-2).join(' ');
  for (const p of ev.passages) {
    if (p.table) continue;
    const inObjectives = LEXICON.objectiveContext.test(heading(p)) && !OTHER_OBJECTIVES.test(p.context);
    // Every item of a list under an objectives heading is an objective, whatever its verb.
    if (p.kind === 'item' && ((inObjectives && p.n.split(/\s+/).length >= 2) || (/^(o\d+|objectif \d)/.test(p.n) && LEXICON.objectiveVerb.test(p.n)))) {
      out.push({ passage: p, text: p.text, figure: hasFigure(withoutDates(p.n)), deadline: hasDeadline(p.n), linked: false });
      continue;
    }
    if (p.kind !== 'para' || !(inObjectives || /objectif/.test(p.n))) continue;
    for (const s of sentences(p.text)) {
      const n = norm(s);
      if (/^(le|la|l'|un) ?(premier|deuxieme|second|troisieme|quatrieme|dernier)\b|^enfin\b|^objectif \d/.test(n) && LEXICON.objectiveVerb.test(n)) {
        out.push({ passage: p, text: s, figure: hasFigure(withoutDates(n)), deadline: hasDeadline(n), linked: false });
        continue;
      }
      // "Mes objectifs … : signer 14 toitures d'ici mai et atteindre 620 k€ au 31 août."
      const listed = /objectifs?\b[^:]{0,90}:\s*(.+)$/.exec(n);
      if (!listed || OTHER_OBJECTIVES.test(p.context)) continue;
      for (const clause of listed[1].split(/;|,? et (?=[a-z]+(er|ir|re)\b)|, (?=[a-z]+(er|ir|re)\b)/).filter((c) => c && c.length > 3)) {
        if (LEXICON.objectiveVerb.test(clause))
          out.push({ passage: p, text: clause, figure: hasFigure(withoutDates(clause)), deadline: hasDeadline(clause), linked: false });
      }
    }
  }
  return out;
}

/** Every objective of the mémoire, from tables, lists and prose. */
export function findObjectives(ev: DocEvidence): Objective[] {
  return [...objectiveTables(ev), ...objectiveStatements(ev)];
}

/** A deadline stated once for all the objectives ("Pour l'exercice 2026…", "d'ici le 30/06/2026"). */
function sharedDeadline(ev: DocEvidence, objectives: Objective[]): boolean {
  const intro = new Set(
    objectives
      .map((o) => ev.passages.indexOf(o.passage) - 1)
      .filter((i) => i >= 0)
      .map((i) => ev.passages[i]),
  );
  const headings = objectives.map((o) => o.passage.context.split(' > ').pop() ?? '');
  return (
    headings.some((h) => /objectif|okr/.test(h) && hasDeadline(h)) || [...intro].some((p) => p.kind === 'para' && /objectif/.test(p.n) && hasDeadline(p.n))
  );
}

/** 1.3.c — ≥ 2 objectives, each with a figure and a deadline, none left vague. */
export const gradeSmart: Grader = ({ ev, t }) => {
  const objectives = findObjectives(ev);
  if (!objectives.length) return grade('missing', [], [ADVICE['1.3.c'].noObjective(t.minSmartObjectives)]);
  const shared = sharedDeadline(ev, objectives);
  const figured = objectives.filter((o) => o.figure);
  const dated = figured.filter((o) => o.deadline || shared);
  const evidence = objectives.map((o) => o.passage);
  if (!figured.length) return grade('missing', evidence, [ADVICE['1.3.c'].noFigure]);
  const advice: string[] = [];
  if (figured.length < objectives.length) advice.push(ADVICE['1.3.c'].withoutFigure(plural(objectives.length - figured.length, 'objectif')));
  if (dated.length < figured.length) advice.push(ADVICE['1.3.c'].withoutDeadline(plural(figured.length - dated.length, 'objectif')));
  if (objectives.length < t.minSmartObjectives) advice.push(ADVICE['1.3.c'].tooFewWritten(t.minSmartObjectives));
  return grade(advice.length ? 'partial' : 'satisfied', evidence, advice);
};

/** 1.3.b — objectives tied to the target or the strategy, explicitly. */
export const gradeObjectivesCoherence: Grader = (input) => {
  const { ev } = input;
  const objectives = findObjectives(ev).filter((o) => o.figure || o.text.split(/\s+/).length >= 4);
  const strategy = [...findSegmentation(ev, input.t.minSegments), ...findTarget(ev), ...findPositioning(ev)];
  if (!objectives.length) return grade('missing', [], [ADVICE['1.3.b'].noObjective]);
  if (!strategy.length)
    return grade(
      'missing',
      objectives.map((o) => o.passage),
      [ADVICE['1.3.b'].noStrategy],
    );
  const linkSentence = ev.passages.find((p) =>
    sentences(p.text)
      .map(norm)
      .some(
        (n) =>
          LEXICON.objectiveLink.test(n) &&
          !isGeneric(n) &&
          /objectif|\bokr|\bo\d/.test(`${n} ${p.context}`) &&
          /cible|strateg|positionnement|icp|segment|choix|promesse/.test(n),
      ),
  );
  const linkColumn = objectives.some((o) => o.linked) && objectives.filter((o) => o.passage.table).every((o) => o.linked);
  const evidence = [...objectives.map((o) => o.passage), ...(linkSentence ? [linkSentence] : [])];
  if (linkSentence || linkColumn) return grade('satisfied', evidence);
  return grade('partial', evidence, [ADVICE['1.3.b'].sayTheLink]);
};
