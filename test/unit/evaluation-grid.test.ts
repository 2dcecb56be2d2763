import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { exportEvaluationGrid } from '../../core/review/export-grid';
import { exportMemoire } from '../../core/export/export-memoire';
import { MemoireFile } from '../../core/store/memoire-file';
import { generateMemoire } from '../fixtures/generate-memoire';
import { FONTS_DIR } from '../helpers/paths';
import { library, sampleMemoire, template } from '../helpers/sample';
import { tempDir } from '../helpers/temp';

describe('the evaluation grid', () => {
  it('prints, in PDF and Word, every verdict, feedback and open comment beside the automatic statuses', async () => {
    const dir = tempDir();
    const file = MemoireFile.create(join(dir, 'camille.memoire'), { ...sampleMemoire(), doc: generateMemoire(template, 6000) });
    file.setVerdict({
      criterionId: '1.1.a',
      status: 'partial',
      feedback: 'Classez les opportunités par priorité.',
      author: 'Julien Roux',
      autoStatus: 'satisfied',
    });
    file.setVerdict({
      criterionId: '3.1.f',
      status: 'missing',
      feedback: 'Le bon de commande n’est pas joint.',
      author: 'Julien Roux',
      autoStatus: 'satisfied',
    });
    file.setVerdict({ criterionId: 'global', status: 'not-assessed', feedback: 'Mémoire solide, négociation à étayer.', author: 'Julien Roux' });
    file.setVerdict({ criterionId: 'bloc-3', status: 'not-assessed', feedback: 'Joindre les pièces de la négociation.', author: 'Julien Roux' });
    file.addComment({
      parentId: null,
      anchor: { from: 10, to: 30, quote: 'marge brute de 31 %' },
      authorRole: 'tutor',
      authorName: 'Julien Roux',
      body: 'Source de ce chiffre ?',
    });
    const setup = { template, referentiel: library.referentiels.get(template.referentielId)!, thresholds: library.thresholds };
    const pdf = await exportEvaluationGrid(file, setup, { format: 'pdf', out: join(dir, 'grille.pdf'), overwrite: false }, { fontsDir: FONTS_DIR });
    const docx = await exportEvaluationGrid(file, setup, { format: 'docx', out: join(dir, 'grille.docx'), overwrite: false }, { fontsDir: FONTS_DIR });
    file.close();

    // Table cells wrap (and hyphenate) in the PDF: whole sentences are read back from the Word file,
    // the PDF is checked for its summary counts, the words of each feedback and the open comment.
    const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Synthèse par bloc');
    expect(text).toMatch(/Total 29 29 0 1 1 27/);
    for (const word of ['Classez', 'priorité.', 'Le bon de', 'joint.']) expect(text, word).toContain(word);
    expect(text).toContain('Julien Roux : Source de ce chiffre ? (sur « marge brute de 31 % »)');
    execFileSync('qpdf', ['--check', pdf.path]);
    const xml = await (await JSZip.loadAsync(readFileSync(docx.path))).file('word/document.xml')!.async('string');
    const words = xml.replace(/<[^>]+>/g, '');
    expect(words).toContain('Classez les opportunités par priorité.');
    expect(words).toContain('Le bon de commande n’est pas joint.');
    expect(words).toContain('Source de ce chiffre\u202f?');
    expect(words).toContain('En cours d’acquisition');
    expect(words).toMatch(/Appréciation générale\s:\sMémoire solide, négociation à étayer\./);
    expect(words).toMatch(/Synthèse du tuteur\s:\sJoindre les pièces de la négociation\./);
    expect(words).toContain('Non acquis');
  });
});

describe('the annotated version', () => {
  it('prints the open comments as notes where they apply, and only in the annotated export', async () => {
    const dir = tempDir();
    const doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Notre marge brute de 31 % reste supérieure à celle des concurrents.' }] }],
    };
    const file = MemoireFile.create(join(dir, 'annote.memoire'), { ...sampleMemoire(), doc });
    const from = 1 + 'Notre '.length;
    file.addComment({
      parentId: null,
      anchor: { from, to: from + 'marge brute de 31 %'.length, quote: 'marge brute de 31 %', prefix: 'Notre ', suffix: ' reste' },
      authorRole: 'tutor',
      authorName: 'Julien Roux',
      body: 'Source de ce chiffre ?',
    });
    const resolved = file.addComment({ parentId: null, anchor: null, authorRole: 'tutor', authorName: 'Julien Roux', body: 'Déjà traité.' });
    file.setCommentResolved(resolved.id, true);
    const annotated = await exportMemoire(
      file,
      template,
      { format: 'pdf', out: join(dir, 'annote.pdf'), overwrite: false, annotated: true },
      { fontsDir: FONTS_DIR },
    );
    const plain = await exportMemoire(file, template, { format: 'pdf', out: join(dir, 'depot.pdf'), overwrite: false }, { fontsDir: FONTS_DIR });
    file.close();
    const read = (path: string) => execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(read(annotated.path)).toMatch(/Commentaire de Julien Roux\s:\sSource de ce chiffre\s\?/);
    expect(read(annotated.path)).not.toContain('Déjà traité');
    expect(read(plain.path)).not.toContain('Commentaire de');
    // In the PDF the comment sits in the right-hand column, beside the line that calls it.
    const words = [
      ...execFileSync('pdftotext', ['-bbox', annotated.path, '-'], { encoding: 'utf8' }).matchAll(/xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]+)</g),
    ].map((m) => ({ x: Number(m[1]), y: Number(m[2]), word: m[3] }));
    const called = words.find((w) => w.word === 'marge')!;
    const comment = words.find((w) => w.word === 'Source')!;
    expect(comment.x).toBeGreaterThan(400);
    expect(called.x).toBeLessThan(200);
    expect(Math.abs(comment.y - called.y)).toBeLessThan(40);
  });

  it('gives Word comments, by their author, in the annotated Word file; the author’s own notes stay footnotes', async () => {
    const dir = tempDir();
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Notre marge brute de 31 % reste supérieure.' },
            { type: 'footnote', attrs: { text: 'Source : comptes 2025.' } },
          ],
        },
      ],
    };
    const file = MemoireFile.create(join(dir, 'annote.memoire'), { ...sampleMemoire(), doc });
    file.addComment({
      parentId: null,
      anchor: { from: 7, to: 26, quote: 'marge brute de 31 %', prefix: 'Notre ', suffix: ' reste' },
      authorRole: 'tutor',
      authorName: 'Julien Roux',
      body: 'Source de ce chiffre ?',
    });
    const out = await exportMemoire(
      file,
      template,
      { format: 'docx', out: join(dir, 'annote.docx'), overwrite: false, annotated: true },
      { fontsDir: FONTS_DIR },
    );
    file.close();
    const zip = await JSZip.loadAsync(readFileSync(out.path));
    const comments = await zip.file('word/comments.xml')!.async('string');
    expect(comments).toMatch(/w:author="Julien Roux"/);
    expect(comments).toContain('Source de ce chiffre');
    const body = await zip.file('word/document.xml')!.async('string');
    expect(body).toMatch(/<w:commentReference w:id="1"\/>/);
    const footnotes = await zip.file('word/footnotes.xml')!.async('string');
    expect(footnotes).toContain('Source : comptes 2025.');
    expect(footnotes).not.toContain('Julien Roux');
  });
});
