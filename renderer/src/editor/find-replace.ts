import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmModelNode } from '@tiptap/pm/model';
import { NodeSelection, Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { countInBlock, findInText, replaceInBlock } from '../../../core/document';
import { isBlockName } from '../../../core/schema/blocks';

/** One occurrence: a range of text, or a business block holding the text in its fields. */
export interface FoundMatch {
  from: number;
  to: number;
  block: boolean;
}

/** Where the pattern occurs in the mémoire: its text (not the template's guidance) and its blocks' text values. */
export function findInDocument(doc: PmModelNode, pattern: RegExp): FoundMatch[] {
  const out: FoundMatch[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'guidance') return false;
    if (isBlockName(node.type.name)) {
      const n = countInBlock(node.type.name, node.attrs.data, pattern);
      for (let i = 0; i < n; i++) out.push({ from: pos, to: pos + node.nodeSize, block: true });
      return false;
    }
    if (!node.isTextblock) return true;
    // The paragraph's text with each character's position; a note or a line break cuts a match.
    let text = '';
    const at: number[] = [];
    node.forEach((child, offset) => {
      if (child.isText) {
        for (let i = 0; i < child.text!.length; i++) at.push(pos + 1 + offset + i);
        text += child.text;
      } else {
        at.push(-1);
        text += '\uFFFC';
      }
    });
    for (const m of findInText(text, pattern)) {
      if (at.slice(m.from, m.to).includes(-1)) continue;
      out.push({ from: at[m.from], to: at[m.to - 1] + 1, block: false });
    }
    return false;
  });
  return out;
}

const findKey = new PluginKey<{ matches: FoundMatch[]; current: number }>('findReplace');

/** Shows the occurrences found (the current one apart); the search bar sets them. */
export const FindHighlights = Extension.create({
  name: 'findHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: findKey,
        state: {
          init: () => ({ matches: [] as FoundMatch[], current: -1 }),
          apply: (tr, value) => tr.getMeta(findKey) ?? (tr.docChanged ? { matches: [], current: -1 } : value),
        },
        props: {
          decorations(state) {
            const { matches, current } = findKey.getState(state)!;
            if (!matches.length) return null;
            return DecorationSet.create(
              state.doc,
              matches.map((m, i) => {
                const cls = i === current ? 'find-match find-current' : 'find-match';
                return m.block ? Decoration.node(m.from, m.to, { class: cls }) : Decoration.inline(m.from, m.to, { class: cls });
              }),
            );
          },
        },
      }),
    ];
  },
});

/** Shows these occurrences, the `current` one selected and scrolled into view. */
export function showMatches(editor: Editor, matches: FoundMatch[], current: number): void {
  const tr = editor.state.tr.setMeta(findKey, { matches, current });
  const m = matches[current];
  if (m) tr.setSelection(m.block ? NodeSelection.create(tr.doc, m.from) : TextSelection.create(tr.doc, m.from, m.to)).scrollIntoView();
  editor.view.dispatch(tr);
}

/** Replaces occurrences (one or all) in one step Ctrl+Z undoes; a block's occurrences go together. */
export function replaceMatches(editor: Editor, matches: FoundMatch[], pattern: RegExp, replacement: string): number {
  const tr = editor.state.tr;
  let replaced = 0;
  const done = new Set<number>();
  for (const m of [...matches].sort((a, b) => b.from - a.from)) {
    if (m.block) {
      if (done.has(m.from)) continue;
      done.add(m.from);
      const node = tr.doc.nodeAt(m.from);
      if (!node) continue;
      const result = replaceInBlock(node.type.name, node.attrs.data, pattern, replacement);
      tr.setNodeMarkup(m.from, undefined, { ...node.attrs, data: result.data });
      replaced += result.count;
    } else {
      tr.insertText(replacement, m.from, m.to);
      replaced++;
    }
  }
  if (replaced) editor.view.dispatch(tr);
  return replaced;
}
