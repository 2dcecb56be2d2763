import type { BlockRef, CheckContext } from './context';
import { ratingRange, type BlockName, type BlockSpec } from '../schema/blocks/block-spec';
import { specOf } from '../schema/blocks/registry';
import { countWords } from '../document/word-count';
import { blockSection, textFallback } from './text-notions';
import { ADVICE } from './advice';

/** The verdict of a rule. */
export type CriterionStatus = 'satisfied' | 'partial' | 'missing' | 'manual';

/** Something the rule found, with where it is (top-level node index) to jump to it. */
export interface Evidence {
  label: string;
  index: number | null;
}

/** What a rule says about its criterion. */
export interface RuleOutcome {
  status: CriterionStatus;
  evidence: Evidence[];
  advice: string[];
  /** Where the evidence should go when it is missing (the section's heading). */
  target: number | null;
  /** A plain table that could become the matching block. */
  convertible?: { index: number; blockName: BlockName };
}

/** A rule: a small pure function of the document context. */
export type Rule = (ctx: CheckContext) => RuleOutcome;

/** The real blocks of a type, then plain tables read as that block. */
export function blocksOf(ctx: CheckContext, name: BlockName): BlockRef[] {
  const found = ctx.blocks.filter((b) => b.spec.name === name);
  return [...found.filter((b) => !b.fromTable), ...found.filter((b) => b.fromTable)];
}

/** The heading index of the section a block is written in (where missing evidence should go). */
export function sectionTarget(ctx: CheckContext, block: BlockName): number | null {
  return ctx.sections.get(blockSection(specOf(block)))?.index ?? null;
}

/** The scale of a rating column as advice writes it (« 0 à 5 »), read from the block's spec. */
export function ratingScale(spec: BlockSpec, table: string, column: string): string {
  const [min, max] = ratingRange(spec.tables.find((t) => t.key === table)!.columns.find((col) => col.key === column)!);
  return `${min} à ${max}`;
}

/** Words in a value. */
export function words(text: unknown): number {
  return typeof text === 'string' ? countWords(text) : 0;
}

export { countOf } from './advice';

/** Builds an outcome; evidence from a plain table carries the offer to convert it. */
export function outcome(status: CriterionStatus, evidence: Evidence[], advice: string[], target: number | null, from?: BlockRef): RuleOutcome {
  const result: RuleOutcome = { status, evidence, advice, target };
  if (from?.fromTable) {
    result.convertible = { index: from.index, blockName: from.spec.name };
    result.advice = [...advice, ADVICE.any.convertTable(from.spec.title)];
  }
  return result;
}

/**
 * What the text alone says when no block carries the evidence of criterion `id`: the block's section
 * present, written, and the key notions of templates/checks/text-notions.json named. Text can fully
 * satisfy qualitative criteria (`canSatisfy`); quantitative ones stay partial until the figures are structured.
 */
export function fromText(ctx: CheckContext, id: string): RuleOutcome {
  const { block, notions, canSatisfy } = textFallback(id);
  const sectionId = blockSection(block);
  const info = ctx.sections.get(sectionId);
  const target = info?.index ?? null;
  if (!info || info.index === null) {
    return outcome('missing', [], [ADVICE.any.addSectionAndBlock(info?.section.title ?? sectionId, block.title)], null);
  }
  if (info.words === 0) return outcome('missing', [], [ADVICE.any.emptySection(info.section.title, block.title)], target);
  const found = notions.filter((n) => n.pattern.test(info.text));
  const missing = notions.filter((n) => !n.pattern.test(info.text));
  const evidence = [
    {
      label: `Section « ${info.section.title} » : ${info.words} mots${found.length ? `, notions présentes : ${found.map((n) => n.label).join(', ')}` : ''}`,
      index: target,
    },
  ];
  if (!found.length) return outcome('missing', evidence, [ADVICE.any.noNotion(notions.map((n) => n.label).join(', '), block.title)], target);
  const advice: string[] = [];
  if (missing.length) advice.push(ADVICE.any.notionsMissing(missing.map((n) => n.label).join(', ')));
  if (!canSatisfy) advice.push(ADVICE.any.structureInBlock(block.title));
  return outcome(canSatisfy && !missing.length ? 'satisfied' : 'partial', evidence, advice, target);
}
