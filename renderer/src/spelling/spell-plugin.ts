import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { spelling } from './spell-service';
import type { SpellRange } from './spell-protocol';

const spellKey = new PluginKey<DecorationSet>('spelling');
// Checked once typing pauses, like Word: a word is not underlined while it is being typed.
const PAUSE_MS = 250;
const CACHE_LIMIT = 20_000;

/** Each paragraph (heading, cell, caption) of the candidate's text, with the position its text starts at. */
function paragraphs(doc: PmNode): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  doc.descendants((node, pos) => {
    if (node.type.name === 'guidance' || node.isAtom) return false;
    if (!node.isTextblock) return true;
    // A note call or a line break is one position and one character: offsets stay positions.
    if (node.content.size) out.push({ start: pos + 1, text: node.textBetween(0, node.content.size, undefined, '\uFFFC') });
    return false;
  });
  return out;
}

/** The word under the cursor while it is typed is left alone until the cursor leaves it. */
function underCursor(state: EditorState, from: number, to: number): boolean {
  const { empty, head } = state.selection;
  return empty && head >= from && head <= to;
}

class SpellView {
  private readonly verdicts = new Map<string, SpellRange[]>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private leftAlone = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly view: EditorView) {
    this.unsubscribe = spelling.onChange(() => {
      this.verdicts.clear();
      this.schedule(0);
    });
    this.schedule(0);
  }

  update(view: EditorView, previous: EditorState): void {
    if (view.state.doc !== previous.doc) this.schedule(PAUSE_MS);
    else if (this.leftAlone && !view.state.selection.eq(previous.selection)) this.schedule(0);
  }

  destroy(): void {
    clearTimeout(this.timer);
    this.unsubscribe();
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), ms);
  }

  private async run(): Promise<void> {
    const doc = this.view.state.doc;
    const blocks = paragraphs(doc);
    // Only the paragraphs not read before go to the worker: one edited paragraph after the first pass.
    const unread = [...new Set(blocks.map((b) => b.text).filter((t) => !this.verdicts.has(t)))];
    if (unread.length) {
      const answers = await spelling.check(unread);
      if (this.verdicts.size + unread.length > CACHE_LIMIT) this.verdicts.clear();
      unread.forEach((text, i) => this.verdicts.set(text, answers[i]));
    }
    if (this.view.isDestroyed) return;
    if (this.view.state.doc !== doc) return this.schedule(PAUSE_MS);
    this.show(blocks);
  }

  private show(blocks: Array<{ start: number; text: string }>): void {
    const state = this.view.state;
    const decorations: Decoration[] = [];
    this.leftAlone = false;
    for (const { start, text } of blocks) {
      for (const [from, to] of this.verdicts.get(text) ?? []) {
        if (underCursor(state, start + from, start + to)) {
          this.leftAlone = true;
          continue;
        }
        decorations.push(
          Decoration.inline(start + from, start + to, { class: 'spell-error', 'data-word': text.slice(from, to) }, { word: text.slice(from, to) }),
        );
      }
    }
    this.view.dom.setAttribute('data-spelling', spelling.status === 'loading' ? 'loading' : String(decorations.length));
    this.view.dispatch(state.tr.setMeta(spellKey, DecorationSet.create(state.doc, decorations)).setMeta('addToHistory', false));
  }
}

/** Opens the spelling menu on a right click on an underlined word. */
function openMenuAt(view: EditorView, event: MouseEvent): boolean {
  const at = view.posAtCoords({ left: event.clientX, top: event.clientY });
  const found = at && spellKey.getState(view.state)?.find(at.pos, at.pos);
  const underline = found?.find((d) => d.from <= at!.pos && d.to >= at!.pos);
  if (!underline || !view.editable) return false;
  event.preventDefault();
  const { from, to } = underline;
  const word = view.state.doc.textBetween(from, to);
  spelling.openMenu({
    word,
    x: event.clientX,
    y: event.clientY,
    replace: (by) => {
      // Replaced only if the word is still there (the text may have moved while the menu was open).
      const mapped = spellKey
        .getState(view.state)
        ?.find(from, to)
        .find((d) => view.state.doc.textBetween(d.from, d.to) === word);
      if (mapped) view.dispatch(view.state.tr.insertText(by, mapped.from, mapped.to).scrollIntoView());
      view.focus();
    },
    returnFocus: () => view.focus(),
  });
  return true;
}

/** French spelling in the editor: unknown words underlined, the menu on a right click. */
export const Spelling = Extension.create({
  name: 'spelling',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: spellKey,
        state: {
          init: () => DecorationSet.empty,
          apply: (tr, set) => tr.getMeta(spellKey) ?? set.map(tr.mapping, tr.doc),
        },
        view: (view) => new SpellView(view),
        props: {
          decorations: (state) => spellKey.getState(state),
          handleDOMEvents: { contextmenu: (view, event) => openMenuAt(view, event) },
        },
      }),
    ];
  },
});
