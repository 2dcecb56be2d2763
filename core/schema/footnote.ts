import { Node } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /** Inserts a footnote call at the cursor; its text lives in the node and is numbered on display. */
      insertFootnote: (text: string) => ReturnType;
    };
  }
}

/** A footnote call; its note text is an attribute so the note travels with the call when text moves. */
export const Footnote = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { text: { default: '', parseHTML: (el) => el.getAttribute('data-footnote') ?? '' } };
  },
  parseHTML() {
    return [{ tag: 'sup[data-footnote]' }];
  },
  renderHTML({ node }) {
    return ['sup', { 'data-footnote': node.attrs.text, class: 'footnote-ref', title: node.attrs.text }];
  },
  addCommands() {
    return {
      insertFootnote:
        (text) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { text } }),
    };
  },
});
