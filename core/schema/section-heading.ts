import { Extension } from '@tiptap/core';

/**
 * Adds `sectionId` to headings, so a heading created from the template stays tied to its template
 * section (guidance, criteria, length target) even when the candidate renames it.
 */
export const SectionHeading = Extension.create({
  name: 'sectionHeading',
  addGlobalAttributes() {
    return [
      {
        types: ['heading'],
        attributes: {
          sectionId: {
            default: null,
            parseHTML: (el) => el.getAttribute('data-section-id'),
            renderHTML: (attrs) => (attrs.sectionId ? { 'data-section-id': attrs.sectionId } : {}),
          },
        },
      },
    ];
  },
});
