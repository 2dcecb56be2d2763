import type { BlockSpec } from '../block-spec';

/** Exam practice: an event consistent with the development objectives. */
export const evenement: BlockSpec<'evenement'> = {
  name: 'evenement',
  title: 'Évènement (entraînement)',
  description: 'Évènement relié à un objectif de développement, cible, supports, faisabilité et efficacité.',
  sectionIds: [],
  criteria: ['2.2.a', '2.2.b', '2.2.d'],
  practice: true,
  fields: [
    { key: 'nom', label: 'Évènement', type: 'text', required: true },
    { key: 'objectif', label: 'Objectif de développement servi', type: 'text', required: true },
    { key: 'cible', label: 'Cible', type: 'text', required: true },
    { key: 'supports', label: 'Supports de communication', type: 'text', required: true },
    { key: 'faisabilite', label: 'Faisabilité (1-5)', type: 'rating', min: 1, max: 5, required: true },
    { key: 'efficacite', label: 'Efficacité attendue (1-5)', type: 'rating', min: 1, max: 5, required: true },
    { key: 'budget', label: 'Budget (€)', type: 'money' },
  ],
  tables: [],
};
