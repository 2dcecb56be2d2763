import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';

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
  const { state, view } = editor;
  const node = state.doc.nodeAt(pos);
  const selection = node?.isAtom ? NodeSelection.create(state.doc, pos) : TextSelection.near(state.doc.resolve(pos + 1));
  view.dispatch(state.tr.setSelection(selection));
  view.focus();
  const target = view.nodeDOM(pos) as HTMLElement | null;
  const scroller = target?.closest('.page-scroll') as HTMLElement | null;
  if (!target || !scroller) return;
  const land = () => {
    const top = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - CONTEXT_ABOVE_PX;
    scroller.scrollTop = Math.max(0, top);
  };
  land();
  requestAnimationFrame(() => {
    land();
    requestAnimationFrame(land);
  });
}
