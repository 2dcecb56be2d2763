import type { BlockData, BlockSpec, CellValue, SummaryLine } from '../block-spec';
import { cellText, filledRows } from '../block-values';
import { parseFrNumber } from '../parse-values';

const RATING = { type: 'rating', min: 1, max: 5 } as const;

/** Feasibility × economic efficiency (out of 25), or null if a rating is missing. */
export function opportunityScore(row: Record<string, CellValue>): number | null {
  const f = parseFrNumber(row.faisabilite);
  const e = parseFrNumber(row.efficacite);
  return f === null || e === null ? null : f * e;
}

/** Probability × impact (out of 25), or null if a rating is missing. */
export function riskScore(row: Record<string, CellValue>): number | null {
  const p = parseFrNumber(row.probabilite);
  const i = parseFrNumber(row.impact);
  return p === null || i === null ? null : p * i;
}

/** A risk score in words. */
export function riskLevel(score: number): 'faible' | 'modéré' | 'élevé' {
  return score <= 6 ? 'faible' : score <= 12 ? 'modéré' : 'élevé';
}

/** The best-rated opportunity and the highest risk. */
function summary(data: BlockData): SummaryLine[] {
  const opps = filledRows(data, 'opportunites')
    .map((r) => ({ label: cellText(r.intitule), score: opportunityScore(r) }))
    .filter((o): o is { label: string; score: number } => o.score !== null);
  const risks = filledRows(data, 'menaces')
    .map((r) => ({ label: cellText(r.intitule), score: riskScore(r) }))
    .filter((o): o is { label: string; score: number } => o.score !== null);
  const best = [...opps].sort((a, b) => b.score - a.score)[0];
  const worst = [...risks].sort((a, b) => b.score - a.score)[0];
  return [
    ...(best ? [{ label: 'Opportunité prioritaire', value: `${best.label} (${best.score}/25)` }] : []),
    ...(worst
      ? [
          {
            label: 'Risque le plus élevé',
            value: `${worst.label} (${worst.score}/25, ${riskLevel(worst.score)})`,
            tone: worst.score > 12 ? ('bad' as const) : undefined,
          },
        ]
      : []),
  ];
}

/** Diagnostic externe: opportunities rated for feasibility and economic efficiency, threats rated as risks. */
export const opportunitesMenaces: BlockSpec<'opportunitesMenaces'> = {
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
  summary,
  computedColumns: {
    opportunites: [{ label: 'Score /25', value: (r) => String(opportunityScore(r) ?? '—') }],
    menaces: [
      {
        label: 'Risque /25',
        value: (r) => {
          const s = riskScore(r);
          return s === null ? '—' : `${s} (${riskLevel(s)})`;
        },
      },
    ],
  },
};
