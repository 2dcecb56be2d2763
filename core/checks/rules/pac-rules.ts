import type { Rule } from '../rule-kit';
import { blockSection } from '../text-notions';
import { blocksOf, fromText, outcome, sectionTarget } from '../rule-kit';
import { ACTION_TYPES, PAC_PHASES, agree, filledRows, formatPercent, normalizeText, nounCount, pacShares, specOf } from '../../schema/blocks';
import { ADVICE } from '../advice';

function pacBlock(ctx: Parameters<Rule>[0]) {
  return blocksOf(ctx, 'pac').find((b) => filledRows(b.data, 'actions').length);
}

/** 1.4.a — the phases of building the PAC are named. */
export const pacPhasesRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'pac');
  const block = blocksOf(ctx, 'pac').find((b) => Array.isArray(b.data.fields.phases) && b.data.fields.phases.length);
  if (!block) return fromText(ctx, '1.4.a');
  const phases = block.data.fields.phases as string[];
  const missing = PAC_PHASES.filter((p) => !phases.includes(p));
  const text = ctx.sections.get(blockSection(specOf('pac')))?.text ?? '';
  const stillMissing = missing.filter((p) => !new RegExp(normalizeText(p).slice(0, 6)).test(text));
  return outcome(
    stillMissing.length ? 'partial' : 'satisfied',
    [{ label: `Phases : ${phases.join(' → ')}`, index: block.index }],
    stillMissing.length ? [ADVICE['1.4.a'].phasesMissing(stillMissing.join(', '))] : [],
    target,
    block,
  );
};

/** 1.4.b — balance between détection, conquête and fidélisation (count and budget). */
export const pacBalanceRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'pac');
  const block = pacBlock(ctx);
  if (!block) return fromText(ctx, '1.4.b');
  const s = pacShares(block.data);
  const { minShare, maxShare } = ctx.thresholds.pacBalance;
  const advice: string[] = [];
  if (s.untyped) advice.push(ADVICE['1.4.b'].untyped(nounCount(s.untyped, 'action')));
  for (const type of ACTION_TYPES) {
    const share = s.byType[type].countShare;
    if (s.byType[type].count === 0) advice.push(ADVICE['1.4.b'].noneOfType(type.toLowerCase(), formatPercent(minShare)));
    else if (share < minShare) advice.push(ADVICE['1.4.b'].tooFewOfType(type.toLowerCase(), formatPercent(share), formatPercent(minShare)));
    else if (share > maxShare) advice.push(ADVICE['1.4.b'].tooManyOfType(type.toLowerCase(), formatPercent(share), formatPercent(maxShare)));
  }
  const evidence = [
    {
      label: ACTION_TYPES.map((t) => `${t} ${formatPercent(s.byType[t].countShare)} (budget ${formatPercent(s.byType[t].budgetShare)})`).join(' · '),
      index: block.index,
    },
  ];
  return outcome(advice.length ? 'partial' : 'satisfied', evidence, advice, target, block);
};

/** 1.4.c — cross and multi channel actions. */
export const multichannelRule: Rule = (ctx) => {
  const target = sectionTarget(ctx, 'pac');
  const block = pacBlock(ctx);
  if (!block) return fromText(ctx, '1.4.c');
  const s = pacShares(block.data);
  const { minChannels, minMultichannelShare } = ctx.thresholds.multichannel;
  const channels = Object.keys(s.channels);
  const advice: string[] = [];
  if (!channels.length) advice.push(ADVICE['1.4.c'].noChannels);
  else if (channels.length < minChannels) advice.push(ADVICE['1.4.c'].tooFewChannels(nounCount(channels.length, 'canal', 'canaux'), minChannels));
  const share = s.actions ? s.multichannelActions / s.actions : 0;
  if (share < minMultichannelShare)
    advice.push(
      ADVICE['1.4.c'].tooFewCombined(
        `${nounCount(s.multichannelActions, 'action')} sur ${s.actions} ${agree(s.multichannelActions, 'combine', 'combinent')}`,
        formatPercent(minMultichannelShare),
      ),
    );
  return outcome(
    !channels.length ? 'missing' : advice.length ? 'partial' : 'satisfied',
    [
      {
        label: `${nounCount(channels.length, 'canal', 'canaux')} (${channels.join(', ')}), ${nounCount(s.multichannelActions, 'action')} cross canal`,
        index: block.index,
      },
    ],
    advice,
    target,
    block,
  );
};
