import { readFileSync } from 'node:fs';
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
    await page.getByRole('button', { name: 'Grille d’évaluation (PDF)' }).click();
    await page.getByRole('status').filter({ hasText: /Grille d’évaluation exportée : .*\.pdf/ }).waitFor();
    await page.getByRole('button', { name: 'Exporter la relecture' }).click();
    await page.getByRole('status').filter({ hasText: /Relecture exportée : .*\.relecture/ }).waitFor();
    const reviewPath = /Relecture exportée : (.*\.relecture)/.exec(await page.getByRole('status').filter({ hasText: 'Relecture exportée' }).innerText())![1];
    expect(JSON.parse(readFileSync(reviewPath, 'utf8'))).toMatchObject({ format: 'memoire-studio-relecture', tutor: 'Julien Roux', verdicts: [{ criterionId: '1.1.a', status: 'missing' }] });
    await page.getByLabel('Autoriser les modifications').check();
    expect(await app.editor.getAttribute('contenteditable')).toBe('true');
    await page.screenshot({ path: artifactPath('12-tutor-verdict.png') });

    // Back to the candidate: the verdict and feedback show; once the text moves the automatic status,
    // the criterion says it changed since the review.
    await page.getByLabel('Rôle', { exact: true }).selectOption('candidate');
    await item.getByTestId('verdict').filter({ hasText: 'Avis de Julien Roux : Non acquis' }).waitFor();
    expect(await item.getByTestId('verdict').innerText()).toContain('Nommez au moins deux opportunités');
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
});
