import { z } from 'zod';
import data from '../../templates/soutenance/jury-questions.json';
import type { CheckReport, CriterionResult } from '../checks/run-checks';
import type { Evidence } from '../checks/rule-kit';

const questionBankSchema = z.object({
  reasoning: z.string().min(10),
  criteria: z.record(z.string().regex(/^\d\.\d\.[a-z]$/), z.object({ gap: z.string().min(10), figures: z.string().min(10).optional() })),
});

/** The jury's question patterns per criterion (templates/soutenance/jury-questions.json). */
export type QuestionBank = z.infer<typeof questionBankSchema>;

/** The bank shipped with the app; a malformed file fails here, and in the tests. */
export const QUESTION_BANK: QuestionBank = questionBankSchema.parse(data);

/** A question the jury is likely to ask, with what to prepare and where it is in the mémoire. */
export interface JuryQuestion {
  criterionId: string;
  label: string;
  /** `gap`: the mémoire does not (fully) show what the rubric asks; `figures`: a key figure the jury will make you defend. */
  kind: 'gap' | 'figures';
  status: CriterionResult['status'];
  question: string;
  /** What to prepare: the checker's advice for a gap, the quoted passages for a figure. */
  prepare: string[];
  evidence: Evidence[];
  /** The heading where the answer belongs, when there is no passage to jump to. */
  target: number | null;
}

const ORDER: Record<string, number> = { missing: 0, partial: 1, satisfied: 2, manual: 3 };

/**
 * The likely questions of the jury: one for every criterion the checker marks partial or missing
 * (the missing ones first), then one for each key figure the mémoire gives (objectives, budget,
 * go / no go score, deviations, ROI, the negotiation's outcome), to defend with its passages.
 */
export function juryQuestions(report: CheckReport, bank: QuestionBank = QUESTION_BANK): JuryQuestion[] {
  const gaps: JuryQuestion[] = [];
  const figures: JuryQuestion[] = [];
  for (const r of report.criteria) {
    const entry = bank.criteria[r.criterionId];
    if (!entry || r.scope !== report.scope) continue;
    const base = { criterionId: r.criterionId, label: r.label, status: r.status, evidence: r.evidence, target: r.target };
    if (r.status === 'missing' || r.status === 'partial') gaps.push({ ...base, kind: 'gap', question: entry.gap, prepare: r.advice });
    if (entry.figures && (r.status === 'satisfied' || r.status === 'partial') && r.evidence.length > 0) {
      figures.push({ ...base, kind: 'figures', question: entry.figures, prepare: r.evidence.map((e) => e.label) });
    }
  }
  gaps.sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  return [...gaps, ...figures];
}
