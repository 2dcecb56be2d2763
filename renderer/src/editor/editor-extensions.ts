import { Extension, type AnyExtension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { Node } from '@tiptap/core';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { memoireExtensions, Figure } from '../../../core/schema';
import { isBlockName } from '../../../core/schema/blocks';
import { BlockView } from '../blocks/BlockView';
import { fr } from '../i18n/fr';
import { FrenchTyping } from './french-typing';
import { FindHighlights } from './find-replace';
import { Spelling } from '../spelling/spell-plugin';

/** UI actions the editor's shortcuts open (dialogs live in React). */
export interface EditorUiCallbacks {
  openLinkDialog(): void;
  openSlashMenu(at: { left: number; top: number }): void;
  openFootnoteDialog(): void;
  /** Ctrl+F (find) and Ctrl+H (find and replace). */
  openFind(replace: boolean): void;
  loadImage(attachmentId: string): Promise<string>;
}

function figureWithView(callbacks: EditorUiCallbacks) {
  return Figure.extend({
    addNodeView() {
      return ({ node }) => {
        const dom = document.createElement('figure');
        dom.className = 'figure';
        dom.setAttribute('data-figure', '');
        const img = document.createElement('img');
        img.draggable = false;
        img.contentEditable = 'false';
        const note = document.createElement('div');
        note.className = 'figure-status';
        note.contentEditable = 'false';
        const caption = document.createElement('figcaption');
        caption.setAttribute('data-placeholder', fr.figure.captionPlaceholder);
        dom.append(img, note, caption);
        let shownId: string | null = null;
        const show = (attachmentId: string | null, alt: string, width: number) => {
          img.alt = alt;
          img.style.width = `${width}%`;
          if (attachmentId === shownId) return;
          shownId = attachmentId;
          note.textContent = fr.figure.loading;
          if (!attachmentId) {
            note.textContent = fr.figure.missing;
            return;
          }
          callbacks
            .loadImage(attachmentId)
            .then((url) => {
              if (shownId !== attachmentId) return;
              img.src = url;
              note.textContent = '';
            })
            .catch(() => {
              note.textContent = fr.figure.missing;
            });
        };
        show(node.attrs.attachmentId, node.attrs.alt, node.attrs.width);
        caption.classList.toggle('is-empty', node.content.size === 0);
        return {
          dom,
          contentDOM: caption,
          update(updated) {
            if (updated.type.name !== 'figure') return false;
            show(updated.attrs.attachmentId, updated.attrs.alt, updated.attrs.width);
            caption.classList.toggle('is-empty', updated.content.size === 0);
            return true;
          },
          // The image, its status line and the caption's class are ours: if ProseMirror re-read those
          // mutations it would redraw the node, which mutates them again, forever.
          ignoreMutation(mutation) {
            if (mutation.type === 'selection') return false;
            if (!caption.contains(mutation.target)) return true;
            return mutation.type === 'attributes' && mutation.target === caption;
          },
        };
      };
    },
  });
}

/**
 * Shows "Rédigez ici…" in the empty block holding the cursor. Only that block is looked at, unlike
 * TipTap's Placeholder which walks the whole document on every keystroke (too slow on 25,000 words).
 */
const CursorPlaceholder = Extension.create({
  name: 'cursorPlaceholder',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('cursorPlaceholder'),
        props: {
          decorations: (state) => {
            const { $from, empty } = state.selection;
            const node = $from.parent;
            if (!empty || !node.isTextblock || node.content.size > 0 || $from.depth === 0) return null;
            const pos = $from.before();
            const text = node.type.name === 'heading' ? fr.editor.headingPlaceholder : fr.editor.paragraphPlaceholder;
            return DecorationSet.create(state.doc, [Decoration.node(pos, pos + node.nodeSize, { class: 'is-empty', 'data-placeholder': text })]);
          },
        },
      }),
    ];
  },
});

/** The document extensions of core/schema, with the renderer's views, placeholder and shortcuts on top. */
export function editorExtensions(callbacks: EditorUiCallbacks): AnyExtension[] {
  // Business blocks get their React view here; core/schema keeps them view-less for Node.
  const base = memoireExtensions()
    .filter((e) => e.name !== 'figure')
    .map((e) => (isBlockName(e.name) ? (e as Node).extend({ addNodeView: () => ReactNodeViewRenderer(BlockView, { className: 'block-host' }) }) : e));
  return [
    ...base,
    figureWithView(callbacks),
    CursorPlaceholder,
    FrenchTyping,
    FindHighlights,
    Spelling,
    Extension.create({
      name: 'wordShortcuts',
      addKeyboardShortcuts() {
        return {
          'Mod-k': () => {
            callbacks.openLinkDialog();
            return true;
          },
          'Mod-Alt-f': () => {
            callbacks.openFootnoteDialog();
            return true;
          },
          'Mod-y': () => this.editor.commands.redo(),
          'Mod-f': () => {
            callbacks.openFind(false);
            return true;
          },
          'Mod-h': () => {
            callbacks.openFind(true);
            return true;
          },
          '/': () => {
            const { selection } = this.editor.state;
            const parent = selection.$from.parent;
            if (!selection.empty || parent.type.name !== 'paragraph' || parent.content.size > 0) return false;
            const coords = this.editor.view.coordsAtPos(selection.from);
            callbacks.openSlashMenu({ left: coords.left, top: coords.bottom + 4 });
            return true;
          },
        };
      },
    }),
  ];
}
