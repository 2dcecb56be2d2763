import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoireFile } from '../../core/store/memoire-file';
import { generateMemoire } from '../fixtures/generate-memoire';
import { sampleMemoire, template } from '../helpers/sample';
import { artifactPath, newPage } from './support/browser';
import { e2eSession } from './support/session';
import { AppPage, ChecklistModel } from './support/app-page';

const session = e2eSession('memoire-e2e-jury-', (root) => {
  for (const title of ['Mémoire complet', 'Mémoire à répéter'])
    MemoireFile.create(join(root, 'Mémoires', `${title}.memoire`), { ...sampleMemoire(title), doc: generateMemoire(template, 6000) }).close();
});

describe('the likely questions of the jury', () => {
  it('asks about what the mémoire misses, follows the writing, and jumps to where the answer goes', async () => {
    const page = await newPage(session.browser, { width: 1280, height: 620 });
    const app = new AppPage(page);
    const checklist = new ChecklistModel(page);
    await app.goto(session.host.url);
    await app.createMemoire({ title: 'Préparer la soutenance', candidate: 'Nora Haddad' });
    await checklist.waitStatus('1.1.a', 'missing');

    await page.getByRole('button', { name: 'Questions du jury' }).click();
    const dialog = page.getByTestId('jury-questions');
    const opportunity = dialog.locator('[data-testid="jury-question"][data-criterion="1.1.a"]');
    expect(await opportunity.innerText()).toContain('comment avez-vous évalué leur faisabilité et leur intérêt économique');
    expect(await dialog.getByText('Aucun chiffre clé trouvé pour l’instant').count()).toBe(1);
    await page.screenshot({ path: artifactPath('16-jury-questions-1280.png') });
    await opportunity.getByRole('button', { name: 'Aller à la section' }).click();
    await dialog.waitFor({ state: 'detached' });
    // It lands on the section where the answer belongs, at the top of the page.
    const heading = page.locator('.ProseMirror :is(h1, h2, h3)', { hasText: 'Diagnostic externe' }).first();
    await expect
      .poll(async () => {
        const box = await heading.boundingBox();
        return box !== null && box.y >= 0 && box.y < 620 / 2;
      })
      .toBe(true);

    // Once the text starts answering it, the question follows the checklist's status.
    await app.writeInSection(
      'Diagnostic externe',
      ' Première opportunité : la rénovation énergétique des écoles du département, faisabilité forte (trois références locales), environ 120 k€ de chiffre d’affaires par an.',
    );
    const item = page.locator('.checklist [data-criterion="1.1.a"]');
    await expect.poll(() => item.getAttribute('data-status')).not.toBe('missing');
    const status = await item.getAttribute('data-status');
    await page.getByRole('button', { name: 'Questions du jury' }).click();
    await dialog.waitFor();
    if (status === 'satisfied') expect(await dialog.locator('[data-criterion="1.1.a"]').count()).toBe(0);
    else expect(await opportunity.getAttribute('class')).toContain(`status-${status}`);
  });

  it('lists the figures to defend on a complete mémoire, at 1920×1080', async () => {
    const page = await newPage(session.browser, { width: 1920, height: 1080 });
    const app = new AppPage(page);
    await app.goto(session.host.url);
    await app.openRecent('Mémoire complet');
    await page.getByRole('button', { name: 'Questions du jury' }).click();
    const dialog = page.getByTestId('jury-questions');
    const figures = dialog.getByRole('region', { name: 'Les chiffres à défendre' });
    const roi = figures.locator('[data-criterion="2.7.b"]');
    await roi.waitFor();
    expect(await roi.innerText()).toContain('Refaites-nous le calcul du retour sur investissement');
    expect(await roi.locator('.evidence button').count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifactPath('17-jury-figures-1920.png') });
  });

  it('shows the slide plan generated from the mémoire and exports it to PowerPoint and PDF', async () => {
    const page = await newPage(session.browser, { width: 1280, height: 620 });
    const app = new AppPage(page);
    await app.goto(session.host.url);
    await app.openRecent('Mémoire complet');
    await page.getByRole('button', { name: 'Soutenance', exact: true }).click();
    const dialog = page.getByTestId('soutenance');
    await dialog.getByTestId('slides-timing').filter({ hasText: '14 diapositives, 20:00 prévues pour 20:00.' }).waitFor();
    expect(await dialog.getByTestId('slide').count()).toBe(14);
    expect(await dialog.locator('[data-slide="pac"]').innerText()).toContain('Graphique : Répartition des actions et du budget par type');
    await page.screenshot({ path: artifactPath('18-soutenance-1280.png') });

    // The candidate edits a message and a duration: the plan says it no longer fits, and keeps the edits.
    const contexte = dialog.locator('[data-slide="contexte"]');
    await contexte.getByRole('button', { name: 'Modifier' }).click();
    await contexte.getByLabel('Messages clés (un par ligne)').fill('Vialis Services : 120 salariés\nUn périmètre PME de 2,4 M€');
    await contexte.getByRole('button', { name: 'Enregistrer' }).click();
    await contexte.getByText('Un périmètre PME de 2,4 M€').waitFor();
    await dialog.getByLabel('Durée de « Diagnostic » en secondes').fill('200');
    await dialog.getByTestId('slides-timing').filter({ hasText: '14 diapositives, 20:50 prévues pour 20:00 : ajustez les durées.' }).waitFor();
    await dialog.locator('[data-slide="crm"]').getByRole('button', { name: 'Masquer' }).click();
    await dialog.getByTestId('slides-timing').filter({ hasText: '13 diapositives, 20:05 prévues pour 20:00' }).waitFor();
    await page.screenshot({ path: artifactPath('19-soutenance-edited-1280.png') });
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    await page.getByRole('button', { name: 'Soutenance', exact: true }).click();
    await dialog.getByTestId('slides-timing').filter({ hasText: '13 diapositives, 20:05 prévues pour 20:00' }).waitFor();
    expect(await dialog.locator('[data-slide="contexte"]').innerText()).toContain('Vialis Services : 120 salariés');
    await dialog.getByLabel('Version confidentielle').check();
    await expect.poll(async () => (await dialog.locator('[data-slide="titre"]').innerText()).includes('Société X')).toBe(true);
    expect(await dialog.locator('[data-slide="contexte"]').innerText()).toContain('Société X : 120 salariés');
    await dialog.getByRole('button', { name: 'Exporter en PowerPoint' }).click();
    const status = page.getByRole('status').filter({ hasText: /Diapositives exportées : .*\.pptx/ });
    await status.waitFor();
    const pptx = /Diapositives exportées : (.*\.pptx)/.exec(await status.innerText())![1];
    expect(readFileSync(pptx).subarray(0, 2).toString('latin1')).toBe('PK');
    await dialog.getByRole('button', { name: 'Exporter en PDF' }).click();
    const pdfStatus = page.getByRole('status').filter({ hasText: /Diapositives exportées : .*\.pdf/ });
    await pdfStatus.waitFor();
    const pdf = /Diapositives exportées : (.*\.pdf)/.exec(await pdfStatus.innerText())![1];
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('rehearses on a fake clock: countdown, the slide’s time in colour, keys, and a pacing report kept for the next rehearsal', async () => {
    const page = await newPage(session.browser, { width: 1920, height: 1080 });
    const app = new AppPage(page);
    await app.goto(session.host.url);
    await app.openRecent('Mémoire à répéter');
    await page.getByRole('button', { name: 'Soutenance', exact: true }).click();
    await page.getByTestId('slides-timing').waitFor();
    await page.clock.install();
    await page.getByRole('button', { name: 'Répéter', exact: true }).click();
    const rehearsal = page.getByTestId('rehearsal');
    await rehearsal
      .getByTestId('countdown')
      .filter({ hasText: /^20:00$/ })
      .waitFor();
    // The title slide (planned 0:45) takes 1:40: red.
    await page.clock.runFor(100_000);
    await rehearsal.getByTestId('slide-time').filter({ hasText: 'Cette diapositive : 1:40 sur 0:45' }).waitFor();
    expect(await rehearsal.getByTestId('slide-time').getAttribute('class')).toBe('pace-red');
    await page.keyboard.press('ArrowRight');
    // The context (planned 1:30) takes 1:25: on time.
    await page.clock.runFor(85_000);
    await rehearsal.getByTestId('slide-time').filter({ hasText: 'Cette diapositive : 1:25 sur 1:30' }).waitFor();
    expect(await rehearsal.getByTestId('slide-time').getAttribute('class')).toBe('pace-ok');
    await rehearsal
      .getByTestId('countdown')
      .filter({ hasText: /^16:55$/ })
      .waitFor();
    await page.screenshot({ path: artifactPath('20-rehearsal-1920.png') });
    await page.keyboard.press(' ');
    await page.clock.runFor(60_000);
    await page.keyboard.press('Escape');
    const report = rehearsal.getByTestId('pacing-report');
    await report.getByText('Durée totale : 4:05 pour 20:00 prévues.').waitFor();
    expect(await report.locator('tr[data-slide="titre"]').getAttribute('class')).toBe('pace-red');
    expect(await report.locator('tr[data-slide="contexte"]').getAttribute('class')).toBe('pace-ok');
    expect(await report.locator('tr[data-slide="diagnostic"]').innerText()).toContain('-1:30');
    await page.screenshot({ path: artifactPath('21-pacing-report-1920.png') });
    await report.getByRole('button', { name: 'Fermer' }).click();

    // The next rehearsal is compared with this one.
    await page.getByRole('button', { name: 'Répéter', exact: true }).click();
    await page.clock.runFor(30_000);
    await page.keyboard.press('Escape');
    await rehearsal.getByTestId('pacing-report').getByText('Répétition précédente : 4:05.').waitFor();
  });
});
