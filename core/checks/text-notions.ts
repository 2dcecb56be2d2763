import { z } from 'zod';
import data from '../../templates/checks/text-notions.json';
import type { BlockSpec } from '../schema/blocks/block-spec';
import { normalizeText } from '../schema/blocks/parse-values';
import { BLOCK_SPECS } from '../schema/blocks/registry';

/** A notion looked for in a section's text. */
export interface Notion {
  label: string;
  pattern: RegExp;
}

/** What the text alone can show for one criterion, when no block carries it. */
export interface TextFallback {
  /** The block whose section is read and whose title the advice names. */
  block: BlockSpec;
  notions: Notion[];
  canSatisfy: boolean;
}

const entrySchema = z.object({
  canSatisfy: z.boolean(),
  notions: z.array(z.object({ label: z.string().min(1), stems: z.array(z.string().min(1)).min(1) })).min(1),
  reason: z.string().min(10),
});

/** A notion from a few word stems, matched on normalised text. */
export function notion(label: string, ...stems: string[]): Notion {
  return { label, pattern: new RegExp(stems.map((s) => normalizeText(s)).join('|')) };
}

/** The mémoire block that evidences a criterion (practice templates are the exam's, not read from text). */
function blockOfCriterion(id: string): BlockSpec | undefined {
  return BLOCK_SPECS.find((s) => !s.practice && s.criteria.includes(id));
}

/**
 * Compiles templates/checks/text-notions.json once: every entry must name a criterion some mémoire
 * block evidences, so that its section and title come from the block's spec. A malformed file fails
 * loudly here (and in the tests).
 */
function compile(raw: Record<string, unknown>): Map<string, TextFallback> {
  const out = new Map<string, TextFallback>();
  for (const [id, value] of Object.entries(raw)) {
    if (id.startsWith('$')) continue;
    const entry = entrySchema.parse(value);
    const block = blockOfCriterion(id);
    if (!block) throw new Error(`text-notions.json : aucun bloc du mémoire ne porte le critère ${id}`);
    out.set(id, { block, canSatisfy: entry.canSatisfy, notions: entry.notions.map((n) => notion(n.label, ...n.stems)) });
  }
  return out;
}

const FALLBACKS = compile(data);

/** The text fallback of a criterion; throws for a criterion the data does not cover (a rule's bug, caught by the tests). */
export function textFallback(id: string): TextFallback {
  const found = FALLBACKS.get(id);
  if (!found) throw new Error(`Pas de notions de texte pour le critère ${id} (templates/checks/text-notions.json)`);
  return found;
}

/** The criteria the text notions cover. */
export function textFallbackCriteria(): string[] {
  return [...FALLBACKS.keys()];
}

/** The section a block is written in (its first template section). */
export function blockSection(spec: BlockSpec): string {
  return spec.sectionIds[0];
}
