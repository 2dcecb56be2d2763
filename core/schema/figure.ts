import { Node } from '@tiptap/core';

/** Attributes of a figure: the image is an attachment of the .memoire file, the caption is the node's text. */
export interface FigureAttrs {
  attachmentId: string | null;
  alt: string;
  width: number;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts an image figure with an empty caption and puts the cursor in the caption. */
      insertFigure: (attrs: Partial<FigureAttrs>, caption?: string) => ReturnType;
    };
  }
}

/** An image with its caption; captions are numbered (Figure n) by the render tree, not stored. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  content: 'inline*',
  marks: 'bold italic',
  draggable: true,
  isolating: true,
  addAttributes() {
    return {
      attachmentId: { default: null, parseHTML: (el) => el.getAttribute('data-attachment-id') },
      alt: { default: '', parseHTML: (el) => el.querySelector('img')?.getAttribute('alt') ?? '' },
      width: {
        default: 100,
        parseHTML: (el) => {
          const value = Number(el.getAttribute('data-width'));
          return Number.isFinite(value) && value >= 10 && value <= 100 ? value : 100;
        },
      },
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-figure]', contentElement: 'figcaption' }];
  },
  renderHTML({ node }) {
    return [
      'figure',
      { 'data-figure': '', 'data-attachment-id': node.attrs.attachmentId ?? '', 'data-width': String(node.attrs.width) },
      ['img', { src: node.attrs.attachmentId ? `attachment:${node.attrs.attachmentId}` : '', alt: node.attrs.alt }],
      ['figcaption', {}, 0],
    ];
  },
  addCommands() {
    return {
      insertFigure:
        (attrs, caption) =>
        ({ commands }) =>
          commands.insertContent({
            type: this.name,
            attrs,
            content: caption ? [{ type: 'text', text: caption }] : [],
          }),
    };
  },
});
