import type { PrintContext } from '../../../render/block-print';
import type { Inline, RenderBlock } from '../../../render/render-tree';
import { SWOT_QUADRANTS } from '../block-colors';
import type { BlockData, BlockSpec } from '../block-spec';
import { cellText, filledRows } from '../block-values';

/**
 * The SWOT as print shows it: strengths and weaknesses of this block, opportunities and threats of
 * the document's external diagnostic, in an equal two-by-two grid, each quadrant titled and lightly
 * coloured as in the app. Nothing until one quadrant has something in it.
 */
function swotGrid(data: BlockData, ctx: PrintContext): RenderBlock | null {
  const external = ctx.blocksInDoc.get('opportunitesMenaces');
  const itemsOf = (key: (typeof SWOT_QUADRANTS)[number]['key']) => {
    const source = key === 'forces' || key === 'faiblesses' ? data : external;
    return source ? filledRows(source, key).map((r) => ctx.text(cellText(r.intitule))) : [];
  };
  const lists = SWOT_QUADRANTS.map((q) => itemsOf(q.key));
  if (!lists.some((l) => l.length)) return null;
  const quadrant = (i: number): Inline[] => [{ text: SWOT_QUADRANTS[i].title, bold: true }, { text: `\n${lists[i].join('\n') || '—'}` }];
  const [s, w, o, t] = SWOT_QUADRANTS;
  return {
    kind: 'table',
    header: null,
    rows: [
      [quadrant(0), quadrant(1)],
      [quadrant(2), quadrant(3)],
    ],
    fills: [
      [s.fill, w.fill],
      [o.fill, t.fill],
    ],
    equalColumns: true,
    caption: ctx.caption('Tableau', 'Matrice SWOT'),
    wide: false,
    source: 'swot',
  };
}

/** Diagnostic interne: strengths, weaknesses and competitive advantages, shown as a SWOT with the external diagnostic. */
export const diagnosticInterne: BlockSpec<'diagnosticInterne'> = {
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
  printExtras: (data, ctx) => {
    const swot = swotGrid(data, ctx);
    return swot ? [swot] : [];
  },
};
