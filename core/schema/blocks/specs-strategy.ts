import type { BlockSpec } from './block-spec';

/** Segmentation, chosen target(s) and positioning. */
export const segmentation: BlockSpec = {
  name: 'segmentation',
  title: 'Segmentation, cible et positionnement',
  description: 'Décrivez les segments, cochez la ou les cibles retenues, puis formulez le positionnement.',
  sectionIds: ['strategie'],
  criteria: ['1.3.a'],
  fields: [
    { key: 'positionnement', label: 'Positionnement retenu', type: 'longtext', required: true },
    { key: 'axes', label: 'Axes stratégiques', type: 'longtext' },
  ],
  tables: [
    {
      key: 'segments',
      label: 'Segments',
      rowLabel: 'segment',
      initialRows: 2,
      columns: [
        { key: 'nom', label: 'Segment', type: 'text', required: true, aliases: ['segment'] },
        { key: 'criteres', label: 'Critères de segmentation', type: 'text', aliases: ['critere', 'criteres'] },
        { key: 'potentiel', label: 'Potentiel (€)', type: 'money', aliases: ['potentiel'] },
        { key: 'cible', label: 'Cible retenue', type: 'boolean', aliases: ['cible', 'retenu'] },
      ],
    },
  ],
};

/** SMART development objectives, each tied to a segment or strategic axis. */
export const objectifsSmart: BlockSpec = {
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
