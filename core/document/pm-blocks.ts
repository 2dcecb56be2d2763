import type { Node as PmModelNode } from '@tiptap/pm/model';
import type { BlockSummary } from './sections';
import { blockText } from '../schema/blocks/block-text';

/**
 * Top-level blocks of a live ProseMirror document, summarised like `jsonBlocks` does for JSON, so the
 * editor can count words without serialising the document on every change.
 */
export function pmBlocks(doc: PmModelNode): BlockSummary[] {
  const blocks: BlockSummary[] = [];
  doc.forEach((node) => {
    const type = node.type.name;
    blocks.push({
      type,
      text:
        type === 'guidance'
          ? ''
          : node.attrs.data !== undefined
            ? blockText(type, node.attrs.data)
            : node.textBetween(0, node.content.size, ' ', (leaf) => (leaf.type.name === 'hardBreak' ? ' ' : '')),
      level: type === 'heading' ? Number(node.attrs.level ?? 1) : undefined,
      sectionId: (node.attrs.sectionId as string | null | undefined) ?? null,
    });
  });
  return blocks;
}

/** Each top-level node's type and block data (undefined for text), as the block checks read them. */
export function topLevelBlocks(doc: PmModelNode): Array<{ type: string; data: unknown }> {
  const nodes: Array<{ type: string; data: unknown }> = [];
  doc.forEach((node) => nodes.push({ type: node.type.name, data: node.attrs.data }));
  return nodes;
}
