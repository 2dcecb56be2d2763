import type { BlockSpec } from './block-spec';

/** Exam practice: an e-mailing campaign (étude de cas, compétence 2.2). */
export const emailing: BlockSpec = {
  name: 'emailing',
  title: 'E-mailing (entraînement)',
  description: 'Objet court, pré-en-tête, corps personnalisé, appel à l’action, lien de désinscription ; cible, faisabilité et efficacité de l’action.',
  sectionIds: [],
  criteria: ['2.2.a', '2.2.b', '2.2.c', '2.2.e'],
  practice: true,
  fields: [
    { key: 'cible', label: 'Cible', type: 'text', required: true },
    { key: 'support', label: 'Support choisi et pourquoi', type: 'text', required: true },
    { key: 'faisabilite', label: 'Faisabilité (1-5)', type: 'rating', min: 1, max: 5, required: true },
    { key: 'efficacite', label: 'Efficacité attendue (1-5)', type: 'rating', min: 1, max: 5, required: true },
    { key: 'objet', label: 'Objet', type: 'text', required: true },
    { key: 'preheader', label: 'Pré-en-tête', type: 'text', required: true },
    { key: 'corps', label: 'Corps du message', type: 'longtext', required: true },
    { key: 'cta', label: 'Appel à l’action', type: 'text', required: true },
    { key: 'desinscription', label: 'Lien de désinscription', type: 'boolean' },
    { key: 'automation', label: 'Outils de marketing automation envisagés', type: 'text', required: true },
  ],
  tables: [],
};

/** Exam practice: an event consistent with the development objectives. */
export const evenement: BlockSpec = {
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

/** Exam practice: the written commercial proposal after a negotiation. */
export const proposition: BlockSpec = {
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

/** Exam practice: map of the commercial process with actors, tasks and quality criteria. */
export const cartographie: BlockSpec = {
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
