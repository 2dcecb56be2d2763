import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection, type Selection } from '@tiptap/pm/state';

/** Context left above a target when jumping to it, in pixels: the reader sees where they land. */
const CONTEXT_ABOVE_PX = 24;

/** Document position of the top-level node at `index`. */
export function topLevelPos(editor: Editor, index: number): number | null {
  let pos: number | null = null;
  editor.state.doc.forEach((_node, offset, i) => {
    if (i === index) pos = offset;
  });
  return pos;
}

/**
 * Puts the cursor at a top-level node and lands it at the top of the page, a little context above.
 * The scroll is set directly (not ProseMirror's "reveal the cursor", which stops as soon as the target
 * shows at the bottom) and corrected on the next frames, when blocks above that were skipped by
 * `content-visibility` get their real height.
 */
export function jumpToTopLevel(editor: Editor, index: number): void {
  const pos = topLevelPos(editor, index);
  if (pos === null) return;
  const { state } = editor;
  const node = state.doc.nodeAt(pos);
  land(editor, node?.isAtom ? NodeSelection.create(state.doc, pos) : TextSelection.near(state.doc.resolve(pos + 1)), pos);
}

/** Selects a range (a comment's passage, or a commented block) and lands its top-level block at the top of the page. */
export function jumpToRange(editor: Editor, from: number, to: number): void {
  const size = editor.state.doc.content.size;
  const a = Math.max(0, Math.min(from, size));
  const b = Math.max(a, Math.min(to, size));
  const $from = editor.state.doc.resolve(a);
  // A comment on a block row points at the whole block: select the block itself.
  const atom = editor.state.doc.nodeAt(a);
  if (atom?.isAtom && atom.isBlock && b === a + atom.nodeSize) return land(editor, NodeSelection.create(editor.state.doc, a), a);
  land(editor, TextSelection.create(editor.state.doc, a, b), $from.depth > 0 ? $from.before(1) : a);
}

function land(editor: Editor, selection: Selection, blockPos: number): void {
  const { state, view } = editor;
  view.dispatch(state.tr.setSelection(selection));
  view.focus();
  const target = view.nodeDOM(blockPos) as HTMLElement | null;
  const scroller = target?.closest('.page-scroll') as HTMLElement | null;
  if (!target || !scroller) return;
  const scroll = () => {
    const top = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - CONTEXT_ABOVE_PX;
    scroller.scrollTop = Math.max(0, top);
  };
  scroll();
  requestAnimationFrame(() => {
    scroll();
    requestAnimationFrame(scroll);
  });
}
