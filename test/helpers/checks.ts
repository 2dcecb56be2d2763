import { runChecks, type CheckReport } from '../../core/checks/run-checks';
import { memoireSchema } from '../../core/schema/extensions';
import type { PmNode } from '../../core/model/document';
import type { BlockData } from '../../core/schema/blocks/block-spec';
import { generateMemoire } from '../fixtures/generate-memoire';
import { REFERENCE_BLOCKS } from '../fixtures/reference-blocks';
import { library, template } from './sample';

/** Runs the checklist on a JSON document with the bundled template, référentiel and thresholds. */
export function check(doc: PmNode): CheckReport {
  return runChecks(memoireSchema().nodeFromJSON(doc), {
    template,
    referentiel: library.referentiels.get('bizdev-manager')!,
    thresholds: library.thresholds,
    length: template.length,
    today: new Date('2026-11-28T12:00:00Z'),
  });
}

/** The reference mémoire with its blocks changed by `edit` (a deep copy is edited). */
export function referenceWith(edit: (blocks: Record<string, BlockData>) => void, words = 6000): PmNode {
  const blocks = structuredClone(REFERENCE_BLOCKS);
  edit(blocks);
  return generateMemoire(template, words, 2026, blocks);
}

/** criterionId → status. */
export function statuses(report: CheckReport): Record<string, string> {
  return Object.fromEntries(report.criteria.map((c) => [c.criterionId, c.status]));
}
