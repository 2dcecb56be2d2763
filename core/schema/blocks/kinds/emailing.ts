import type { BlockSpec } from '../block-spec';

/** Exam practice: an e-mailing campaign (étude de cas, compétence 2.2). */
export const emailing: BlockSpec<'emailing'> = {
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
