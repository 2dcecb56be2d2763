import type { Node as PmModelNode } from '@tiptap/pm/model';
import type { MemoireTemplate } from '../referential/template-schema';
import { flattenSections } from '../referential/template-schema';
import { listCriteria, type Referentiel } from '../referential/referentiel-schema';
import type { LengthTarget } from '../model/metadata';
import { buildCheckContext } from './context';
import { documentFindings, type DocumentFinding } from './document-findings';
import { RULES } from './rules/index';
import { outcome, type CriterionStatus, type RuleOutcome } from './rule-kit';
import type { Thresholds } from './thresholds';
import { GRADERS, quote, readEvidence, type DocEvidence, type Grade } from './evidence/index';
import type { CheckContext } from './context';
import { filledRows, isFilled } from '../schema/blocks/block-values';
import { ADVICE } from './advice';

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

/** Whether the document holds a filled business block (not a plain table read as one) for this criterion. */
function hasFilledBlock(ctx: CheckContext, criterionId: string): boolean {
  return ctx.blocks.some(
    (b) =>
      !b.fromTable &&
      b.spec.criteria.includes(criterionId) &&
      (Object.keys(b.data.tables).some((t) => filledRows(b.data, t).length > 0) || Object.values(b.data.fields).some(isFilled)),
  );
}

/** A grader's verdict in the checklist's form: quoted evidence to jump to, the failed condition as advice. */
function fromGrade(g: Grade, target: number | null, ctx: CheckContext, criterionId: string): RuleOutcome {
  const evidence = g.evidence.slice(0, 6).map((p) => ({ label: `« ${quote(p)} »`, index: p.index }));
  // A plain table that reads like the block keeps its offer to convert (exact figures, computed checks).
  const table = ctx.blocks.find((b) => b.fromTable && b.spec.criteria.includes(criterionId));
  return outcome(g.status, evidence, g.advice, target, table);
}

/**
 * A mémoire criterion: its block rule when the candidate filled the block (exact, computable
 * evidence), otherwise the rubric's conditions read on everything the document says.
 */
function gradeCriterion(id: string, ctx: CheckContext, evidence: () => DocEvidence, thresholds: Thresholds, target: number | null): RuleOutcome | null {
  const grader = GRADERS[id];
  if (!grader || hasFilledBlock(ctx, id)) return null;
  return fromGrade(grader({ ev: evidence(), t: thresholds.evidence }), target, ctx, id);
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
  let evidence: DocEvidence | null = null;
  const readOnce = () => (evidence ??= readEvidence(doc));
  const criteria: CriterionResult[] = listCriteria(setup.referentiel).map((c) => {
    const rule = RULES[c.id];
    let result: RuleOutcome;
    try {
      const sectionId = sectionsOf.get(c.id)?.[0];
      const graded = gradeCriterion(c.id, ctx, readOnce, setup.thresholds, sectionId ? (ctx.sections.get(sectionId)?.index ?? null) : null);
      result = graded ?? (rule ? rule(ctx) : { status: 'manual', evidence: [], advice: [ADVICE.any.readIt], target: null });
    } catch (error) {
      result = {
        status: 'manual',
        evidence: [],
        advice: [ADVICE.any.checkFailed((error as Error).message)],
        target: null,
      };
    }
    return { ...result, criterionId: c.id, blockId: c.blockId, label: c.label, wording: c.wording, scope: c.scope, sectionIds: sectionsOf.get(c.id) ?? [] };
  });
  const byBlock = setup.referentiel.blocks.map((b) => ({ blockId: b.id, title: b.title, counts: count(criteria.filter((c) => c.blockId === b.id)) }));
  const scope = setup.template.kind === 'practice' ? 'practice' : 'memoire';
  return { criteria, findings: documentFindings(ctx, setup.length), byBlock, memoire: count(criteria.filter((c) => c.scope === scope)), scope };
}
