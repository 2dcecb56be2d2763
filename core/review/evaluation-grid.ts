import { coverLines, frontMatter, documentProperties } from '../render/render-tree';
import type { CheckReport, CriterionResult } from '../checks/run-checks';
import type { MemoireMeta } from '../model/metadata';
import type { Comment, Verdict } from '../model/review';
import type { Caption, Inline, RenderBlock, RenderTree } from '../render/render-tree';
import { frenchText } from '../render/french-typography';

/** French names of the automatic statuses and of the tutor's verdicts, as the grid prints them. */
export const GRID_WORDS = {
  auto: { satisfied: 'Satisfait', partial: 'Partiel', missing: 'Manquant', manual: 'À juger' },
  verdict: { satisfied: 'Acquis', partial: 'En cours d’acquisition', missing: 'Non acquis', 'not-assessed': 'Non évalué' },
} as const;

const t = (text: string): Inline[] => [{ text: frenchText(text) }];
const bold = (text: string): Inline[] => [{ text: frenchText(text), bold: true }];

/** The review data the grid prints beside the automatic checklist. */
export interface GridReview {
  verdicts: readonly Verdict[];
  comments: readonly Comment[];
}

function criterionRow(c: CriterionResult, verdict: Verdict | undefined): Inline[][] {
  const evidence = c.evidence.length ? c.evidence.map((e) => e.label).join(' ; ') : c.advice.join(' ');
  return [
    bold(`${c.criterionId} ${c.label}`),
    t(GRID_WORDS.auto[c.status]),
    t(evidence || '—'),
    t(verdict ? GRID_WORDS.verdict[verdict.status] : GRID_WORDS.verdict['not-assessed']),
    t(verdict?.feedback || '—'),
  ];
}

/**
 * The evaluation grid as a render tree, so the PDF and Word exporters print it as they print a
 * mémoire: a summary (per référentiel block, the automatic statuses and the tutor's verdicts), then
 * per block each criterion with its automatic status and quoted evidence, the tutor's verdict and
 * feedback, then the open comments with the text they point to.
 */
export function buildGridTree(report: CheckReport, meta: MemoireMeta, review: GridReview, blocks: ReadonlyArray<{ id: string; title: string }>): RenderTree {
  // The latest verdict per criterion (several tutors may have reviewed), plus block summaries and the overall appreciation.
  const verdicts = new Map<string, Verdict>();
  for (const v of review.verdicts) if ((verdicts.get(v.criterionId)?.updatedAt ?? '') <= v.updatedAt) verdicts.set(v.criterionId, v);
  const criteria = report.criteria.filter((c) => c.scope === report.scope);
  const body: RenderBlock[] = [];
  const headings: RenderTree['headings'] = [];
  const captions: Caption[] = [];
  const heading = (text: string, anchor: string) => {
    body.push({ kind: 'heading', level: 1, number: null, text, anchor, sectionId: null });
    headings.push({ level: 1, number: null, text, anchor });
  };
  const table = (header: string[], rows: Inline[][][], title: string) => {
    const caption: Caption = { label: 'Tableau', number: captions.length + 1, text: title, anchor: `grille-tableau-${captions.length + 1}` };
    captions.push(caption);
    // Portrait: a landscape page would leave its heading alone on the page before.
    body.push({ kind: 'table', header: header.map(bold), rows, caption, wide: false, source: 'grid' });
  };

  heading('Synthèse', 'grille-synthese');
  const counted = (list: CriterionResult[]) => {
    const v = list.map((c) => verdicts.get(c.criterionId)?.status ?? 'not-assessed');
    return [
      list.length,
      list.filter((c) => c.status === 'satisfied').length,
      v.filter((s) => s === 'satisfied').length,
      v.filter((s) => s === 'partial').length,
      v.filter((s) => s === 'missing').length,
      v.filter((s) => s === 'not-assessed').length,
    ];
  };
  const summaryRows = blocks
    .map((b) => ({ b, list: criteria.filter((c) => c.blockId === b.id) }))
    .filter(({ list }) => list.length)
    .map(({ b, list }) => [bold(`Bloc ${b.id} — ${b.title}`), ...counted(list).map((n) => t(String(n)))]);
  summaryRows.push([bold('Total'), ...counted(criteria).map((n) => bold(String(n)))]);
  table(
    ['Bloc du référentiel', 'Critères', 'Satisfaits (automatique)', 'Acquis', 'En cours d’acquisition', 'Non acquis', 'Non évalués'],
    summaryRows,
    'Synthèse par bloc',
  );
  body.push({
    kind: 'paragraph',
    inlines: t(
      `Vérification automatique : ${report.memoire.satisfied} critères satisfaits sur ${report.memoire.total}. Avis du tuteur donnés : ${criteria.filter((c) => (verdicts.get(c.criterionId)?.status ?? 'not-assessed') !== 'not-assessed').length}.`,
    ),
  });
  const overall = verdicts.get('global')?.feedback;
  if (overall) body.push({ kind: 'paragraph', inlines: [...bold('Appréciation générale : '), ...t(overall)] });

  for (const b of blocks) {
    const list = criteria.filter((c) => c.blockId === b.id);
    if (!list.length) continue;
    heading(`Bloc ${b.id} — ${b.title}`, `grille-bloc-${b.id}`);
    const summary = verdicts.get(`bloc-${b.id}`)?.feedback;
    if (summary) body.push({ kind: 'paragraph', inlines: [...bold('Synthèse du tuteur : '), ...t(summary)] });
    table(
      ['Critère', 'Statut automatique', 'Preuves citées ou ce qui manque', 'Avis du tuteur', 'Commentaire du tuteur'],
      list.map((c) => criterionRow(c, verdicts.get(c.criterionId))),
      `Critères du bloc ${b.id}`,
    );
  }

  const open = review.comments.filter((c) => !c.resolvedAt && !c.parentId);
  heading('Commentaires ouverts', 'grille-commentaires');
  if (!open.length) body.push({ kind: 'paragraph', inlines: t('Aucun commentaire ouvert.') });
  else
    body.push({
      kind: 'list',
      ordered: false,
      items: open.map((c) => [
        { kind: 'paragraph', inlines: [...bold(`${c.authorName} : `), ...t(c.body), ...(c.anchor?.quote ? t(` (sur « ${c.anchor.quote} »)`) : [])] },
      ]),
    });

  const cover = { ...meta, title: `Grille d’évaluation — ${meta.title}`, subtitle: `Relecture du mémoire de ${meta.candidate}` };
  return {
    cover,
    coverLines: coverLines(cover),
    properties: documentProperties(cover),
    front: frontMatter(cover.title),
    body,
    headings,
    captions,
    footnotes: [],
    // The grid's tables are read in place: no lists of figures or tables, no annexes.
    endLists: [],
    annexesAt: body.length,
    annexes: [],
  };
}
