import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoireFile } from '../../core/store/memoire-file';
import { generateMemoire } from '../fixtures/generate-memoire';
import { ROOT } from '../helpers/paths';
import { sampleMemoire, template } from '../helpers/sample';
import { tempDir } from '../helpers/temp';

const BIN = join(ROOT, 'dist-cli', 'memoire.cjs');

/** Runs the prebuilt `memoire` command (built by `npm run build:cli`, before the unit tests). */
function memoire(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('the tutor’s command', () => {
  it('prints its version from the prebuilt bundle', () => {
    expect(memoire(['--version'])).toMatchObject({ code: 0, out: expect.stringMatching(/^memoire \d+\.\d+\.\d+/) });
  });

  it('checks a folder mixing good, bad and Word files: one line per candidate, a table, goes on after a bad file', () => {
    const dir = tempDir();
    MemoireFile.create(join(dir, 'camille.memoire'), { ...sampleMemoire(), doc: generateMemoire(template, 6000) }).close();
    writeFileSync(join(dir, 'abime.memoire'), 'ceci n’est pas un mémoire'.padEnd(300, '.'));
    execFileSync('pandoc', [join(ROOT, '..', 'shared', 'corpus', 'd03-kerlan-it-infogerance.md'), '-o', join(dir, 'brouillon.docx')]);
    copyFileSync(join(dir, 'camille.memoire'), join(dir, 'copie.memoire'));
    const text = memoire(['check', dir]);
    expect(text.code).toBe(1);
    const lines = text.out.split('\n');
    expect(lines[0]).toMatch(/^ 1\. abime\.memoire — Erreur : Ce fichier n'est pas un mémoire Mémoire Studio/);
    expect(lines[1]).toMatch(/^ 2\. brouillon \(brouillon\.docx\) — \d+ satisfaits?, \d+ partiels?, \d+ manquants? sur 29/);
    expect(lines[2]).toMatch(/^ 3\. Camille Martin \(camille\.memoire\) — 29 satisfaits, 0 partiel, 0 manquant sur 29$/);
    expect(text.out).toMatch(/^1\.1\.a +· +[✓◐✗] +✓ +✓$/m);

    const csv = memoire(['check', dir, '--csv']).out.trim().split('\n');
    expect(csv).toHaveLength(5);
    expect(csv[0].split(',').slice(0, 7)).toEqual(['fichier', 'candidat', 'satisfaits', 'partiels', 'manquants', 'erreur', '1.1.a']);
    expect(csv[3]).toMatch(/^camille\.memoire,Camille Martin,29,0,0,,satisfied/);

    const json = JSON.parse(memoire(['check', join(dir, 'camille.memoire'), join(dir, 'brouillon.docx'), '--json']).out);
    expect(json.map((r: { candidate: string }) => r.candidate)).toEqual(['Camille Martin', 'brouillon']);
    expect(memoire(['check', join(dir, 'camille.memoire'), join(dir, 'copie.memoire')]).code).toBe(0);
  });
});

describe('memoire questions', () => {
  it('lists the jury’s likely questions, gaps first then figures, in text and JSON; a bad file gets a French message', () => {
    const dir = tempDir();
    MemoireFile.create(join(dir, 'camille.memoire'), { ...sampleMemoire(), doc: generateMemoire(template, 6000) }).close();
    const text = memoire(['questions', join(dir, 'camille.memoire')]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Ce que le mémoire ne montre pas encore \(\d+\)$/m);
    expect(text.out).toMatch(/^Les chiffres à défendre \([1-9]\d*\)$/m);
    expect(text.out).toMatch(/\[2\.7\.b [✓◐]\] Refaites-nous le calcul du retour sur investissement/);
    const json = JSON.parse(memoire(['questions', join(dir, 'camille.memoire'), '--json']).out) as Array<{ kind: string; criterionId: string }>;
    expect(json.some((q) => q.kind === 'figures' && q.criterionId === '2.7.b')).toBe(true);
    writeFileSync(join(dir, 'abime.memoire'), 'ceci n’est pas un mémoire'.padEnd(300, '.'));
    const bad = memoire(['questions', join(dir, 'abime.memoire')]);
    expect(bad.code).not.toBe(0);
    expect(bad.err + bad.out).toMatch(/Ce fichier/);
  });
});

describe('memoire slides', () => {
  it('exports the soutenance in both formats from the bundle, and asks for a format', () => {
    const dir = tempDir();
    MemoireFile.create(join(dir, 'camille.memoire'), { ...sampleMemoire(), doc: generateMemoire(template, 6000) }).close();
    expect(memoire(['slides', join(dir, 'camille.memoire')])).toMatchObject({ code: 2, out: expect.stringContaining('--pptx, --pdf') });
    const run = memoire(['slides', join(dir, 'camille.memoire'), '--pptx', '--pdf', '--out', join(dir, 'oral')]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Diapositives exportées : ${join(dir, 'oral.pptx')}`);
    expect(run.out).toContain(`Diapositives exportées : ${join(dir, 'oral.pdf')}`);
  });
});
