import type { BlockSpec } from './block-spec';

/** Tracking dashboard: objective vs actual, gap, corrective action and its ROI. */
export const suivi: BlockSpec = {
  name: 'suivi',
  title: 'Tableau de bord de suivi',
  description: 'Objectif et réalisé par ligne ; l’écart est calculé. Pour chaque écart, l’action corrective, son coût et le gain attendu donnent le ROI.',
  sectionIds: ['suivi'],
  criteria: ['2.7.a', '2.7.b', '4.3.a'],
  fields: [],
  tables: [
    {
      key: 'lignes',
      label: 'Suivi',
      rowLabel: 'ligne',
      initialRows: 2,
      columns: [
        { key: 'objectif', label: 'Objectif', type: 'text', required: true, aliases: ['objectif', 'indicateur'] },
        { key: 'cible', label: 'Cible', type: 'number', required: true, aliases: ['cible', 'prevu', 'objectif chiffre'] },
        { key: 'realise', label: 'Réalisé', type: 'number', required: true, aliases: ['realise', 'reel', 'resultat'] },
        { key: 'unite', label: 'Unité', type: 'text', aliases: ['unite'] },
        { key: 'anomalie', label: 'Anomalie constatée', type: 'text', aliases: ['anomalie', 'cause'] },
        { key: 'corrective', label: 'Action corrective', type: 'longtext', aliases: ['action corrective', 'correctif', 'corrective'] },
        { key: 'cout', label: 'Coût (€)', type: 'money', aliases: ['cout'] },
        { key: 'gain', label: 'Gain attendu (€)', type: 'money', aliases: ['gain'] },
      ],
    },
  ],
};

/** KPI dashboard over several periods, objective vs result. */
export const kpi: BlockSpec = {
  name: 'kpi',
  title: 'Tableau de bord de pilotage (KPI)',
  description: 'Chaque indicateur avec son objectif et ses résultats sur au moins deux périodes ; le graphique montre l’évolution.',
  sectionIds: ['performance'],
  criteria: ['4.4.a', '4.4.b'],
  fields: [
    { key: 'periode1', label: 'Période 1', type: 'text' },
    { key: 'periode2', label: 'Période 2', type: 'text' },
    { key: 'periode3', label: 'Période 3', type: 'text' },
    { key: 'periode4', label: 'Période 4', type: 'text' },
    { key: 'synthese', label: 'Synthèse et axes de progrès', type: 'longtext', required: true },
  ],
  tables: [
    {
      key: 'indicateurs',
      label: 'Indicateurs',
      rowLabel: 'indicateur',
      initialRows: 2,
      columns: [
        { key: 'indicateur', label: 'Indicateur', type: 'text', required: true, aliases: ['indicateur', 'kpi'] },
        { key: 'unite', label: 'Unité', type: 'text', aliases: ['unite'] },
        { key: 'objectif', label: 'Objectif', type: 'number', required: true, aliases: ['objectif', 'cible'] },
        { key: 'p1', label: 'P1', labelField: 'periode1', type: 'number', aliases: ['t1', 'p1', 'janvier', 'mois 1'] },
        { key: 'p2', label: 'P2', labelField: 'periode2', type: 'number', aliases: ['t2', 'p2', 'fevrier', 'mois 2'] },
        { key: 'p3', label: 'P3', labelField: 'periode3', type: 'number', aliases: ['t3', 'p3', 'mars', 'mois 3'] },
        { key: 'p4', label: 'P4', labelField: 'periode4', type: 'number', aliases: ['t4', 'p4', 'avril', 'mois 4'] },
      ],
    },
  ],
};

/** One complex negotiation, from preparation to outcome. */
export const negociation: BlockSpec = {
  name: 'negociation',
  title: 'Fiche de négociation',
  description: 'Préparation (sources web analysées, objectifs, angle d’attaque), interlocuteurs et leur pouvoir, leviers, reformulation validée, issue.',
  sectionIds: ['negociations'],
  criteria: ['3.1.a', '3.1.b', '3.1.c', '3.1.d', '3.1.e', '3.1.f'],
  fields: [
    { key: 'client', label: 'Client / prospect', type: 'text', required: true },
    { key: 'sources', label: 'Sources consultées et enseignements', type: 'longtext', required: true },
    { key: 'objectifs', label: 'Objectifs de la négociation', type: 'longtext', required: true },
    { key: 'angle', label: 'Angle d’attaque', type: 'longtext', required: true },
    { key: 'leviers', label: 'Leviers d’achat identifiés', type: 'longtext', required: true },
    { key: 'reformulation', label: 'Reformulation de la situation et du besoin', type: 'longtext', required: true },
    { key: 'reformulationValidee', label: 'Reformulation validée par le client', type: 'boolean' },
    { key: 'solution', label: 'Solution argumentée', type: 'longtext', required: true },
    { key: 'issue', label: 'Issue', type: 'select', options: ['Accord', 'Accord partiel', 'Refus', 'En cours'], required: true },
  ],
  tables: [
    {
      key: 'interlocuteurs',
      label: 'Interlocuteurs',
      rowLabel: 'interlocuteur',
      initialRows: 2,
      columns: [
        { key: 'nom', label: 'Interlocuteur (fonction)', type: 'text', required: true },
        {
          key: 'role',
          label: 'Rôle dans la décision',
          type: 'select',
          options: ['Décideur', 'Prescripteur', 'Acheteur', 'Utilisateur', 'Influenceur'],
          required: true,
        },
        { key: 'pouvoir', label: 'Pouvoir (1-5)', type: 'rating', min: 1, max: 5, required: true },
      ],
    },
  ],
};
