import type { BlockSpec } from '../block-spec';

/** SMART development objectives, each tied to a segment or strategic axis. */
export const objectifsSmart: BlockSpec<'objectifsSmart'> = {
  name: 'objectifsSmart',
  title: 'Objectifs SMART',
  description: 'Un objectif par ligne : indicateur, valeur de départ, valeur cible et unité, échéance, segment ou axe visé.',
  sectionIds: ['strategie'],
  criteria: ['1.3.b', '1.3.c'],
  fields: [],
  tables: [
    {
      key: 'objectifs',
      label: 'Objectifs',
      rowLabel: 'objectif',
      initialRows: 2,
      columns: [
        { key: 'code', label: 'Code', type: 'text', help: 'Ex. O1 : repris dans le PAC.', aliases: ['code', 'ref'] },
        { key: 'enonce', label: 'Objectif', type: 'longtext', required: true, aliases: ['objectif', 'objectifs'] },
        { key: 'indicateur', label: 'Indicateur', type: 'text', required: true, aliases: ['indicateur', 'kpi'] },
        { key: 'depart', label: 'Départ', type: 'number', aliases: ['depart', 'initial', 'situation actuelle', 'base'] },
        { key: 'cible', label: 'Cible', type: 'number', required: true, aliases: ['cible', 'valeur cible', 'objectif chiffre'] },
        { key: 'unite', label: 'Unité', type: 'text', required: true, aliases: ['unite'] },
        { key: 'echeance', label: 'Échéance', type: 'date', required: true, deadline: true, aliases: ['echeance', 'date', 'delai'] },
        { key: 'segment', label: 'Segment / axe', type: 'text', required: true, aliases: ['segment', 'axe', 'cible visee'] },
      ],
    },
  ],
};
