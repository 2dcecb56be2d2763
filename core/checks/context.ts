import type { Node as PmModelNode } from '@tiptap/pm/model';
import type { BlockData, BlockSpec } from '../schema/blocks/block-spec';
import { normalizeBlockData } from '../schema/blocks/block-spec';
import { blockSpec } from '../schema/blocks/registry';
import { normalizeText } from '../schema/blocks/parse-values';
import { flattenSections, type MemoireTemplate, type TemplateSection } from '../referential/template-schema';
import { countWords } from '../document/word-count';
import { recognizeTableNode, type RecognizedTable } from './recognize-table';
import type { Thresholds } from './thresholds';

/** A business block found in the document, or a plain table read as one. */
export interface BlockRef {
  spec: BlockSpec;
  data: BlockData;
  /** Index of its top-level node, to jump to it. */
  index: number;
  sectionId: string | null;
  /** Set when the evidence comes from a plain table the checklist can convert into this block. */
  fromTable?: RecognizedTable;
}

/** A template section as found in the document. */
export interface SectionInfo {
  section: TemplateSection;
  /** Index of its heading, or null when the document lacks it. */
  index: number | null;
  /** Its text and its sub-sections', lower case without accents. */
  text: string;
  words: number;
}

/** Everything a rule may look at, computed once per check run. */
export interface CheckContext {
  template: MemoireTemplate;
  thresholds: Thresholds;
  today: Date;
  sections: Map<string, SectionInfo>;
  blocks: BlockRef[];
  figures: Array<{ index: number; caption: string }>;
  /** Text of each top-level node, for the document checks. */
  nodeTexts: Array<{ index: number; type: string; text: string; sectionId: string | null }>;
}

/** What the checks derive from one top-level node; nodes are immutable, so it is computed once per node. */
interface NodeFacts {
  text: string;
  words: number;
  block?: { spec: BlockSpec; data: BlockData };
  table?: RecognizedTable | null;
  caption?: string;
}

const factsCache = new WeakMap<PmModelNode, NodeFacts>();

/**
 * Facts of a node, cached: while the candidate types, only the edited paragraph is a new node, so a
 * re-check reads one paragraph instead of the whole mémoire.
 */
function factsOf(node: PmModelNode): NodeFacts {
  const cached = factsCache.get(node);
  if (cached) return cached;
  const type = node.type.name;
  const spec = blockSpec(type);
  let facts: NodeFacts;
  if (spec) facts = { text: '', words: 0, block: { spec, data: normalizeBlockData(spec, node.attrs.data) } };
  else {
    const text = node.textBetween(0, node.content.size, ' ', ' ');
    facts = { text, words: countWords(text) };
    if (type === 'table') facts.table = recognizeTableNode(node);
    if (type === 'figure') facts.caption = node.textContent.trim();
  }
  factsCache.set(node, facts);
  return facts;
}

/** Finds the template section a heading stands for: its sectionId, else its words. */
function sectionOfHeading(node: PmModelNode, sections: TemplateSection[], byId: Map<string, TemplateSection>): TemplateSection | null {
  const id = node.attrs.sectionId as string | null;
  if (id && byId.has(id)) return byId.get(id)!;
  const title = normalizeText(node.textContent)
    .replace(/^[\divx.\s-]+/i, '')
    .trim();
  if (!title) return null;
  let best: { section: TemplateSection; len: number } | null = null;
  for (const section of sections) {
    for (const k of section.keywords) {
      if (title.startsWith(k) || title.includes(k)) if (!best || k.length > best.len) best = { section, len: k.length };
    }
  }
  return best?.section ?? null;
}

/**
 * Reads the document once: which template section each block of text belongs to (by the heading's
 * sectionId, or by its words for an imported document), the business blocks with their data, and
 * plain tables that read like a block.
 */
export function buildCheckContext(doc: PmModelNode, template: MemoireTemplate, thresholds: Thresholds, today = new Date()): CheckContext {
  const all = flattenSections(template.sections);
  const byId = new Map(all.map((s) => [s.id, s]));
  const parentOf = new Map<string, string>();
  for (const s of all) for (const c of s.children ?? []) parentOf.set(c.id, s.id);
  const texts = new Map<string, string[]>();
  const wordsOf = new Map<string, number>();
  const sectionIndex = new Map<string, number>();
  const blocks: BlockRef[] = [];
  const figures: CheckContext['figures'] = [];
  const nodeTexts: CheckContext['nodeTexts'] = [];
  let current: TemplateSection | null = null;
  let currentLevel = 0;

  doc.forEach((node, _offset, index) => {
    const type = node.type.name;
    if (type === 'heading') {
      const found = sectionOfHeading(node, all, byId);
      const level = Number(node.attrs.level ?? 1);
      if (found) {
        current = found;
        currentLevel = level;
        if (!sectionIndex.has(found.id)) sectionIndex.set(found.id, index);
      } else if (level <= currentLevel) {
        current = null;
      }
      return;
    }
    if (type === 'guidance') return;
    const sectionId: string | null = current ? (current as TemplateSection).id : null;
    const facts = factsOf(node);
    if (facts.block) {
      blocks.push({ spec: facts.block.spec, data: facts.block.data, index, sectionId });
      return;
    }
    const { text } = facts;
    if (facts.table) blocks.push({ spec: facts.table.spec, data: facts.table.data, index, sectionId, fromTable: facts.table });
    if (facts.caption !== undefined) figures.push({ index, caption: facts.caption });
    nodeTexts.push({ index, type, text, sectionId });
    if (sectionId) {
      const n = facts.words;
      for (let id: string | undefined = sectionId; id; id = parentOf.get(id)) {
        if (!texts.has(id)) texts.set(id, []);
        texts.get(id)!.push(text);
        wordsOf.set(id, (wordsOf.get(id) ?? 0) + n);
      }
    }
  });

  const sections = new Map<string, SectionInfo>();
  for (const section of all) {
    let normalized: string | null = null;
    sections.set(section.id, {
      section,
      index: sectionIndex.get(section.id) ?? null,
      words: wordsOf.get(section.id) ?? 0,
      // Normalised only if a rule falls back to the text: with blocks filled in, most never do.
      get text() {
        normalized ??= normalizeText((texts.get(section.id) ?? []).join('\n'));
        return normalized;
      },
    });
  }
  return { template, thresholds, today, sections, blocks, figures, nodeTexts };
}
