import type { PmNode } from '../model/document';
import { blockSpec } from '../schema/blocks/registry';
import { emptyBlockData } from '../schema/blocks/block-spec';
import type { LengthTarget } from '../model/metadata';
import { flattenSections, type MemoireTemplate, type TemplateSection } from '../referential/template-schema';

/** Builds the starting document of a new mémoire: one heading, its guidance and an empty paragraph per section. */
export function documentFromTemplate(template: MemoireTemplate): PmNode {
  const content: PmNode[] = [];
  for (const section of flattenSections(template.sections)) {
    content.push({ type: 'heading', attrs: { level: section.level, sectionId: section.id }, content: [{ type: 'text', text: section.title }] });
    content.push({ type: 'guidance', attrs: { sectionId: section.id, text: section.guidance } });
    content.push({ type: 'paragraph' });
    for (const name of section.blocks) {
      const spec = blockSpec(name);
      if (spec) content.push({ type: name, attrs: { data: emptyBlockData(spec) } });
    }
  }
  return { type: 'doc', content };
}

/** A section's word window: its weight's share of the mémoire's total target, `null` if it has no target. */
export interface SectionTarget {
  sectionId: string;
  minWords: number;
  maxWords: number;
}

/**
 * Splits the mémoire's length target across template sections by weight. A parent section's target
 * is the sum of its own and its children's.
 */
export function sectionTargets(template: MemoireTemplate, length: LengthTarget): Map<string, SectionTarget> {
  const all = flattenSections(template.sections);
  const totalWeight = all.reduce((sum, s) => sum + s.weight, 0) || 1;
  const minTotal = length.minPages * length.wordsPerPage;
  const maxTotal = length.maxPages * length.wordsPerPage;
  const targets = new Map<string, SectionTarget>();
  const visit = (section: TemplateSection): number => {
    const weight = section.weight + (section.children ?? []).reduce((sum, child) => sum + visit(child), 0);
    if (weight > 0) {
      targets.set(section.id, {
        sectionId: section.id,
        minWords: Math.round((minTotal * weight) / totalWeight),
        maxWords: Math.round((maxTotal * weight) / totalWeight),
      });
    }
    return weight;
  };
  template.sections.forEach(visit);
  return targets;
}
