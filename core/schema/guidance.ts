import { Node } from '@tiptap/core';

/**
 * The template's advice for a section. It is shown in the editor as a help box, counts no words,
 * and every exporter drops it.
 */
export const Guidance = Node.create({
  name: 'guidance',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  addAttributes() {
    return {
      sectionId: { default: null, parseHTML: (el) => el.getAttribute('data-section-id') },
      text: { default: '', parseHTML: (el) => el.querySelector('p')?.textContent ?? '' },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-guidance]' }];
  },
  renderHTML({ node }) {
    return [
      'div',
      { 'data-guidance': '', 'data-section-id': node.attrs.sectionId ?? '', class: 'guidance', contenteditable: 'false' },
      ['span', { class: 'guidance-label' }, 'Conseil du modèle (non exporté)'],
      ['p', {}, String(node.attrs.text ?? '')],
    ];
  },
});
