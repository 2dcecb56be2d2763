import type { DocEvidence, Passage, TableFacts } from './passages';
import type { EvidenceThresholds } from '../thresholds';
import { LEXICON } from './lexicon';
import { isConcrete } from './text';

/** A rubric level. */
export type Level = 'satisfied' | 'partial' | 'missing';

/** What a grader concludes: the level, the passages it rests on, and the condition that failed (French). */
export interface Grade {
  status: Level;
  evidence: Passage[];
  /** The rubric condition that is not met, with the threshold stated; empty when satisfied. */
  advice: string[];
}

/** What a grader reads: the document's passages and the thresholds (templates/checks/thresholds.json). */
export interface GradeInput {
  ev: DocEvidence;
  t: EvidenceThresholds;
}

/** A grader: the rubric conditions of one criterion as a pure function of the document. */
export type Grader = (input: GradeInput) => Grade;

const RANK: Record<Level, number> = { missing: 0, partial: 1, satisfied: 2 };

/** Builds a grade. */
export function grade(status: Level, evidence: Passage[], advice: string[] = []): Grade {
  return { status, evidence: dedupe(evidence), advice: status === 'satisfied' ? [] : advice };
}

/** The better of several grades (a criterion may draw on whichever part of the document proves it). */
export function best(...grades: Grade[]): Grade {
  return grades.reduce((a, b) => (RANK[b.status] > RANK[a.status] || (RANK[b.status] === RANK[a.status] && b.evidence.length > a.evidence.length) ? b : a));
}

/** Lowers a grade to partial at most (a figure that does not add up, a negotiation only observed). */
export function capAtPartial(g: Grade, why: string): Grade {
  return g.status === 'satisfied' ? { ...g, status: 'partial', advice: [why] } : g;
}

function dedupe(list: Passage[]): Passage[] {
  return [...new Set(list)];
}

/** Passages whose headings match, or whose own text does. */
export function scope(ev: DocEvidence, contextRe: RegExp, textRe?: RegExp): Passage[] {
  return ev.passages.filter((p) => contextRe.test(p.context) || (textRe ? textRe.test(p.n) : false));
}

/** Passages gathered by group (one list, one table, the paragraphs under one heading). */
export function byGroup(list: Passage[]): Passage[][] {
  const groups = new Map<string, Passage[]>();
  for (const p of list) groups.set(p.group, [...(groups.get(p.group) ?? []), p]);
  return [...groups.values()];
}

/** Passages gathered by their headings (a section and its label). */
export function byContext(list: Passage[]): Passage[][] {
  const groups = new Map<string, Passage[]>();
  for (const p of list) groups.set(p.context, [...(groups.get(p.context) ?? []), p]);
  return [...groups.values()];
}

/** The passage right after another in the document, when it is under the same headings. */
export function nextPassages(ev: DocEvidence, p: Passage, count = 2): Passage[] {
  const i = ev.passages.indexOf(p);
  return ev.passages.slice(i + 1, i + 1 + count).filter((q) => q.context.startsWith(p.context.split(' > ').slice(0, -1).join(' > ')));
}

/** Column index of the first header matching, or -1. */
export function column(table: TableFacts, re: RegExp, except: number[] = []): number {
  return table.headers.findIndex((h, i) => !except.includes(i) && re.test(h));
}

/** Whether a passage says something concrete and is not only the lexicon's generic phrasing. */
export function concrete(p: Passage, minWords = 12): boolean {
  return isConcrete(p.text, p.n, minWords, p.kind === 'para');
}

/** Whether a normalised text has generic phrasing (used to set claims apart from facts). */
export function isGeneric(n: string): boolean {
  return LEXICON.generic.test(n);
}

/** The distinct strings a regular expression matches in a text. */
export function distinctMatches(re: RegExp, n: string): string[] {
  const global = new RegExp(re.source, 'g');
  return [...new Set([...n.matchAll(global)].map((m) => m[0].trim()))];
}

/** The text of a passage as quoted evidence: short, on one line. */
export function quote(p: Passage, max = 160): string {
  const one = p.text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** French plural for counts in advice ("2 opportunités"). */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n > 1 ? pluralForm : singular}`;
}
