import type { BlockSpec } from './block-spec';

const RATING = { type: 'rating', min: 1, max: 5 } as const;

/** Diagnostic externe: opportunities rated for feasibility and economic efficiency, threats rated as risks. */
export const opportunitesMenaces: BlockSpec = {
  name: 'opportunitesMenaces',
  title: 'Opportunités et menaces',
  description: 'Notez chaque opportunité (faisabilité, efficacité économique, de 1 à 5) et chaque menace (probabilité × impact = risque).',
  sectionIds: ['diagnostic-externe'],
  criteria: ['1.1.a', '1.1.b'],
  fields: [{ key: 'veille', label: 'Dispositif de veille (sources, fréquence, outils)', type: 'longtext' }],
  tables: [
    {
      key: 'opportunites',
      label: 'Opportunités',
      rowLabel: 'opportunité',
      initialRows: 2,
      columns: [
        { key: 'intitule', label: 'Opportunité', type: 'text', required: true, aliases: ['opportunite', 'opportunites'] },
        { key: 'faisabilite', label: 'Faisabilité (1-5)', ...RATING, required: true, aliases: ['faisabilite'] },
        { key: 'efficacite', label: 'Efficacité économique (1-5)', ...RATING, required: true, aliases: ['efficacite', 'rentabilite', 'interet economique'] },
        { key: 'source', label: 'Source', type: 'text', aliases: ['source'] },
      ],
    },
    {
      key: 'menaces',
      label: 'Menaces',
      rowLabel: 'menace',
      initialRows: 2,
      columns: [
        { key: 'intitule', label: 'Menace', type: 'text', required: true, aliases: ['menace', 'menaces', 'risque identifie'] },
        { key: 'probabilite', label: 'Probabilité (1-5)', ...RATING, required: true, aliases: ['probabilite'] },
        { key: 'impact', label: 'Impact (1-5)', ...RATING, required: true, aliases: ['impact', 'gravite'] },
        { key: 'parade', label: 'Parade prévue', type: 'text', aliases: ['parade', 'reponse', 'mesure'] },
      ],
    },
    {
      key: 'pestel',
      label: 'PESTEL / Porter (facultatif)',
      rowLabel: 'constat',
      initialRows: 0,
      columns: [
        {
          key: 'dimension',
          label: 'Dimension',
          type: 'select',
          options: [
            'Politique',
            'Économique',
            'Socioculturel',
            'Technologique',
            'Écologique',
            'Légal',
            'Concurrents',
            'Nouveaux entrants',
            'Substituts',
            'Fournisseurs',
            'Clients',
          ],
        },
        { key: 'constat', label: 'Constat', type: 'longtext' },
      ],
    },
  ],
};

/** Diagnostic interne: strengths, weaknesses and competitive advantages, shown as a SWOT with the external diagnostic. */
export const diagnosticInterne: BlockSpec = {
  name: 'diagnosticInterne',
  title: 'Diagnostic interne et SWOT',
  description:
    'Forces, faiblesses et avantages concurrentiels ; marquez les avantages décisifs et justifiez-les. La matrice SWOT reprend vos opportunités et menaces.',
  sectionIds: ['diagnostic-interne'],
  criteria: ['1.2.a'],
  fields: [],
  tables: [
    {
      key: 'forces',
      label: 'Forces',
      rowLabel: 'force',
      initialRows: 2,
      columns: [
        { key: 'intitule', label: 'Force', type: 'text', required: true, aliases: ['force', 'forces'] },
        { key: 'preuve', label: 'Preuve / chiffre', type: 'text' },
      ],
    },
    {
      key: 'faiblesses',
      label: 'Faiblesses',
      rowLabel: 'faiblesse',
      initialRows: 2,
      columns: [
        { key: 'intitule', label: 'Faiblesse', type: 'text', required: true, aliases: ['faiblesse', 'faiblesses'] },
        { key: 'remede', label: 'Piste d’amélioration', type: 'text' },
      ],
    },
    {
      key: 'avantages',
      label: 'Avantages concurrentiels',
      rowLabel: 'avantage',
      initialRows: 1,
      columns: [
        { key: 'intitule', label: 'Avantage concurrentiel', type: 'text', required: true, aliases: ['avantage', 'avantage concurrentiel'] },
        { key: 'decisif', label: 'Décisif', type: 'boolean', aliases: ['decisif'] },
        { key: 'justification', label: 'Pourquoi il est décisif face aux concurrents', type: 'longtext', aliases: ['justification'] },
      ],
    },
  ],
};
