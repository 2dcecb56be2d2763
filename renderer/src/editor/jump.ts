import type { Editor } from '@tiptap/core';

/** Document position of the top-level node at `index`. */
export function topLevelPos(editor: Editor, index: number): number | null {
  let pos: number | null = null;
  editor.state.doc.forEach((_node, offset, i) => {
    if (i === index) pos = offset;
  });
  return pos;
}

/** Puts the cursor at a top-level node and scrolls it to the top of the page. */
export function jumpToTopLevel(editor: Editor, index: number): void {
  const pos = topLevelPos(editor, index);
  if (pos === null) return;
  const node = editor.state.doc.nodeAt(pos);
  if (node?.isAtom) editor.chain().focus().setNodeSelection(pos).run();
  else editor.chain().focus().setTextSelection(pos + 1).run();
  (editor.view.nodeDOM(pos) as HTMLElement | null)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
}
