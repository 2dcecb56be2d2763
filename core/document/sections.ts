import type { PmNode } from '../model/document';
import { countWords } from './word-count';
import { blockText } from '../schema/blocks/block-text';

/** One heading of the document with the words written under it (before the next heading). */
export interface SectionStat {
  /** Index of the heading among the document's top-level nodes. */
  index: number;
  level: number;
  title: string;
  sectionId: string | null;
  /** Words under this heading only. */
  ownWords: number;
  /** Words under this heading and its sub-headings. */
  words: number;
}

/** Words and sections of a document, as shown in the outline and the status bar. */
export interface DocumentStats {
  totalWords: number;
  sections: SectionStat[];
  figures: number;
  tables: number;
}

/** Plain text of a node; guidance boxes and footnote calls contribute nothing. */
export function nodeText(node: PmNode): string {
  if (node.type === 'guidance') return '';
  if (node.attrs?.data !== undefined) return blockText(node.type, node.attrs.data);
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return ' ';
  if (!node.content) return '';
  let out = '';
  for (const child of node.content) {
    const t = nodeText(child);
    if (t) out += out && isBlock(child) ? ` ${t}` : t;
  }
  return out;
}

function isBlock(node: PmNode): boolean {
  return node.type !== 'text' && node.type !== 'hardBreak' && node.type !== 'footnote';
}

/** What the stats need to know of one top-level block, whatever document form it came from. */
export interface BlockSummary {
  type: string;
  text: string;
  level?: number;
  sectionId?: string | null;
}

/** Top-level blocks of a JSON document, summarised. */
export function jsonBlocks(doc: PmNode): BlockSummary[] {
  return (doc.content ?? []).map((node) => ({
    type: node.type,
    text: nodeText(node),
    level: node.type === 'heading' ? Number(node.attrs?.level ?? 1) : undefined,
    sectionId: (node.attrs?.sectionId as string | null | undefined) ?? null,
  }));
}

/** Words of one top-level block, as the counts everywhere take them (guidance never counts). */
export function blockWords(block: BlockSummary): number {
  return block.type === 'guidance' ? 0 : countWords(block.text);
}

/** Computes words per section (own and including sub-sections), figures and tables from block summaries. */
export function statsFromBlocks(blocks: BlockSummary[]): DocumentStats {
  const sections: SectionStat[] = [];
  let totalWords = 0;
  let figures = 0;
  let tables = 0;
  let current: SectionStat | null = null;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    const words = blockWords(block);
    totalWords += words;
    if (block.type === 'heading') {
      current = { index, level: block.level ?? 1, title: block.text, sectionId: block.sectionId ?? null, ownWords: 0, words: 0 };
      sections.push(current);
      continue;
    }
    if (block.type === 'figure') figures++;
    if (block.type === 'table') tables++;
    if (current) current.ownWords += words;
  }
  // Roll sub-section words up into their parents (a parent ends at the next heading of its level or above).
  for (let i = 0; i < sections.length; i++) {
    let sum = sections[i].ownWords;
    for (let j = i + 1; j < sections.length && sections[j].level > sections[i].level; j++) sum += sections[j].ownWords;
    sections[i].words = sum;
  }
  return { totalWords, sections, figures, tables };
}

/** Words per section, figures and tables of a JSON document. */
export function documentStats(doc: PmNode): DocumentStats {
  return statsFromBlocks(jsonBlocks(doc));
}

/** Estimated pages: text at the school's words per page, plus room for figures and tables. */
export function estimatePages(stats: Pick<DocumentStats, 'totalWords' | 'figures' | 'tables'>, wordsPerPage: number): number {
  const FIGURE_PAGES = 0.4; // a figure with its caption takes about 40 % of a page
  const TABLE_PAGES = 0.3;
  return stats.totalWords / wordsPerPage + stats.figures * FIGURE_PAGES + stats.tables * TABLE_PAGES;
}
