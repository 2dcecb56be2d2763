import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli as run } from '../helpers/cli';
import { MemoireFile } from '../../core/store/memoire-file';
import { sampleMemoire } from '../helpers/sample';
import { tempDir } from '../helpers/temp';
import { ROOT } from '../helpers/paths';

describe('memoire CLI', () => {
  it('prints words per section and the estimated pages', async () => {
    const path = join(tempDir(), 'cli.memoire');
    const file = MemoireFile.create(path, sampleMemoire());
    file.createSnapshot('named', 'Première relecture');
    file.close();
    const info = await run(['info', path]);
    expect(info.code).toBe(0);
    expect(info.text).toMatch(/^Développer le segment PME en Auvergne — Camille Martin \(Vialis Services\)/);
    expect(info.text).toMatch(/mots, \d+ pages mises en page \(attendu : 40–60\)/);
    expect(info.text).toContain('  Diagnostic externe : opportunités et menaces : 0 mots');
    const json = JSON.parse((await run(['info', path, '--json'])).text);
    expect(json.sections).toHaveLength(19);
    expect(json.pages).toBeGreaterThan(0);
    expect((await run(['history', path])).text).toContain('Première relecture');
  });

  it('says what is wrong in French, with a non-zero exit code', async () => {
    const bad = join(tempDir(), 'faux.memoire');
    writeFileSync(bad, 'bonjour'.repeat(30));
    expect(await run(['info', bad])).toEqual({ code: 1, text: expect.stringMatching(/^Erreur : Ce fichier n'est pas un mémoire/) });
    expect((await run([])).code).toBe(2);
  });

  it('the sample mémoire written by build:cli can be tried at once with the bundled CLI', () => {
    const sample = join(ROOT, 'dist-cli', 'exemple.memoire');
    const info = execFileSync(process.execPath, [join(ROOT, 'dist-cli/memoire.cjs'), 'info', sample], { encoding: 'utf8' });
    expect(info).toMatch(
      /^Développer le segment des PME industrielles en Auvergne — Camille Martin \(Vialis Services\)\n1[2-5]\s\d{3} mots, (4\d|5\d|60) pages mises en page \(attendu : 40–60\)/,
    );
    const check = execFileSync(process.execPath, [join(ROOT, 'dist-cli/memoire.cjs'), 'check', sample], { encoding: 'utf8' });
    expect(check).toMatch(/^Mémoire : 29 critères sur 29 satisfaits/);
  });
});
