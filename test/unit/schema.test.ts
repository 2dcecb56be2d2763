import { describe, expect, it } from 'vitest';
import { checkDocument, memoireSchema } from '../../core/schema/extensions';
import { documentFromTemplate } from '../../core/document/from-template';
import { pmDocSchema, type PmNode } from '../../core/model/document';
import { template } from '../helpers/sample';

const rich: PmNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1, sectionId: 'diagnostic-externe' }, content: [{ type: 'text', text: 'Diagnostic externe' }] },
    { type: 'guidance', attrs: { sectionId: 'diagnostic-externe', text: 'Listez les opportunités…' } },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Le marché des PME ' },
        { type: 'text', marks: [{ type: 'bold' }], text: 'progresse' },
        { type: 'text', text: ' de 4 %' },
        { type: 'footnote', attrs: { text: 'INSEE, 2025.' } },
        { type: 'text', text: ' ; voir ' },
        {
          type: 'text',
          marks: [{ type: 'link', attrs: { href: 'https://www.insee.fr', target: '_blank', rel: 'noopener noreferrer nofollow', class: null, title: null } }],
          text: 'l’INSEE',
        },
        { type: 'hardBreak' },
        { type: 'text', marks: [{ type: 'italic' }, { type: 'underline' }], text: '« œuvre »' },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Opportunité 1' }] }] }] },
    {
      type: 'orderedList',
      attrs: { start: 1, type: null },
      content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Étape' }] }] }],
    },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Citation' }] }] },
    {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1, colwidth: null },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Menace' }] }],
            },
            {
              type: 'tableHeader',
              attrs: { colspan: 1, rowspan: 1, colwidth: null },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Probabilité' }] }],
            },
          ],
        },
        {
          type: 'tableRow',
          content: [
            {
              type: 'tableCell',
              attrs: { colspan: 1, rowspan: 1, colwidth: null },
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nouvel entrant' }] }],
            },
            { type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph', content: [{ type: 'text', text: '3' }] }] },
          ],
        },
      ],
    },
    { type: 'figure', attrs: { attachmentId: 'a1b2', alt: 'Organigramme', width: 80 }, content: [{ type: 'text', text: 'Organigramme de l’agence' }] },
    { type: 'horizontalRule' },
  ],
};

describe('editor schema', () => {
  it('round-trips a document using every node and mark through ProseMirror JSON', () => {
    const node = memoireSchema().nodeFromJSON(rich);
    node.check();
    expect(JSON.parse(JSON.stringify(node.toJSON()))).toEqual(JSON.parse(JSON.stringify(memoireSchema().nodeFromJSON(node.toJSON()).toJSON())));
    // Attributes left at their defaults are filled in, and nothing the candidate wrote is lost.
    const back = node.toJSON() as PmNode;
    expect(back.content?.map((n) => n.type)).toEqual(rich.content?.map((n) => n.type));
    expect(JSON.stringify(back)).toContain('INSEE, 2025.');
    expect(node.textContent).toContain('« œuvre »');
    expect(pmDocSchema.safeParse(back).success).toBe(true);
  });

  it('accepts the template document', () => {
    expect(checkDocument(documentFromTemplate(template))).toEqual({ ok: true });
  });

  it('refuses foreign nodes, misplaced nodes and unknown marks', () => {
    expect(checkDocument({ type: 'doc', content: [{ type: 'script', content: [] }] }).ok).toBe(false);
    expect(checkDocument({ type: 'doc', content: [{ type: 'text', text: 'nu' }] }).ok).toBe(false);
    expect(checkDocument({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }] }] }).ok).toBe(false);
    const refused = checkDocument({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'paragraph' }] }] });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/^Document non conforme/);
  });

  it('shape-checks JSON before the schema sees it', () => {
    expect(pmDocSchema.safeParse({ type: 'paragraph' }).success).toBe(false);
    expect(pmDocSchema.safeParse({ type: 'doc', content: [{ type: 42 }] }).success).toBe(false);
    expect(pmDocSchema.safeParse({ type: 'doc', content: 'texte' }).success).toBe(false);
  });
});
