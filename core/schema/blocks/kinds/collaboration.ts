import type { BlockSpec } from '../block-spec';

/** Internal actors and how the candidate worked with each. */
export const collaboration: BlockSpec<'collaboration'> = {
  name: 'collaboration',
  title: 'Acteurs internes et collaboration',
  description: 'Pour chaque service mobilisé : rôle, mode de collaboration, fréquence, livrables et critères de performance.',
  sectionIds: ['collaboration'],
  criteria: ['2.1.a', '2.1.b'],
  fields: [],
  tables: [
    {
      key: 'acteurs',
      label: 'Acteurs',
      rowLabel: 'acteur',
      initialRows: 2,
      columns: [
        { key: 'service', label: 'Service / acteur', type: 'text', required: true, aliases: ['service', 'acteur', 'acteurs'] },
        { key: 'role', label: 'Rôle', type: 'text', required: true, aliases: ['role'] },
        { key: 'mode', label: 'Mode de collaboration', type: 'text', aliases: ['mode', 'modalite', 'modalites'] },
        { key: 'frequence', label: 'Fréquence', type: 'text', aliases: ['frequence'] },
        { key: 'livrables', label: 'Livrables', type: 'text', aliases: ['livrable', 'livrables'] },
        { key: 'performance', label: 'Critères de performance', type: 'text', aliases: ['performance', 'critere de performance'] },
      ],
    },
  ],
};
