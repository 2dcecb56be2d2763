import type { BlockSpec } from './block-spec';

/** Action types of the PAC, as the référentiel names them. */
export const ACTION_TYPES = ['Détection', 'Conquête', 'Fidélisation'] as const;
/** Channels a PAC action can use. */
export const CHANNELS = [
  'E-mailing',
  'Téléphone',
  'Terrain',
  'LinkedIn',
  'Site web',
  'Webinaire',
  'Salon',
  'Évènement',
  'Courrier',
  'Publicité',
  'Partenaires',
  'CRM',
] as const;
/** The phases of building a PAC. */
export const PAC_PHASES = ['Diagnostic', 'Objectifs', 'Actions', 'Budget', 'Planning', 'Suivi'] as const;

/** The PAC action table, with shares per type, channel mix, total budget and a timeline. */
export const pac: BlockSpec = {
  name: 'pac',
  title: 'Plan d’action commerciale',
  description: 'Une action par ligne : type, canaux, budget, dates, responsable, indicateur et objectif visé (code de l’objectif SMART).',
  sectionIds: ['pac'],
  criteria: ['1.4.a', '1.4.b', '1.4.c'],
  fields: [{ key: 'phases', label: 'Phases d’élaboration suivies', type: 'multiselect', options: PAC_PHASES }],
  tables: [
    {
      key: 'actions',
      label: 'Actions',
      rowLabel: 'action',
      initialRows: 3,
      columns: [
        { key: 'action', label: 'Action', type: 'text', required: true, aliases: ['action', 'actions'] },
        { key: 'type', label: 'Type', type: 'select', options: ACTION_TYPES, required: true, aliases: ['type', 'nature'] },
        { key: 'canaux', label: 'Canaux', type: 'multiselect', options: CHANNELS, required: true, aliases: ['canal', 'canaux'] },
        { key: 'budget', label: 'Budget (€)', type: 'money', aliases: ['budget', 'cout'] },
        { key: 'debut', label: 'Début', type: 'date', aliases: ['debut', 'date de debut'] },
        { key: 'fin', label: 'Fin', type: 'date', aliases: ['fin', 'date de fin'] },
        { key: 'responsable', label: 'Responsable', type: 'text', aliases: ['responsable', 'pilote'] },
        { key: 'kpi', label: 'Indicateur', type: 'text', aliases: ['kpi', 'indicateur'] },
        { key: 'objectif', label: 'Objectif visé', type: 'text', aliases: ['objectif vise', 'objectif'] },
      ],
    },
  ],
};
