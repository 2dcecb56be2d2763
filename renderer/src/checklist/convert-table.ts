import type { Editor } from '@tiptap/core';
import { recognizeTableNode } from '../../../core/checks';
import { topLevelPos } from '../editor/jump';

/** Replaces a plain table that reads like a block by that block, with its rows (the checklist's « convertir »). */
export function convertTable(editor: Editor, index: number, blockName: string): void {
  const pos = topLevelPos(editor, index);
  const node = pos === null ? null : editor.state.doc.nodeAt(pos);
  if (pos === null || !node || node.type.name !== 'table') return;
  const recognized = recognizeTableNode(node);
  if (!recognized || recognized.spec.name !== blockName) return;
  const block = editor.schema.nodes[blockName].create({ data: recognized.data });
  editor
    .chain()
    .focus()
    .command(({ tr }) => {
      tr.replaceWith(pos, pos + node.nodeSize, block);
      return true;
    })
    .run();
}
