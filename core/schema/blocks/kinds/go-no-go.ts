import type { BlockData, BlockIssue, BlockSpec, SummaryLine } from '../block-spec';
import { cellText, filledRows } from '../block-values';
import { formatFrNumber, parseFrNumber } from '../parse-values';

/** The go / no-go grid's weighted score, weight per family and what the threshold says. */
export interface GoNoGoScore {
  score: number | null;
  weightSum: number;
  families: Record<string, number>;
  threshold: number | null;
  suggested: 'Go' | 'No go' | null;
}

/** Weighted score in % (Σ weight × note / 5). */
export function goNoGoScore(data: BlockData): GoNoGoScore {
  const rows = filledRows(data, 'criteres');
  const families: Record<string, number> = {};
  let weightSum = 0;
  let score = 0;
  let complete = rows.length > 0;
  for (const row of rows) {
    const w = parseFrNumber(row.poids);
    const n = parseFrNumber(row.note);
    const fam = cellText(row.famille);
    if (w !== null) {
      weightSum += w;
      if (fam) families[fam] = (families[fam] ?? 0) + w;
    }
    if (w === null || n === null) complete = false;
    else score += (w * n) / 5;
  }
  const threshold = parseFrNumber(data.fields.seuil);
  const finalScore = complete ? score : null;
  return {
    score: finalScore,
    weightSum,
    families,
    threshold,
    suggested: finalScore === null || threshold === null ? null : finalScore >= threshold ? 'Go' : 'No go',
  };
}

/** The score, the weight of each family and what the grid says against the decision taken. */
function summary(data: BlockData): SummaryLine[] {
  const g = goNoGoScore(data);
  const decision = cellText(data.fields.decision);
  const lines: SummaryLine[] = [
    { label: 'Score pondéré', value: g.score === null ? '—' : `${formatFrNumber(g.score, 1)} %` },
    {
      label: 'Poids par famille',
      value:
        Object.entries(g.families)
          .map(([f, w]) => `${f} ${formatFrNumber(w)} %`)
          .join(', ') || '—',
    },
  ];
  if (g.suggested) lines.push({ label: 'La grille indique', value: g.suggested, tone: decision && decision !== g.suggested ? 'warn' : 'ok' });
  return lines;
}

/** The weights must add up to 100 % once they are all typed. */
function crossIssues(data: BlockData): BlockIssue[] {
  const weights = filledRows(data, 'criteres').map((r) => parseFrNumber(r.poids));
  if (!weights.length || weights.some((w) => w === null)) return [];
  const sum = weights.reduce<number>((a, b) => a + (b ?? 0), 0);
  return Math.abs(sum - 100) > 0.01
    ? [{ path: 'tables.criteres', message: `La somme des poids fait ${formatFrNumber(sum, 1)} % au lieu de 100 %`, level: 'error' }]
    : [];
}

/** Go / no-go grid: weighted criteria in three families, threshold and decision. */
export const goNoGo: BlockSpec<'goNoGo'> = {
  name: 'goNoGo',
  title: 'Grille go / no go',
  description: 'Critères pondérés (total 100 %) des familles économique, stratégique et faisabilité, notés de 0 à 5 ; le score pondéré se compare au seuil.',
  sectionIds: ['appels-offres'],
  criteria: ['2.5.a'],
  fields: [
    { key: 'appelOffres', label: 'Appel d’offres analysé', type: 'text', required: true },
    { key: 'seuil', label: 'Seuil de décision (%)', type: 'percent', required: true, min: 0, max: 100 },
    { key: 'decision', label: 'Décision', type: 'select', options: ['Go', 'No go'], required: true },
    { key: 'justification', label: 'Justification de la décision', type: 'longtext' },
  ],
  tables: [
    {
      key: 'criteres',
      label: 'Critères',
      rowLabel: 'critère',
      initialRows: 3,
      columns: [
        { key: 'critere', label: 'Critère', type: 'text', required: true, aliases: ['critere', 'criteres'] },
        {
          key: 'famille',
          label: 'Famille',
          type: 'select',
          options: ['Économique', 'Stratégique', 'Faisabilité'],
          required: true,
          aliases: ['famille', 'categorie', 'type'],
        },
        { key: 'poids', label: 'Poids (%)', type: 'percent', required: true, min: 0, max: 100, aliases: ['poids', 'ponderation', 'coefficient'] },
        { key: 'note', label: 'Note (0-5)', type: 'rating', required: true, min: 0, max: 5, aliases: ['note', 'score', 'evaluation'] },
      ],
    },
  ],
  summary,
  crossIssues,
};
