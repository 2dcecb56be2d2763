import type { BlockData, BlockSpec, SummaryLine } from '../block-spec';
import { cellText, filledRows } from '../block-values';
import { agree } from '../parse-values';

/** The segments ticked as targets. */
function summary(data: BlockData): SummaryLine[] {
  const chosen = filledRows(data, 'segments')
    .filter((r) => r.cible === true)
    .map((r) => cellText(r.nom));
  return [{ label: agree(chosen.length, 'Cible retenue', 'Cibles retenues'), value: chosen.join(', ') || '—', tone: chosen.length ? 'ok' : 'warn' }];
}

/** Segmentation, chosen target(s) and positioning. */
export const segmentation: BlockSpec<'segmentation'> = {
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
  summary,
};
