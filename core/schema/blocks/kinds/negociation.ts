import type { BlockSpec } from '../block-spec';

/** One complex negotiation, from preparation to outcome. */
export const negociation: BlockSpec<'negociation'> = {
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
