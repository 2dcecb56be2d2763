import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { artifactPath, newPage } from './support/browser';
import { e2eSession } from './support/session';
import { AppPage, ChecklistModel } from './support/app-page';
import { ROOT } from '../helpers/paths';

const session = e2eSession('memoire-e2e-blocks-');

/** The mémoire the first test builds, opened in a new page. */
async function openPacMemoire() {
  const page = await newPage(session.browser, { width: 1400, height: 900 });
  const app = new AppPage(page);
  await app.goto(session.host.url);
  await app.openRecent('PAC équilibré');
  return { page, app };
}

describe('business blocks and the live checklist', () => {
  it('turns the PAC balance partial with one action type, satisfied once all three types are there', async () => {
    // An English browser: dates in blocks are still typed and shown the French way.
    const page = await newPage(session.browser, { width: 1600, height: 1000 }, 'en-US');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const app = new AppPage(page);
    const checklist = new ChecklistModel(page);
    await app.goto(session.host.url);
    await app.createMemoire({ title: 'PAC équilibré', candidate: 'Inès Moreau' });
    await checklist.waitStatus('1.4.b', 'missing');
    expect(await page.getByTestId('readiness').innerText()).toBe('0 critère sur 29 satisfait');

    // Insert a PAC block with the "/" menu, in the PAC section.
    await app.writeInSection("Plan d'action commerciale", '');
    await page.keyboard.type('/');
    const menu = page.getByRole('dialog', { name: 'Insérer' });
    await menu.getByLabel('Rechercher un bloc, un titre, un tableau…').fill('plan d');
    await page.keyboard.press('Enter');
    const pac = page.locator('[data-block="pac"]').nth(1);
    await pac.waitFor();

    const fillAction = async (i: number, name: string, type: string, channels: string[], budget: string) => {
      const card = pac.locator('.row-card').nth(i);
      await card.getByLabel(`Action (action ${i + 1})`).fill(name);
      await card.getByLabel(`Type (action ${i + 1})`).selectOption(type);
      for (const c of channels) await card.getByLabel(`Ajouter : Canaux (action ${i + 1})`).selectOption(c);
      await card.getByLabel(`Budget (€) (action ${i + 1})`).fill(budget);
    };
    await fillAction(0, 'Webinaire maintenance prédictive', 'Détection', ['Webinaire', 'LinkedIn'], '4 500');
    const start = pac.locator('.row-card').nth(0).getByLabel('Début (action 1)');
    await start.fill('31/02/2026');
    await pac.getByText('Date invalide (jj/mm/aaaa)').waitFor();
    await start.fill('15/03/2026');
    await start.blur();
    expect(await start.inputValue()).toBe('15/03/2026');
    expect(await pac.getByText('Date invalide (jj/mm/aaaa)').count()).toBe(0);
    await fillAction(1, 'Campagne LinkedIn', 'Détection', ['LinkedIn'], '3 000');
    await fillAction(2, 'Salon Industrie Auvergne', 'Détection', ['Salon', 'E-mailing'], 'beaucoup');
    await pac.getByText('« beaucoup » n’est pas un nombre').waitFor();

    await checklist.waitStatus('1.4.b', 'partial');
    await checklist.expand('1.4.b');
    await checklist.criterion('1.4.b').locator('.advice', { hasText: 'Les actions de détection font 100\u202f% des actions' }).waitFor();
    const advice = await checklist.criterion('1.4.b').locator('.advice').innerText();
    expect(advice).toContain('Aucune action de conquête : ajoutez-en pour équilibrer le PAC');
    expect(advice).toContain('Aucune action de fidélisation');
    expect(advice).toContain('Les actions de détection font 100\u202f% des actions');
    await pac.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('08-pac-partial.png') });

    await pac.locator('.row-card').nth(2).getByLabel('Budget (€) (action 3)').fill('6 000');
    await pac.locator('.row-card').nth(1).getByLabel('Type (action 2)').selectOption('Conquête');
    await pac.getByRole('button', { name: 'Ajouter une ligne (action)' }).click();
    await fillAction(3, 'Club clients', 'Fidélisation', ['Évènement', 'E-mailing'], '8 000');
    await pac.locator('.row-card').nth(2).getByLabel('Type (action 3)').selectOption('Conquête');
    await checklist.waitStatus('1.4.b', 'satisfied');
    await checklist.waitStatus('1.4.c', 'satisfied');
    expect(await pac.locator('.block-summary').innerText()).toContain('21\u202f500\u202f€');
    await page.screenshot({ path: artifactPath('09-pac-satisfied.png') });

    // The evidence jumps to the block.
    await checklist.expand('1.4.b');
    await checklist.criterion('1.4.b').locator('.evidence button').first().click();
    await expect.poll(() => pac.evaluate((el) => el.classList.contains('is-selected'))).toBe(true);

    // Everything typed in the block is saved with the mémoire.
    await app.waitSaved();
    await page.reload();
    await app.openRecent('PAC équilibré');
    await checklist.waitStatus('1.4.b', 'satisfied');
    expect(await page.locator('[data-block="pac"]').nth(1).getByLabel('Action (action 4)').inputValue()).toBe('Club clients');
    expect(await page.locator('[data-block="pac"]').nth(1).getByLabel('Début (action 1)').inputValue()).toBe('15/03/2026');

    // Deleting a filled block asks first; once deleted, Ctrl+Z from the keyboard brings it back whole.
    const filled = page.locator('[data-block="pac"]').nth(1);
    const blocks = await page.locator('[data-block="pac"]').count();
    await filled.getByRole('button', { name: 'Supprimer le bloc Plan d’action commerciale' }).click();
    const confirm = filled.getByTestId('confirm-remove-block');
    await confirm.getByRole('button', { name: 'Garder le bloc' }).click();
    expect(await page.locator('[data-block="pac"]').count()).toBe(blocks);
    await filled.getByRole('button', { name: 'Supprimer le bloc Plan d’action commerciale' }).click();
    await filled.getByTestId('confirm-remove-block').getByRole('button', { name: 'Supprimer', exact: true }).click();
    await expect.poll(() => page.locator('[data-block="pac"]').count()).toBe(blocks - 1);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('[data-block="pac"]').count()).toBe(blocks);
    expect(await page.locator('[data-block="pac"]').nth(1).getByLabel('Action (action 4)').inputValue()).toBe('Club clients');
    // An empty block goes at once (the first PAC of the template is empty).
    await page.locator('[data-block="pac"]').first().getByRole('button', { name: 'Supprimer le bloc Plan d’action commerciale' }).click();
    await expect.poll(() => page.locator('[data-block="pac"]').count()).toBe(blocks - 1);
    expect(errors).toEqual([]);
  });

  it('pastes hostile HTML as clean text: nothing runs, no javascript: link, the text is kept', async () => {
    const { page, app } = await openPacMemoire();
    await app.writeInSection('Conclusion', 'Avant. ');
    await app.paste(
      '<p onclick="window.__pwned=1">Texte collé <b>gras</b> <img src=x onerror="window.__pwned=2"><a href="javascript:window.__pwned=3">piège</a></p><script>window.__pwned=4</script><iframe src="https://evil.example"></iframe>',
      'Texte collé gras piège',
    );
    await page.locator('.ProseMirror strong', { hasText: 'gras' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.ProseMirror a[href^="javascript"], .ProseMirror img, .ProseMirror iframe, .ProseMirror [onclick]').count()).toBe(0);
    expect(await app.documentText()).toContain('Texte collé gras piège');

    // A list copied from Word arrives as a real list, nested and numbered as in Word.
    await app.writeInSection('Conclusion', ' Liste collée :');
    await page.keyboard.press('Enter');
    const wordHtml = readFileSync(join(ROOT, 'test/fixtures/paste/word-lists.html'), 'utf8');
    await app.paste(wordHtml, 'Webinaire sur la maintenance prédictive');
    const pasted = page.locator('.ProseMirror ul', { hasText: 'Webinaire sur la maintenance prédictive' }).first();
    await pasted.waitFor();
    expect(await pasted.locator('ul li', { hasText: 'responsables maintenance' }).count()).toBe(1);
    expect(await page.locator('.ProseMirror ol li', { hasText: 'Diagnostic en janvier' }).count()).toBe(1);
    expect(await app.documentText()).not.toMatch(/·\s+Webinaire/);
  });

  it('finds and replaces across the text and the blocks, whole words, in one step Ctrl+Z undoes', async () => {
    const { page, app } = await openPacMemoire();
    await app.writeInSection('Conclusion', ' La Campagne LinkedIn a porté ; LinkedInPro non.');
    await page.keyboard.press('Control+f');
    const bar = page.getByTestId('find-bar');
    await bar.getByLabel('Rechercher dans le mémoire').fill('linkedin');
    await expect.poll(() => bar.getByTestId('find-count').innerText()).toBe('1 sur 3');
    await bar.getByLabel('Mot entier').check();
    await expect.poll(() => bar.getByTestId('find-count').innerText()).toBe('1 sur 2');
    await bar.getByLabel('Rechercher dans le mémoire').press('Enter');
    await expect.poll(() => bar.getByTestId('find-count').innerText()).toBe('2 sur 2');
    expect(await page.locator('.find-current').count()).toBe(1);
    await page.screenshot({ path: artifactPath('12-find.png') });

    await page.keyboard.press('Control+h');
    await bar.getByLabel('Remplacer par').fill('LinkedIn Ads');
    await bar.getByRole('button', { name: 'Tout remplacer' }).click();
    await bar.getByText('2 remplacements (Ctrl+Z pour annuler)').waitFor();
    const pac = page.locator('[data-block="pac"]').last();
    expect(await pac.getByLabel('Action (action 2)').inputValue()).toBe('Campagne LinkedIn Ads');
    expect(await app.documentText()).toContain('La Campagne LinkedIn Ads a porté\u202F; LinkedInPro non.');
    await bar.getByLabel('Rechercher dans le mémoire').press('Escape');
    await bar.waitFor({ state: 'detached' });
    await page.keyboard.press('Control+z');
    expect(await pac.getByLabel('Action (action 2)').inputValue()).toBe('Campagne LinkedIn');
    expect(await app.documentText()).toContain('La Campagne LinkedIn a porté');
  });

  it('reports a budget the text announces that the PAC does not total, with a link to each place', async () => {
    const { page, app } = await openPacMemoire();
    await app.writeInSection('Conclusion', ' Le budget total du PAC est de 20 000 € sur l’année.');
    const finding = page.locator('.finding-figures');
    await finding.waitFor();
    expect(await finding.innerText()).toContain('Le texte annonce un budget de 20\u202F000 € ; le PAC totalise 21\u202F500 €.');
    await finding.getByRole('button', { name: '→ voir le bloc' }).click();
    await expect
      .poll(() =>
        page
          .locator('[data-block="pac"]')
          .last()
          .evaluate((el) => el.classList.contains('is-selected')),
      )
      .toBe(true);
    await page.screenshot({ path: artifactPath('13-figures-agree.png') });
  });

  it('lists the wrong block values in the export dialog, leads to the block, and exports once they are fixed', async () => {
    const { page } = await openPacMemoire();
    const pac = page.locator('[data-block="pac"]').last();
    const budget = pac.getByLabel('Budget (€) (action 2)');
    await budget.scrollIntoViewIfNeeded();
    const typed = await budget.inputValue();
    await budget.fill('environ 3000');
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const dialog = page.getByTestId('export-dialog');
    const list = dialog.getByTestId('invalid-values');
    expect(await list.innerText()).toContain('Plan d’action commerciale — Budget (€) (action 2) : « environ 3000 » n’est pas un nombre');
    expect(await dialog.getByRole('button', { name: 'Exporter quand même…' }).count()).toBe(1);
    await page.screenshot({ path: artifactPath('14-invalid-values.png') });
    await list.getByRole('button', { name: '→ corriger' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => pac.evaluate((el) => el.classList.contains('is-selected'))).toBe(true);
    await budget.fill(typed);
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    expect(await dialog.getByTestId('invalid-values').count()).toBe(0);
    expect(await dialog.getByRole('button', { name: 'Exporter…' }).count()).toBe(1);
    await dialog.getByText('Fermer', { exact: true }).click();
  });

  it('exports the mémoire to Word from the export dialog, with the confidential option', async () => {
    const { page, app } = await openPacMemoire();
    await app.writeInSection('Conclusion', 'Texte de conclusion tapé juste avant l’export.');
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByText('Document Word (.docx)').click();
    await dialog.getByRole('combobox', { name: 'Mise en page' }).selectOption('arial-11');
    await dialog.getByText('Version confidentielle').click();
    await dialog
      .getByTestId('export-length')
      .getByText(/pages avec cette mise en page/)
      .waitFor();
    expect(await dialog.getByTestId('export-length').innerText()).toMatch(
      /^\d+ pages avec cette mise en page, hors page de garde, sommaire et annexes \(attendu : 40–60\)/,
    );
    await dialog.getByRole('button', { name: 'Exporter…' }).click();
    const status = dialog.getByRole('status');
    await status.waitFor();
    const path = (await status.innerText()).replace(/^Exporté : /, '').trim();
    expect(path).toMatch(/PAC équilibré – confidentiel\.docx$/);
    // The web host cannot open a file manager: no such button there.
    expect(await dialog.getByRole('button', { name: 'Ouvrir le dossier' }).count()).toBe(0);
    await page.screenshot({ path: artifactPath('10-export.png') });
    const zip = await JSZip.loadAsync(readFileSync(path));
    const document = (await zip.file('word/document.xml')!.async('string')) as string;
    expect(document).toContain('Club clients');
    expect(document).toContain('Texte de conclusion tapé juste avant l’export.');
    expect((await zip.file('word/styles.xml')!.async('string')) as string).toContain('w:ascii="Arial"');
  });

  it('exports a PDF with an attached annex merged at the end, and shows the laid-out page count', async () => {
    const { page, app } = await openPacMemoire();
    await app.writeInSection('Conclusion', 'Phrase écrite juste avant le PDF.');
    await page
      .getByTestId('length-summary')
      .getByText(/pages mises en page/)
      .waitFor();
    const annex = await PDFDocument.create();
    annex.addPage([595, 842]).drawText('Fiche de poste du candidat', { x: 60, y: 760, size: 18, font: await annex.embedFont(StandardFonts.Helvetica) });
    await page.getByRole('button', { name: 'Exporter', exact: true }).click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('annex-input').setInputFiles({ name: 'Fiche de poste.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await annex.save()) });
    await dialog.getByTestId('annexes').getByText('Fiche de poste.pdf').waitFor();
    // Something that is not a PDF is refused with a French message and not listed.
    await dialog.getByTestId('annex-input').setInputFiles({ name: 'photo.pdf', mimeType: 'application/pdf', buffer: Buffer.from('GIF89a pas un pdf') });
    await dialog.getByText('L’annexe « photo.pdf » n’est pas un fichier PDF.', { exact: false }).waitFor();
    expect(await dialog.getByTestId('annexes').locator('li').count()).toBe(1);
    // The confidential version masks the text, not the attached PDFs: the dialog says so.
    await dialog.getByRole('checkbox', { name: /Version confidentielle/ }).check();
    expect(await dialog.getByTestId('confidential-annexes').innerText()).toBe(
      'Attention : l’annexe PDF jointe n’est pas anonymisée ; vérifiez-la ou exportez sans les annexes.',
    );
    await dialog.getByRole('checkbox', { name: /Version confidentielle/ }).uncheck();
    expect(await dialog.getByTestId('confidential-annexes').count()).toBe(0);
    await dialog
      .getByTestId('export-length')
      .getByText(/pages avec cette mise en page/)
      .waitFor();
    const counted = Number(/^(\d+)/.exec(await dialog.getByTestId('export-length').innerText())![1]);
    await dialog.getByRole('button', { name: 'Exporter…' }).click();
    const status = dialog.getByRole('status');
    await status.waitFor({ timeout: 30_000 });
    const path = (await status.innerText()).replace(/^Exporté : /, '').trim();
    expect(path).toMatch(/PAC équilibré\.pdf$/);
    await page.screenshot({ path: artifactPath('11-export-pdf.png') });
    // Lines joined back: justified text may break (and hyphenate) anywhere.
    const text = execFileSync('pdftotext', [path, '-'])
      .toString()
      .replace(/(\p{L})-\n/gu, '$1')
      .replace(/\s+/g, ' ');
    expect(text).toContain('Phrase écrite juste avant le PDF.');
    const pdf = await PDFDocument.load(readFileSync(path));
    expect(execFileSync('pdftotext', ['-f', String(pdf.getPageCount()), '-l', String(pdf.getPageCount()), path, '-']).toString()).toContain(
      'Fiche de poste du candidat',
    );
    // The body without the annexes section has the number of pages the dialog announced: the
    // annexes section (announcing the attached PDF) is the one page after it.
    expect(counted).toBeGreaterThan(0);
    expect(text).toContain(`page 1 / ${counted + 1}`);
    expect(text).toMatch(new RegExp(`page ${counted} / ${counted + 1} PAC équilibré Annexes Annexe 1 : Fiche de poste`));
    // The sommaire lists the attached PDF under the annexes, with the label of its first page.
    expect(text).toMatch(/Annexe 1 : Fiche de poste[ .]*A-1 /);
  });
});
