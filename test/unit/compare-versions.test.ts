import { describe, expect, it } from 'vitest';
import { compareVersions, diffWords } from '../../core/document/compare-versions';
import type { PmNode } from '../../core/model/document';
import { REFERENCE_BLOCKS } from '../fixtures/reference-blocks';

const p = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const h = (text: string): PmNode => ({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text }] });
const doc = (...content: PmNode[]): PmNode => ({ type: 'doc', content });

describe('comparing two versions', () => {
  it('marks the words added and removed inside a paragraph', () => {
    expect(diffWords('Le budget est de 18 000 €.', 'Le budget total est de 18 500 €.')).toEqual([
      { kind: 'same', text: 'Le budget ' },
      { kind: 'added', text: 'total ' },
      { kind: 'same', text: 'est de 18 ' },
      { kind: 'removed', text: '000' },
      { kind: 'added', text: '500' },
      { kind: 'same', text: ' €.' },
    ]);
  });

  it('pairs the elements kept, and tells changed, added and removed ones apart', () => {
    const older = doc(h('Introduction'), p('Premier paragraphe.'), p('Paragraphe supprimé.'), h('Conclusion'), p('Fin.'));
    const newer = doc(h('Introduction'), p('Premier paragraphe revu.'), h('Conclusion'), p('Fin.'), p('Ouverture ajoutée.'));
    const diff = compareVersions(older, newer);
    expect(diff.map((d) => d.kind)).toEqual(['same', 'changed', 'removed', 'same', 'same', 'added']);
    expect(diff[2]).toMatchObject({ kind: 'removed', text: 'Paragraphe supprimé.' });
    expect(diff[5]).toMatchObject({ kind: 'added', text: 'Ouverture ajoutée.' });
  });

  it('compares a business block field by field, named as the candidate sees them', () => {
    const pac = REFERENCE_BLOCKS.pac;
    const edited = structuredClone(pac);
    edited.tables.actions[1].budget = '3 500';
    edited.tables.actions[2].action = 'Tournée des zones d’activité du Puy-de-Dôme';
    const diff = compareVersions(doc({ type: 'pac', attrs: { data: pac } }), doc({ type: 'pac', attrs: { data: edited } }));
    expect(diff).toEqual([
      {
        kind: 'block',
        type: 'pac',
        title: 'Plan d’action commerciale',
        changes: [
          { label: 'Budget (€), action 2', before: '3 000', after: '3 500' },
          { label: 'Action, action 3', before: 'Tournée des zones d’activité', after: 'Tournée des zones d’activité du Puy-de-Dôme' },
        ],
      },
    ]);
  });
});
