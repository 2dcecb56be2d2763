import { Extension, type AnyExtension } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import { memoireExtensions } from '../../../core/schema/extensions';
import { Figure } from '../../../core/schema/figure';
import { fr } from '../i18n/fr';

/** UI actions the editor's shortcuts open (dialogs live in React). */
export interface EditorUiCallbacks {
  openLinkDialog(): void;
  openFootnoteDialog(): void;
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

/** The document extensions of core/schema, with the renderer's views, placeholder and shortcuts on top. */
export function editorExtensions(callbacks: EditorUiCallbacks): AnyExtension[] {
  const base = memoireExtensions().filter((e) => e.name !== 'figure');
  return [
    ...base,
    figureWithView(callbacks),
    Placeholder.configure({
      placeholder: ({ node }) => (node.type.name === 'heading' ? 'Titre…' : 'Rédigez ici…'),
      showOnlyCurrent: true,
    }),
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
        };
      },
    }),
  ];
}
