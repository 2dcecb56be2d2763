import type { CheckContext } from './context';
import type { Thresholds } from './thresholds';
import { pacShares, trackingRows } from '../schema/blocks';
import { cellText, filledRows } from '../schema/blocks/block-values';
import { formatFrNumber, normalizeText, parseFrNumber } from '../schema/blocks/parse-values';
import { ADVICE } from './advice';

/** A figure the text states and the block's own value for the same thing, when they differ. */
export interface FigureDisagreement {
  message: string;
  /** The paragraph that states the figure. */
  index: number;
  /** The block that computes it. */
  blockIndex: number;
}

interface Stated {
  value: number;
  unit: '€' | '%' | 'nombre';
  /** Where the figure starts in the sentence (to find what it is next to). */
  at: number;
}

/** Amounts (« 18 000 € », « 18,5 k€ », « 1,2 M€ »), percentages and plain numbers of a sentence. */
function statedFigures(sentence: string): Stated[] {
  const out: Stated[] = [];
  const re = /(-?\d{1,3}(?:[ \u00A0\u202F.]\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?)\s*(k€|K€|M€|€|euros?|%|pour ?cent)?/g;
  for (const m of sentence.matchAll(re)) {
    const value = parseFrNumber(m[1]);
    if (value === null) continue;
    const unit = m[2] ?? '';
    const scale = /^k/i.test(unit) ? 1_000 : /^M/.test(unit) ? 1_000_000 : 1;
    out.push({ value: value * scale, unit: unit.includes('%') || /cent/.test(unit) ? '%' : unit ? '€' : 'nombre', at: m.index ?? 0 });
  }
  return out;
}

/** Sentences of a paragraph (a decimal comma or a thousands point never ends one). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+(?=\S)/);
}

/** The stated figure of a unit nearest to a keyword of the sentence, or null. */
function figureNear(sentence: string, keywords: readonly string[], unit: Stated['unit']): Stated | null {
  const norm = normalizeText(sentence);
  const spots = keywords.flatMap((k) => {
    const at = norm.indexOf(normalizeText(k));
    return at >= 0 ? [at] : [];
  });
  if (!spots.length) return null;
  const figures = statedFigures(sentence).filter((f) => f.unit === unit);
  let best: Stated | null = null;
  for (const f of figures) if (!best || Math.min(...spots.map((s) => Math.abs(f.at - s))) < Math.min(...spots.map((s) => Math.abs(best!.at - s)))) best = f;
  return best;
}

const euros = (n: number) => `${formatFrNumber(Math.round(n))} €`;
const percent = (n: number) => `${formatFrNumber(Math.round(n * 10) / 10)} %`;

/**
 * The figures the text announces that the blocks contradict: the PAC's total budget, the overall ROI of
 * the corrective actions, an objective's target named by its code. Each with both places to look at.
 */
export function figureDisagreements(ctx: CheckContext, rules: Thresholds['figures']): FigureDisagreement[] {
  const out: FigureDisagreement[] = [];
  const moneyDiffers = (a: number, b: number) => Math.abs(a - b) > Math.max(1, Math.abs(b) * rules.moneyTolerance);
  const paragraphs = ctx.nodeTexts.filter((n) => !ctx.blocks.some((b) => b.index === n.index) && n.type !== 'heading');
  const sentences = paragraphs.flatMap((p) => sentencesOf(p.text).map((s) => ({ index: p.index, s })));

  // Every filled PAC is a budget the text may be announcing (a template's empty PAC left beside the
  // candidate's own is none); a figure matching none of them is reported against the first.
  const pacs = ctx.blocks
    .filter((b) => b.spec.name === 'pac' && !b.fromTable)
    .map((b) => ({ block: b, total: pacShares(b.data).totalBudget }))
    .filter((p) => p.total > 0);
  if (pacs.length) {
    for (const { index, s } of sentences) {
      const stated = figureNear(s, rules.budgetKeywords, '€');
      if (stated && pacs.every((p) => moneyDiffers(stated.value, p.total))) {
        out.push({
          message: ADVICE.findings.budgetDiffers(euros(stated.value), euros(pacs[0].total)),
          index,
          blockIndex: pacs[0].block.index,
        });
      }
    }
  }

  const tracking = ctx.blocks.find((b) => b.spec.name === 'suivi' && !b.fromTable);
  if (tracking) {
    const rows = trackingRows(tracking.data);
    const cost = rows.reduce((a, r) => a + (r.cost ?? 0), 0);
    const gain = rows.reduce((a, r) => a + (r.gain ?? 0), 0);
    if (cost > 0) {
      const roi = ((gain - cost) / cost) * 100;
      for (const { index, s } of sentences) {
        const stated = figureNear(s, rules.roiKeywords, '%');
        if (stated && Math.abs(stated.value - roi) > rules.percentTolerancePoints) {
          out.push({
            message: ADVICE.findings.roiDiffers(percent(stated.value), percent(roi)),
            index,
            blockIndex: tracking.index,
          });
        }
      }
    }
  }

  const smart = ctx.blocks.find((b) => b.spec.name === 'objectifsSmart' && !b.fromTable);
  if (smart) {
    for (const row of filledRows(smart.data, 'objectifs')) {
      const code = cellText(row.code).trim();
      const target = parseFrNumber(row.cible);
      if (!code || target === null) continue;
      const mentions = new RegExp(`(?<![\\p{L}\\p{N}])${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      for (const { index, s } of sentences) {
        if (!mentions.test(s)) continue;
        // The number right after the code or an objective word, other than the code's own digits.
        const stated = figureNear(
          s.replace(mentions, ''),
          rules.objectiveKeywords,
          cellText(row.unite).includes('%') ? '%' : cellText(row.unite).includes('€') ? '€' : 'nombre',
        );
        if (stated && moneyDiffers(stated.value, target)) {
          out.push({
            message: ADVICE.findings.targetDiffers(code, formatFrNumber(stated.value), `${formatFrNumber(target)} ${cellText(row.unite)}`.trim()),
            index,
            blockIndex: smart.index,
          });
        }
      }
    }
  }
  // The same contradiction stated in several places is one thing to fix: said once, where it first appears.
  const seen = new Set<string>();
  return out.filter((d) => !seen.has(d.message) && seen.add(d.message));
}
