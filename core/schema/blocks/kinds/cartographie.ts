import type { BlockSpec } from '../block-spec';

/** Exam practice: map of the commercial process with actors, tasks and quality criteria. */
export const cartographie: BlockSpec<'cartographie'> = {
  name: 'cartographie',
  title: 'Cartographie de la démarche commerciale (entraînement)',
  description: 'Chaque étape avec son acteur, ses tâches, ses interactions, son critère de qualité et le critère de performance de l’acteur.',
  sectionIds: [],
  criteria: ['4.1.a', '4.1.b', '4.1.c', '4.1.d', '4.2.a', '4.2.b'],
  practice: true,
  fields: [],
  tables: [
    {
      key: 'etapes',
      label: 'Étapes',
      rowLabel: 'étape',
      initialRows: 4,
      columns: [
        { key: 'etape', label: 'Étape', type: 'text', required: true },
        { key: 'acteur', label: 'Acteur', type: 'text', required: true },
        { key: 'implication', label: 'Implication (rôle, tâches)', type: 'longtext', required: true },
        { key: 'interactions', label: 'Interactions', type: 'text', required: true },
        { key: 'qualite', label: 'Critère de qualité', type: 'text', required: true },
        { key: 'performance', label: 'Critère de performance', type: 'text', required: true },
      ],
    },
  ],
};
