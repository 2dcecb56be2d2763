import { describe, expect, it } from 'vitest';
import { documentFromTemplate } from '../../core/document/from-template';
import { listCriteria } from '../../core/referential/referentiel-schema';
import { juryQuestions, QUESTION_BANK } from '../../core/soutenance/jury-questions';
import { check, referenceWith } from '../helpers/checks';
import { library, template } from '../helpers/sample';

describe('the likely questions of the jury', () => {
  it('has a question for every criterion of the mémoire, and none for a criterion that does not exist', () => {
    const criteria = listCriteria(library.referentiels.get('bizdev-manager')!);
    const memoire = criteria.filter((c) => c.scope === 'memoire').map((c) => c.id);
    expect(Object.keys(QUESTION_BANK.criteria).sort()).toEqual([...memoire].sort());
  });

  it('asks about every criterion an empty mémoire misses, with the advice to prepare and where to write it', () => {
    const report = check(documentFromTemplate(template));
    const questions = juryQuestions(report);
    const missing = report.criteria.filter((c) => c.scope === 'memoire' && c.status === 'missing');
    expect(missing.length).toBeGreaterThan(20);
    expect(questions.filter((q) => q.kind === 'gap').map((q) => q.criterionId)).toEqual(
      report.criteria
        .filter((c) => c.scope === 'memoire' && (c.status === 'missing' || c.status === 'partial'))
        .sort((a, b) => (a.status === b.status ? 0 : a.status === 'missing' ? -1 : 1))
        .map((c) => c.criterionId),
    );
    expect(questions.some((q) => q.kind === 'figures')).toBe(false);
    const smart = questions.find((q) => q.criterionId === '1.3.c')!;
    expect(smart.prepare.length).toBeGreaterThan(0);
    expect(smart.target).not.toBeNull();
  });

  it('makes the candidate defend the key figures a complete mémoire gives, quoting where they are', () => {
    const report = check(referenceWith(() => undefined));
    const questions = juryQuestions(report);
    const figures = questions.filter((q) => q.kind === 'figures').map((q) => q.criterionId);
    expect(figures).toEqual(expect.arrayContaining(['1.3.c', '1.4.b', '2.5.a', '2.7.a', '2.7.b']));
    const roi = questions.find((q) => q.kind === 'figures' && q.criterionId === '2.7.b')!;
    expect(roi.question).toContain('retour sur investissement');
    expect(roi.evidence.length).toBeGreaterThan(0);
    expect(roi.prepare).toEqual(roi.evidence.map((e) => e.label));
    // A gap question only where the checker finds a gap.
    for (const q of questions.filter((x) => x.kind === 'gap')) expect(['missing', 'partial']).toContain(q.status);
  });
});
