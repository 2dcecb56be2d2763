import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { artifactPath, newPage } from './support/browser';
import { e2eSession } from './support/session';
import { AppPage, ChecklistModel } from './support/app-page';

const session = e2eSession('memoire-e2e-tutor-');

describe('a tutor reviews the checklist', () => {
  it('locks the text for the tutor, records a verdict the candidate then sees, and flags a status changed since', async () => {
    const page = await newPage(session.browser, { width: 1280, height: 620 });
    const app = new AppPage(page);
    const checklist = new ChecklistModel(page);
    await app.goto(session.host.url);
    await app.createMemoire({ title: 'Relu par le tuteur', candidate: 'Camille Martin', tutor: 'Julien Roux' });
    await checklist.waitStatus('1.1.a', 'missing');

    await page.getByLabel('Rôle', { exact: true }).selectOption('tutor');
    expect(await app.editor.getAttribute('contenteditable')).toBe('false');
    await checklist.expand('1.1.a');
    const item = checklist.criterion('1.1.a');
    await item.getByLabel('Avis du tuteur sur 1.1.a').selectOption('missing');
    await item.getByLabel('Commentaire du tuteur sur 1.1.a').fill('Nommez au moins deux opportunités et évaluez-les.');
    await item.getByRole('button', { name: 'Enregistrer l’avis' }).click();
    await item.getByText('Non acquis').first().waitFor();
    await page.getByLabel('Appréciation générale du tuteur').fill('Bon départ ; le diagnostic reste à écrire.');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).first().click();
    await page.getByRole('button', { name: 'Grille d’évaluation (PDF)' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Grille d’évaluation exportée : .*\.pdf/ })
      .waitFor();
    await page.getByRole('button', { name: 'Exporter la relecture' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Relecture exportée : .*\.relecture/ })
      .waitFor();
    const reviewPath = /Relecture exportée : (.*\.relecture)/.exec(await page.getByRole('status').filter({ hasText: 'Relecture exportée' }).innerText())![1];
    expect(JSON.parse(readFileSync(reviewPath, 'utf8'))).toMatchObject({
      format: 'memoire-studio-relecture',
      tutor: 'Julien Roux',
      verdicts: expect.arrayContaining([expect.objectContaining({ criterionId: '1.1.a', status: 'missing' })]),
    });
    await page.getByLabel('Autoriser les modifications').check();
    expect(await app.editor.getAttribute('contenteditable')).toBe('true');
    await page.screenshot({ path: artifactPath('12-tutor-verdict.png') });

    // Back to the candidate: the verdict and feedback show; once the text moves the automatic status,
    // the criterion says it changed since the review.
    await page.getByLabel('Rôle', { exact: true }).selectOption('candidate');
    await item.getByTestId('verdict').filter({ hasText: 'Avis de Julien Roux : Non acquis' }).waitFor();
    expect(await item.getByTestId('verdict').innerText()).toContain('Nommez au moins deux opportunités');
    await page.getByTestId('appreciation-global').getByText('Bon départ ; le diagnostic reste à écrire.').waitFor();
    await app.writeInSection('Diagnostic externe', ' Première opportunité : la rénovation des écoles du département, environ 120 k€ par an.');
    await checklist.waitStatus('1.1.a', 'partial');
    await item.getByText('depuis la relecture').waitFor();

    // Importing the same review into the same copy changes nothing and says so.
    await page.getByTestId('review-input').setInputFiles(reviewPath);
    await page.getByRole('status').filter({ hasText: 'Relecture importée : 0 avis, 0 commentaire ajouté' }).waitFor();

    // The role is remembered for this file; the verdict is kept in the file.
    await page.reload();
    await app.openRecent('Relu par le tuteur');
    expect(await page.getByLabel('Rôle', { exact: true }).inputValue()).toBe('candidate');
    await checklist.criterion('1.1.a').getByText('Non acquis').first().waitFor();
    await page.screenshot({ path: artifactPath('13-candidate-sees-verdict.png') });
  });

  it('comments a passage as tutor, replies and resolves as candidate; the comment follows its text after edits', async () => {
    const page = await newPage(session.browser, { width: 1920, height: 1080 });
    const app = new AppPage(page);
    await app.goto(session.host.url);
    await app.createMemoire({ title: 'Commenté', candidate: 'Inès Benali', tutor: 'Claire Vautrin' });
    await app.writeInSection('Introduction', 'Le périmètre a fait 142 k€ avec 18 clients.');
    await app.waitSaved();
    await page.getByLabel('Rôle', { exact: true }).selectOption('tutor');
    await page.locator('.ProseMirror p', { hasText: 'Le périmètre a fait 142 k€' }).click({ clickCount: 3 });
    await page.getByRole('button', { name: 'Commenter', exact: true }).click();
    const dialog = page.getByTestId('comment-dialog');
    await dialog.getByLabel('Commentaire').fill('Précisez l’exercice de ce chiffre.');
    await dialog.getByLabel('Lié au critère').selectOption('1.1.a');
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    const panel = page.getByTestId('comments-panel');
    const thread = panel.getByTestId('comment-thread').first();
    await thread.getByText('Précisez l’exercice de ce chiffre.').waitFor();
    expect(await thread.innerText()).toContain('Claire Vautrin (Tuteur)');
    await panel.getByLabel('Par section').selectOption('introduction');
    await thread.waitFor();
    await panel.getByLabel('Par section').selectOption('conclusion');
    await panel.getByText('Aucun commentaire.').waitFor();
    await panel.getByLabel('Par section').selectOption('');

    await page.getByLabel('Rôle', { exact: true }).selectOption('candidate');
    await thread.getByRole('button', { name: 'Répondre' }).click();
    await thread.getByLabel('Votre réponse').fill('Exercice clos au 31 août 2025.');
    await thread.getByRole('button', { name: 'Enregistrer' }).click();
    await thread.getByText('Exercice clos au 31 août 2025.').waitFor();
    // The candidate writes above the commented sentence: the comment still points to its text.
    await app.writeInSection('Remerciements', 'Merci à toute l’équipe d’Équipages Formation pour son accueil pendant cette année.');
    await app.waitSaved();
    await page.getByRole('button', { name: 'Commentaires', exact: true }).click();
    await page.getByRole('button', { name: 'Commentaires', exact: true }).click();
    await panel.getByRole('button', { name: /« Le périmètre a fait 142 k€/ }).click();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toContain('Le périmètre a fait 142 k€');
    await thread.getByRole('button', { name: 'Résoudre' }).click();
    await panel.getByText('Aucun commentaire.').waitFor();
    await panel.getByLabel('Afficher').selectOption('all');
    await panel.getByRole('button', { name: 'Rouvrir' }).waitFor();
    await page.screenshot({ path: artifactPath('14-comments-1920.png') });
  });

  it('the tutor reviews a copy and sends a review file; the candidate, who kept writing, imports it', async () => {
    const page = await newPage(session.browser, { width: 1280, height: 620 });
    const app = new AppPage(page);
    const checklist = new ChecklistModel(page);
    await app.goto(session.host.url);
    await app.createMemoire({ title: 'Envoyé au tuteur', candidate: 'Lucas Perrin', tutor: 'Hervé Le Goff' });
    await app.writeInSection('Introduction', 'Cargoline loue des vélos cargos aux artisans de Nantes.');
    const pac = page.locator('[data-block="pac"]').first();
    await pac.locator('.row-card').first().getByLabel('Action (action 1)').fill('Salon des artisans');
    await pac.locator('.row-card').first().getByLabel('Budget (€) (action 1)').fill('4 000');
    await app.waitSaved();
    await app.closeMemoire();
    const workspace = join(session.root, 'Mémoires');
    const original = readdirSync(workspace).find((f) => f.startsWith('Envoyé au tuteur') && f.endsWith('.memoire'))!;
    copyFileSync(join(workspace, original), join(workspace, 'Copie du tuteur.memoire'));

    // The tutor, on the copy.
    await page.reload();
    await app.openRecent('Copie du tuteur');
    await page.getByLabel('Rôle', { exact: true }).selectOption('tutor');
    await checklist.expand('1.1.a');
    const item = checklist.criterion('1.1.a');
    await item.getByLabel('Avis du tuteur sur 1.1.a').selectOption('missing');
    await item.getByLabel('Commentaire du tuteur sur 1.1.a').fill('Aucune opportunité n’est évaluée.');
    await item.getByRole('button', { name: 'Enregistrer l’avis' }).click();
    await page.locator('.ProseMirror p', { hasText: 'Cargoline loue des vélos cargos' }).click({ clickCount: 3 });
    await page.getByRole('button', { name: 'Commenter', exact: true }).click();
    await page.getByTestId('comment-dialog').getByLabel('Commentaire').fill('Donnez le chiffre d’affaires.');
    await page.getByTestId('comment-dialog').getByRole('button', { name: 'Enregistrer' }).click();
    // A comment on a row of the PAC, in read-only mode: the row's button works in either role.
    await pac.getByRole('button', { name: 'Commenter la ligne action 1' }).click();
    const rowDialog = page.getByTestId('comment-dialog');
    expect(await rowDialog.innerText()).toContain('Salon des artisans');
    await rowDialog.getByLabel('Commentaire').fill('Budget du salon à justifier.');
    await rowDialog.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByTestId('comments-panel').getByText('Budget du salon à justifier.').waitFor();
    await page.getByRole('button', { name: 'Exporter la relecture' }).click();
    const status = page.getByRole('status').filter({ hasText: 'Relecture exportée' });
    const reviewPath = /Relecture exportée : (.*\.relecture)/.exec(await status.innerText())![1];
    await app.closeMemoire();

    // The candidate kept writing in the meantime, then imports the review.
    await page.reload();
    // Both files carry the same title: the candidate's is found by its file name.
    await app.openRecent(original.replace(/\.memoire$/, ''));
    await page.getByLabel('Rôle', { exact: true }).selectOption('candidate');
    await app.writeInSection('Diagnostic externe', ' Première opportunité : l’aide « vélo cargo pro » de la métropole, environ 42 k€ par an.');
    await checklist.waitStatus('1.1.a', 'partial');
    await app.waitSaved();
    // …and changed the budget of the commented row: the comment still finds it.
    await pac.locator('.row-card').first().getByLabel('Budget (€) (action 1)').fill('3 500');
    await app.waitSaved();
    await page.getByTestId('review-input').setInputFiles(reviewPath);
    await page.getByRole('status').filter({ hasText: 'Relecture importée : 1 avis, 2 commentaires ajoutés.' }).waitFor();
    await checklist.expand('1.1.a');
    await checklist.criterion('1.1.a').getByTestId('verdict').filter({ hasText: 'Avis de Hervé Le Goff : Non acquis' }).waitFor();
    await checklist.criterion('1.1.a').getByText('depuis la relecture').waitFor();
    await page.getByRole('button', { name: 'Commentaires', exact: true }).click();
    const panel = page.getByTestId('comments-panel');
    await panel.getByText('Donnez le chiffre d’affaires.').waitFor();
    const rowThread = panel.getByTestId('comment-thread').filter({ hasText: 'Budget du salon à justifier.' });
    expect(await rowThread.innerText()).not.toContain('détaché');
    await rowThread.getByRole('button', { name: /Salon des artisans/ }).click();
    await expect.poll(() => pac.evaluate((el) => el.classList.contains('is-selected'))).toBe(true);
    await page.screenshot({ path: artifactPath('15-review-imported-1280.png') });
  });
});
