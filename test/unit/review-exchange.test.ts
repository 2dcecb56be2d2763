import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoireFile } from '../../core/store/memoire-file';
import { memoireSchema } from '../../core/schema/extensions';
import { anchorAt, indexText, reanchor, rowAnchorAt } from '../../core/review/anchors';
import { annotateDocument } from '../../core/review/annotate';
import { buildReviewFile, parseReviewFile } from '../../core/review/review-file';
import { mergeReview } from '../../core/review/merge-review';
import type { PmNode } from '../../core/model/document';
import { sampleMemoire } from '../helpers/sample';
import { tempDir } from '../helpers/temp';

const para = (text: string): PmNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...texts: string[]): PmNode => ({ type: 'doc', content: texts.map(para) });
const TEXT = [
  'Le marché des artisans progresse de 12 % par an dans la métropole.',
  'Notre marge brute de 31 % reste supérieure à celle des concurrents.',
  'La marge brute de 31 % est calculée hors transport.',
];

/** The tutor's copy: a comment on the second « marge brute de 31 % » and two verdicts. */
async function tutorCopy(dir: string) {
  const candidate = join(dir, 'candidat.memoire');
  MemoireFile.create(candidate, { ...sampleMemoire(), doc: doc(...TEXT) }).close();
  const tutorPath = join(dir, 'tuteur.memoire');
  copyFileSync(candidate, tutorPath);
  const { file: tutor } = await MemoireFile.open(tutorPath);
  const index = indexText(memoireSchema().nodeFromJSON(tutor.getDocument().doc));
  const at = index.text.indexOf('marge brute de 31 %', index.text.indexOf('La marge'));
  const pos = index.starts[2].pos + (at - index.starts[2].offset);
  const anchor = anchorAt(index, pos, pos + 'marge brute de 31 %'.length);
  const root = tutor.addComment({ parentId: null, anchor, authorRole: 'tutor', authorName: 'Julien Roux', body: 'Précisez le périmètre de ce calcul.' });
  tutor.addComment({ parentId: root.id, anchor: null, authorRole: 'tutor', authorName: 'Julien Roux', body: 'Et la source.' });
  tutor.addComment({
    parentId: null,
    anchor: anchorAt(index, index.starts[0].pos, index.starts[0].pos + 10),
    authorRole: 'tutor',
    authorName: 'Julien Roux',
    body: 'Sur la première phrase.',
  });
  tutor.setVerdict({ criterionId: '1.1.a', status: 'partial', feedback: 'Évaluez chaque opportunité.', author: 'Julien Roux', autoStatus: 'missing' });
  tutor.setVerdict({ criterionId: '2.7.b', status: 'missing', feedback: 'Aucun ROI.', author: 'Julien Roux', autoStatus: 'missing' });
  const review = buildReviewFile(tutor, 'Julien Roux', new Date('2026-05-02T10:00:00Z'));
  tutor.close();
  return { candidate, review };
}

describe('exchanging a review', () => {
  it('merges verdicts and re-anchors comments into the candidate’s newer text; a deleted quote becomes « détaché »; twice changes nothing', async () => {
    const dir = tempDir();
    const { candidate, review } = await tutorCopy(dir);
    const { file } = await MemoireFile.open(candidate);
    // The candidate kept writing: a paragraph inserted before, the first sentence rewritten.
    file.saveDocument(doc('Introduction ajoutée après l’envoi au tuteur, qui décale tout le texte.', 'Les artisans ont changé.', TEXT[1], TEXT[2]), 40);
    const report = mergeReview(file, parseReviewFile(review));
    expect(report).toMatchObject({ verdictsApplied: 2, commentsAdded: 3, alreadyThere: 0 });
    expect(report.detached.map((d) => d.body)).toEqual(['Sur la première phrase.']);
    const comments = file.listComments();
    const anchored = comments.find((c) => c.body === 'Précisez le périmètre de ce calcul.')!;
    const index = indexText(memoireSchema().nodeFromJSON(file.getDocument().doc));
    const start = index.text.indexOf('La marge brute de 31 %') + 3;
    expect(index.text.slice(start, start + 19)).toBe('marge brute de 31 %');
    expect(anchored.anchor).toMatchObject({ quote: 'marge brute de 31 %', detached: false });
    expect(reanchor(index, anchored.anchor!).from).toBe(anchored.anchor!.from);
    expect(comments.find((c) => c.body === 'Et la source.')!.parentId).toBe(anchored.id);
    expect(file.listVerdicts().map((v) => v.criterionId)).toEqual(['1.1.a', '2.7.b']);
    expect(file.listSnapshots()[0].name).toBe('Avant l’import de la relecture de Julien Roux');
    expect(file.getDocument().doc.content).toHaveLength(4);

    const again = mergeReview(file, parseReviewFile(review));
    expect(again).toMatchObject({ verdictsApplied: 0, commentsAdded: 0, alreadyThere: 3 });
    expect(file.listComments()).toHaveLength(3);
    expect(file.listSnapshots()).toHaveLength(1);
    file.close();
  });

  it('keeps both tutors’ reviews', async () => {
    const dir = tempDir();
    const { candidate, review } = await tutorCopy(dir);
    const second = join(dir, 'ecole.memoire');
    copyFileSync(candidate, second);
    const { file: school } = await MemoireFile.open(second);
    school.setVerdict({ criterionId: '1.1.a', status: 'satisfied', feedback: 'Correct pour l’école.', author: 'Mme Leroy', autoStatus: 'missing' });
    const schoolReview = buildReviewFile(school, 'Mme Leroy', new Date());
    school.close();
    const { file } = await MemoireFile.open(candidate);
    mergeReview(file, parseReviewFile(review));
    mergeReview(file, parseReviewFile(schoolReview));
    expect(
      file
        .listVerdicts()
        .filter((v) => v.criterionId === '1.1.a')
        .map((v) => v.author)
        .sort(),
    ).toEqual(['Julien Roux', 'Mme Leroy']);
    file.close();
  });

  it('refuses a malformed, foreign, tampered, newer review or one of another mémoire, and changes nothing', async () => {
    const dir = tempDir();
    const { candidate, review } = await tutorCopy(dir);
    const other = join(dir, 'autre.memoire');
    MemoireFile.create(other, { ...sampleMemoire('Autre mémoire'), doc: doc('Autre texte.') }).close();
    const tampered = review.replace('Évaluez chaque opportunité.', 'Parfait.');
    const newer = JSON.stringify({ ...JSON.parse(review), version: 9 });
    const cases: Array<[string, RegExp]> = [
      ['pas du JSON', /n’est pas une relecture Mémoire Studio lisible/],
      ['{"format":"autre"}', /n’est pas une relecture Mémoire Studio lisible/],
      [tampered, /modifiée après son export/],
      [newer, /version plus récente/],
      [JSON.stringify({ ...JSON.parse(review), verdicts: 'x' }), /n’est pas une relecture Mémoire Studio lisible/],
    ];
    for (const [text, message] of cases) expect(() => parseReviewFile(text)).toThrow(message);
    const { file } = await MemoireFile.open(other);
    expect(() => mergeReview(file, parseReviewFile(review))).toThrow(/concerne un autre mémoire/);
    expect(file.listComments()).toHaveLength(0);
    expect(file.listSnapshots()).toHaveLength(0);
    file.close();
    expect(candidate).toBeTruthy();
  });
});

const pacRow = (action: string, budget: string, responsable: string) => ({
  action,
  type: 'Prospection',
  canaux: ['Salon'],
  budget,
  debut: '',
  fin: '',
  responsable,
  kpi: '',
  objectif: '',
});
const pac = (...rows: Array<ReturnType<typeof pacRow>>): PmNode => ({ type: 'pac', attrs: { data: { fields: { phases: [] }, tables: { actions: rows } } } });

describe('comments on a business block row', () => {
  const rows = [pacRow('Salon Batimat', '4000', 'Léa'), pacRow('Webinaire artisans', '800', 'Marc'), pacRow('Relance LinkedIn', '0', 'Léa')];

  it('finds the row again when it moved or one of its values changed, and detaches it when the row is deleted', () => {
    const schema = memoireSchema();
    const before = indexText(schema.nodeFromJSON({ type: 'doc', content: [para(TEXT[0]), pac(...rows)] }));
    const anchor = rowAnchorAt(before, before.rows[0].pos, 'actions', 1)!;
    expect(anchor).toMatchObject({ quote: 'Webinaire artisans · Prospection · Salon · 800 · Marc', row: { block: 'pac', table: 'actions', index: 1 } });

    // A paragraph added above, a row inserted before it and its budget changed: same row, new place.
    const edited = indexText(
      schema.nodeFromJSON({
        type: 'doc',
        content: [
          para('Nouveau paragraphe.'),
          para(TEXT[0]),
          pac(rows[0], pacRow('Mailing', '300', 'Léa'), pacRow('Webinaire artisans', '950', 'Marc'), rows[2]),
        ],
      }),
    );
    const found = reanchor(edited, anchor);
    expect(found.detached).toBe(false);
    expect(found.row).toMatchObject({ index: 2, cells: expect.arrayContaining(['Webinaire artisans', '950']) });
    expect(found.from).toBe(edited.rows[0].pos);

    const deleted = indexText(schema.nodeFromJSON({ type: 'doc', content: [para(TEXT[0]), pac(rows[0], rows[2])] }));
    expect(reanchor(deleted, anchor).detached).toBe(true);
  });

  it('round-trips through the review file and prints in the annotated version after the block', async () => {
    const dir = tempDir();
    const candidate = join(dir, 'candidat.memoire');
    MemoireFile.create(candidate, { ...sampleMemoire(), doc: { type: 'doc', content: [para(TEXT[0]), pac(...rows)] } }).close();
    const tutorPath = join(dir, 'tuteur.memoire');
    copyFileSync(candidate, tutorPath);
    const { file: tutor } = await MemoireFile.open(tutorPath);
    const index = indexText(memoireSchema().nodeFromJSON(tutor.getDocument().doc));
    tutor.addComment({
      parentId: null,
      anchor: rowAnchorAt(index, index.rows[0].pos, 'actions', 0),
      authorRole: 'tutor',
      authorName: 'Julien Roux',
      body: 'Budget du salon à justifier.',
    });
    const review = buildReviewFile(tutor, 'Julien Roux', new Date('2026-05-02T10:00:00Z'));
    tutor.close();

    const { file } = await MemoireFile.open(candidate);
    file.saveDocument({ type: 'doc', content: [para('Ajout du candidat.'), para(TEXT[0]), pac(...rows)] }, 10);
    const report = mergeReview(file, parseReviewFile(review));
    expect(report).toMatchObject({ commentsAdded: 1, detached: [] });
    const [comment] = file.listComments();
    expect(comment.anchor).toMatchObject({ row: { block: 'pac', table: 'actions', index: 0 }, detached: false });

    const { doc: annotated, commentNotes } = annotateDocument(file.getDocument().doc, file.listComments());
    expect([...commentNotes]).toEqual([['Commentaire de Julien Roux : Budget du salon à justifier.', 'Julien Roux']]);
    const after = annotated.content![3];
    expect(after.type).toBe('paragraph');
    expect(after.content![0].text).toContain('Salon Batimat');
    expect(after.content![1]).toMatchObject({ type: 'footnote', attrs: { text: 'Commentaire de Julien Roux : Budget du salon à justifier.' } });
    file.close();
  });
});

describe('the annotated version', () => {
  it('prints a comment on a heading in a line after it, since a heading carries no note', () => {
    const heading: PmNode = { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Diagnostic externe' }] };
    const source: PmNode = { type: 'doc', content: [heading, para(TEXT[0])] };
    const index = indexText(memoireSchema().nodeFromJSON(source));
    const anchor = anchorAt(index, index.starts[0].pos, index.starts[0].pos + 'Diagnostic'.length);
    const comment = {
      id: 'c1',
      parentId: null,
      anchor,
      authorRole: 'tutor' as const,
      authorName: 'Julien Roux',
      body: 'Titre trop vague.',
      createdAt: '2026-05-02T10:00:00Z',
      resolvedAt: null,
      criterionId: null,
    };
    const { doc: annotated } = annotateDocument(source, [comment]);
    expect(annotated.content!.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(annotated.content![1].content).toMatchObject([
      { text: 'Passage commenté : « Diagnostic »' },
      { type: 'footnote', attrs: { text: 'Commentaire de Julien Roux : Titre trop vague.' } },
    ]);
  });
});
