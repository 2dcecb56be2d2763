import type { BlockSpec } from '../block-spec';

/** Exam practice: the written commercial proposal after a negotiation. */
export const proposition: BlockSpec<'proposition'> = {
  name: 'proposition',
  title: 'Proposition commerciale (entraînement)',
  description: 'La proposition reprend les besoins exprimés, la solution, le prix et les conditions négociées.',
  sectionIds: [],
  criteria: ['3.4.a', '3.4.b'],
  practice: true,
  fields: [
    { key: 'besoins', label: 'Besoins du client repris', type: 'longtext', required: true },
    { key: 'solution', label: 'Solution proposée', type: 'longtext', required: true },
    { key: 'prix', label: 'Prix (€ HT)', type: 'money', required: true },
    { key: 'conditions', label: 'Conditions (délais, paiement, garanties)', type: 'longtext', required: true },
  ],
  tables: [],
};
