import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../main/cli/check-command';
import { ROOT, TEMPLATES_DIR } from '../helpers/paths';
import { tempDir } from '../helpers/temp';

/**
 * The scorer's logic (../shared/corpus/score) in a test: each graded draft is turned into Word by
 * pandoc, checked like `memoire check draft.docx`, and compared with the grader's labels.
 */
async function score(dir: string): Promise<{ total: number; agree: number; falseSatisfied: number; misses: string[] }> {
  const out = tempDir('memoire-corpus-');
  let total = 0;
  let agree = 0;
  let falseSatisfied = 0;
  const misses: string[] = [];
  for (const labels of readdirSync(dir)
    .filter((f) => f.endsWith('.labels.tsv'))
    .sort()) {
    const stem = labels.replace(/\.labels\.tsv$/, '');
    const docx = join(out, `${stem}.docx`);
    execFileSync('pandoc', [join(dir, `${stem}.md`), '-o', docx]);
    const report = await checkFile(docx, TEMPLATES_DIR);
    const got = new Map(report.criteria.map((c) => [c.criterionId, c.status]));
    for (const line of readFileSync(join(dir, labels), 'utf8').split('\n')) {
      const [id, want] = line.split('\t');
      if (!id || !want || want === '?') continue;
      total++;
      if (got.get(id) === want) agree++;
      else misses.push(`${stem} ${id}: attendu ${want}, obtenu ${got.get(id)}`);
      if (want === 'missing' && got.get(id) === 'satisfied') falseSatisfied++;
    }
  }
  return { total, agree, falseSatisfied, misses };
}

// Floors reached by the checker; they only go up (issue #9: ≥ 95 % agreement, ≤ 2 % false "satisfied").
const FLOOR = { agreement: 0.99, falseSatisfied: 0.005 };

describe('agreement with graders', () => {
  it('on the graded corpus (../shared/corpus)', async () => {
    const dir = join(ROOT, '..', 'shared', 'corpus');
    expect(existsSync(dir), `corpus introuvable : ${dir} (le dossier shared/ doit être à côté du projet)`).toBe(true);
    const result = await score(dir);
    console.log(
      `corpus : ${result.agree}/${result.total}, faux « satisfait » ${result.falseSatisfied}${result.misses.length ? `\n${result.misses.join('\n')}` : ''}`,
    );
    expect(result.total).toBeGreaterThanOrEqual(270);
    expect(result.agree / result.total).toBeGreaterThanOrEqual(FLOOR.agreement);
    expect(result.falseSatisfied / result.total).toBeLessThanOrEqual(FLOOR.falseSatisfied);
  });

  it('on invented drafts of other sectors and styles (test/fixtures/drafts)', async () => {
    const result = await score(join(ROOT, 'test', 'fixtures', 'drafts'));
    console.log(`brouillons inventés : ${result.agree}/${result.total}${result.misses.length ? `\n${result.misses.join('\n')}` : ''}`);
    expect(result.total).toBe(84);
    expect(result.agree / result.total).toBeGreaterThanOrEqual(FLOOR.agreement);
    expect(result.falseSatisfied).toBe(0);
  });
});
