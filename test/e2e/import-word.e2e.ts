import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactPath, newPage } from './support/browser';
import { e2eSession } from './support/session';
import { AppPage, ChecklistModel } from './support/app-page';
import { ROOT } from '../helpers/paths';
import { fileHash } from '../helpers/sample';

const session = e2eSession('memoire-e2e-import-', (root) => {
  // A graded corpus draft, turned into Word as a candidate's draft would be (pandoc, in the test).
  execFileSync('pandoc', [join(ROOT, '..', 'shared', 'corpus', 'd01-cargoline-velos-cargos.md'), '-o', join(root, 'brouillon-cargoline.docx')]);
});
const docx = join(session.root, 'brouillon-cargoline.docx');

describe('importing a Word draft', () => {
  for (const viewport of [
    { width: 1280, height: 620 },
    { width: 1920, height: 1080 },
  ]) {
    it(`maps the headings, lets the candidate fix one, creates the mémoire and grades it (${viewport.width}×${viewport.height})`, async () => {
      const before = fileHash(docx);
      const page = await newPage(session.browser, viewport);
      const app = new AppPage(page);
      const checklist = new ChecklistModel(page);
      await app.goto(session.host.url);
      await page.getByTestId('docx-input').setInputFiles({
        name: 'brouillon-cargoline.docx',
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        buffer: readFileSync(docx),
      });
      const dialog = page.getByTestId('import-dialog');
      const table = dialog.getByTestId('mapping-table');
      await table.waitFor();
      // "Une négociation : l'entreprise G." was matched to the negotiation section; the candidate moves
      // "Conclusion" to the bibliography and back to show the menu works, then keeps the negotiation.
      const negotiation = dialog.getByLabel(/Section pour « 10\. Une négociation/);
      expect(await negotiation.inputValue()).toBe('negociations');
      const intro = dialog.getByLabel('Section pour « Introduction »');
      await intro.selectOption('introduction');
      const unmapped = dialog.getByLabel(/Section pour « 11\.3 Tableau de bord de pilotage »/);
      await unmapped.selectOption('performance');
      expect(await dialog.getByTestId('import-report').innerText()).toMatch(/tableaux? lisibles? comme un bloc métier/);
      await dialog.getByLabel('Candidat·e (prénom et nom)').fill('Lucas Perrin');
      await page.screenshot({ path: artifactPath(`10-import-mapping-${viewport.width}.png`) });
      await dialog.getByRole('button', { name: 'Créer le mémoire' }).click();
      await dialog.getByRole('button', { name: 'Ouvrir le mémoire' }).click();
      await app.editor.waitFor();

      // The checklist grades the imported draft as the grader did (all 28 of its criteria satisfied but 3).
      await checklist.waitStatus('1.1.a', 'satisfied');
      await checklist.waitStatus('2.5.a', 'partial');
      await checklist.expand('1.1.b');
      const evidence = checklist.criterion('1.1.b').locator('.evidence button').first();
      await expect.poll(async () => (await evidence.innerText()).includes('LeaseBike')).toBe(true);
      await evidence.click();
      // The jump lands on the threats table, at the top of the page.
      const target = page.locator('.ProseMirror table', { hasText: 'LeaseBike' }).first();
      await expect
        .poll(async () => {
          const box = await target.boundingBox();
          return box !== null && box.y >= 0 && box.y < viewport.height / 2;
        })
        .toBe(true);
      await page.screenshot({ path: artifactPath(`11-import-checklist-${viewport.width}.png`) });
      expect(fileHash(docx)).toBe(before);
    });
  }

  it('refuses a file that is not a Word document with a French message', async () => {
    const page = await newPage(session.browser, { width: 1280, height: 620 });
    const app = new AppPage(page);
    await app.goto(session.host.url);
    await page.getByTestId('docx-input').setInputFiles({
      name: 'faux.docx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('ceci n’est pas un document Word, seulement du texte'.padEnd(400, '.')),
    });
    await page.getByTestId('import-dialog').getByRole('alert').filter({ hasText: 'n’est pas un document Word' }).waitFor();
  });
});
