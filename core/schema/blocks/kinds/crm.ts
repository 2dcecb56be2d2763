import type { BlockSpec } from '../block-spec';

/** A CRM query that produced the target of an action. */
export const crm: BlockSpec<'crm'> = {
  name: 'crm',
  title: 'Requête CRM',
  description: 'Outil, filtres appliqués, taille de la cible obtenue et objectif de l’action qu’elle sert.',
  sectionIds: ['crm'],
  criteria: ['2.6.a'],
  fields: [
    { key: 'outil', label: 'Outil de GRC / CRM', type: 'text', required: true },
    { key: 'objectifAction', label: 'Objectif de l’action ciblée', type: 'text', required: true },
    { key: 'tailleCible', label: 'Taille de la cible obtenue', type: 'number', required: true },
  ],
  tables: [
    {
      key: 'filtres',
      label: 'Filtres de la requête',
      rowLabel: 'filtre',
      initialRows: 2,
      columns: [
        { key: 'champ', label: 'Champ', type: 'text', required: true, aliases: ['champ', 'critere'] },
        { key: 'condition', label: 'Condition', type: 'text', aliases: ['condition', 'operateur'] },
        { key: 'valeur', label: 'Valeur', type: 'text', required: true, aliases: ['valeur'] },
      ],
    },
  ],
};
