import type { CheckContext } from './context';
import { sectionTargets } from '../document/from-template';
import type { LengthTarget } from '../model/metadata';
import { filledRows, cellText, isFilled } from '../schema/blocks/block-values';
import { normalizeText, formatFrNumber } from '../schema/blocks/parse-values';
import { flattenSections } from '../referential/template-schema';
import { figureDisagreements } from './figures-agree';
import { ADVICE } from './advice';

/** Something about the document as a whole that the candidate should fix. */
export interface DocumentFinding {
  kind: 'length' | 'placeholder' | 'empty-section' | 'figure-caption' | 'orphan-objective' | 'action-kpi' | 'figures';
  message: string;
  index: number | null;
  /** A second place to look at: the block whose figure the text contradicts. */
  related?: number;
}

const PLACEHOLDER = /\[\s*[aà] compl[eé]ter\s*\]|\bxxx+\b|lorem ipsum|\btodo\b|\?\?\?|\[\s*(\.\.\.|…)\s*\]/i;

/** Length per section, leftover placeholders, empty sections, captionless figures, loose objectives and actions. */
export function documentFindings(ctx: CheckContext, length: LengthTarget): DocumentFinding[] {
  const findings: DocumentFinding[] = [];
  const targets = sectionTargets(ctx.template, length);
  const blockSections = new Set(
    ctx.blocks
      .filter((b) => Object.values(b.data.fields).some(isFilled) || Object.keys(b.data.tables).some((t) => filledRows(b.data, t).length))
      .map((b) => b.sectionId),
  );
  for (const section of flattenSections(ctx.template.sections)) {
    const info = ctx.sections.get(section.id)!;
    if (info.index === null) continue;
    const hasChildren = (section.children ?? []).length > 0;
    if (!hasChildren && info.words === 0 && !blockSections.has(section.id) && section.id !== 'annexes') {
      findings.push({ kind: 'empty-section', message: ADVICE.findings.emptySection(section.title), index: info.index });
      continue;
    }
    const target = targets.get(section.id);
    if (target && !hasChildren && info.words > 0 && info.words < target.minWords) {
      findings.push({
        kind: 'length',
        message: ADVICE.findings.tooShort(section.title, formatFrNumber(info.words), formatFrNumber(target.minWords), formatFrNumber(target.maxWords)),
        index: info.index,
      });
    } else if (target && !hasChildren && info.words > target.maxWords * 1.2) {
      findings.push({
        kind: 'length',
        message: ADVICE.findings.tooLong(section.title, formatFrNumber(info.words), formatFrNumber(target.maxWords)),
        index: info.index,
      });
    }
  }
  for (const node of ctx.nodeTexts) {
    if (PLACEHOLDER.test(node.text))
      findings.push({ kind: 'placeholder', message: ADVICE.findings.placeholder(node.text.match(PLACEHOLDER)![0]), index: node.index });
  }
  ctx.figures.forEach((f, i) => {
    if (!f.caption) findings.push({ kind: 'figure-caption', message: ADVICE.findings.uncaptionedFigure(i + 1), index: f.index });
  });
  const objectives = ctx.blocks
    .filter((b) => b.spec.name === 'objectifsSmart')
    .flatMap((b) => filledRows(b.data, 'objectifs').map((r) => ({ b, code: cellText(r.code), label: cellText(r.enonce) })));
  const actions = ctx.blocks.filter((b) => b.spec.name === 'pac').flatMap((b) => filledRows(b.data, 'actions').map((r) => ({ b, r })));
  if (actions.length) {
    const referenced = normalizeText(actions.map(({ r }) => cellText(r.objectif)).join(' | '));
    for (const o of objectives) {
      const key = normalizeText(o.code || o.label).trim();
      if (key && !referenced.includes(key))
        findings.push({
          kind: 'orphan-objective',
          message: ADVICE.findings.orphanObjective(o.code || `« ${o.label.slice(0, 40)} »`),
          index: o.b.index,
        });
    }
    for (const { b, r } of actions) {
      if (!isFilled(r.kpi)) findings.push({ kind: 'action-kpi', message: ADVICE.findings.actionWithoutKpi(cellText(r.action)), index: b.index });
    }
  }
  for (const d of figureDisagreements(ctx, ctx.thresholds.figures))
    findings.push({ kind: 'figures', message: d.message, index: d.index, related: d.blockIndex });
  return findings;
}
