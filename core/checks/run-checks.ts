import type { Node as PmModelNode } from '@tiptap/pm/model';
import type { MemoireTemplate } from '../referential/template-schema';
import { flattenSections } from '../referential/template-schema';
import { listCriteria, type Referentiel } from '../referential/referentiel-schema';
import type { LengthTarget } from '../model/metadata';
import { buildCheckContext } from './context';
import { documentFindings, type DocumentFinding } from './document-findings';
import { RULES } from './rules/index';
import type { CriterionStatus, RuleOutcome } from './rule-kit';
import type { Thresholds } from './thresholds';

/** One criterion's result, with what the checklist shows about it. */
export interface CriterionResult extends RuleOutcome {
  criterionId: string;
  blockId: string;
  label: string;
  wording: string;
  scope: 'memoire' | 'practice';
  /** Template sections that answer this criterion. */
  sectionIds: string[];
}

/** Counts per status. */
export type StatusCounts = Record<CriterionStatus, number> & { total: number };

/** The whole checklist. */
export interface CheckReport {
  criteria: CriterionResult[];
  findings: DocumentFinding[];
  byBlock: Array<{ blockId: string; title: string; counts: StatusCounts }>;
  /** Readiness of the document: the mémoire criteria for a mémoire, the case-study ones for a practice document. */
  memoire: StatusCounts;
  /** Which criteria `memoire` counts. */
  scope: 'memoire' | 'practice';
}

/** What the checks need besides the document. */
export interface CheckSetup {
  template: MemoireTemplate;
  referentiel: Referentiel;
  thresholds: Thresholds;
  length: LengthTarget;
  today?: Date;
}

function count(results: CriterionResult[]): StatusCounts {
  const c: StatusCounts = { satisfied: 0, partial: 0, missing: 0, manual: 0, total: results.length };
  for (const r of results) c[r.status]++;
  return c;
}

/**
 * Runs every criterion's rule on a document (a ProseMirror node: the editor's live one, or one built
 * from JSON). A rule that throws gives "manual" with a note instead of breaking the checklist.
 */
export function runChecks(doc: PmModelNode, setup: CheckSetup): CheckReport {
  const ctx = buildCheckContext(doc, setup.template, setup.thresholds, setup.today);
  const sectionsOf = new Map<string, string[]>();
  for (const s of flattenSections(setup.template.sections)) for (const id of s.criteria) sectionsOf.set(id, [...(sectionsOf.get(id) ?? []), s.id]);
  const criteria: CriterionResult[] = listCriteria(setup.referentiel).map((c) => {
    const rule = RULES[c.id];
    let result: RuleOutcome;
    try {
      result = rule ? rule(ctx) : { status: 'manual', evidence: [], advice: ['Ce critère se juge à la lecture.'], target: null };
    } catch (error) {
      result = { status: 'manual', evidence: [], advice: [`La vérification automatique a échoué (${(error as Error).message}) : jugez ce critère à la lecture.`], target: null };
    }
    return { ...result, criterionId: c.id, blockId: c.blockId, label: c.label, wording: c.wording, scope: c.scope, sectionIds: sectionsOf.get(c.id) ?? [] };
  });
  const byBlock = setup.referentiel.blocks.map((b) => ({ blockId: b.id, title: b.title, counts: count(criteria.filter((c) => c.blockId === b.id)) }));
  const scope = setup.template.kind === 'practice' ? 'practice' : 'memoire';
  return { criteria, findings: documentFindings(ctx, setup.length), byBlock, memoire: count(criteria.filter((c) => c.scope === scope)), scope };
}
