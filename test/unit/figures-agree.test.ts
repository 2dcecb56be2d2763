import { describe, expect, it } from 'vitest';
import type { PmNode } from '../../core/model/document';
import { pacShares, trackingRows } from '../../core/schema/blocks';
import { formatFrNumber } from '../../core/schema/blocks/parse-values';
import { REFERENCE_BLOCKS } from '../fixtures/reference-blocks';
import { check } from '../helpers/checks';

const p = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const block = (type: string): PmNode => ({ type, attrs: { data: REFERENCE_BLOCKS[type] } });
const figures = (...content: PmNode[]) => check({ type: 'doc', content }).findings.filter((f) => f.kind === 'figures');

const total = pacShares(REFERENCE_BLOCKS.pac).totalBudget;
const rows = trackingRows(REFERENCE_BLOCKS.suivi);
const cost = rows.reduce((a, r) => a + (r.cost ?? 0), 0);
const roi = ((rows.reduce((a, r) => a + (r.gain ?? 0), 0) - cost) / cost) * 100;

describe('figures that agree between the text and the blocks', () => {
  it('reports a budget the text states that the PAC does not total, with both places to jump to', () => {
    const found = figures(p('Le budget total du PAC est de 18 000 € sur six mois.'), block('pac'));
    expect(found).toEqual([
      {
        kind: 'figures',
        message: `Le texte annonce un budget de ${formatFrNumber(18_000)} € ; le PAC totalise ${formatFrNumber(total)} €.`,
        index: 0,
        related: 1,
      },
    ]);
    // The template's empty PAC left before the candidate's own is no budget: the filled one is compared.
    const empty: PmNode = { type: 'pac', attrs: { data: { fields: {}, tables: {} } } };
    expect(figures(p('Le budget total du PAC est de 18 000 € sur six mois.'), empty, block('pac'))).toEqual([{ ...found[0], related: 2 }]);
    expect(figures(p(`Le budget total du PAC est de ${formatFrNumber(total)} €.`), empty, block('pac'))).toEqual([]);
  });

  it('accepts the same figure written another way (rounded, in k€) and says nothing without a block', () => {
    const k = `${String(Math.round(total / 100) / 10).replace('.', ',')} k€`;
    expect(figures(p(`Une enveloppe globale de ${k} finance le plan.`), block('pac'))).toEqual([]);
    // « budget de » often prices one action, not the plan: not compared.
    expect(figures(p('Le webinaire a un budget de 4 500 €.'), block('pac'))).toEqual([]);
    // Stated twice, reported once.
    expect(figures(p('Le budget total est de 18 000 €.'), p('Rappel : budget total de 18 000 €.'), block('pac'))).toHaveLength(1);
    expect(figures(p(`Le budget total est de ${formatFrNumber(total)} €.`), block('pac'))).toEqual([]);
    expect(figures(p('Le budget total est de 18 000 €.'))).toEqual([]);
    // A figure the sentence does not tie to the budget is not compared.
    expect(figures(p('Le salon a réuni 18 000 visiteurs, pour 4 500 € de stand.'), block('pac'))).toEqual([]);
  });

  it('reports an ROI and an objective’s target that differ from the tracking table and the SMART objectives', () => {
    const found = figures(
      p(`Le ROI des actions correctives atteint ${formatFrNumber(Math.round(roi) + 20)} %.`),
      block('suivi'),
      p('Pour O1, la cible est de 15 contrats signés.'),
      block('objectifsSmart'),
    );
    expect(found.map((f) => f.message)).toEqual([
      `Le texte annonce un ROI de ${formatFrNumber(Math.round(roi) + 20)} % ; le tableau de suivi donne ${formatFrNumber(Math.round(roi * 10) / 10)} %.`,
      'Le texte donne pour O1 une cible de 15 ; l’objectif SMART dit 12 contrats.',
    ]);
    expect(found.map((f) => [f.index, f.related])).toEqual([
      [0, 1],
      [2, 3],
    ]);
    expect(figures(p('Pour O1, la cible est de 12 contrats signés.'), block('objectifsSmart'))).toEqual([]);
  });
});
