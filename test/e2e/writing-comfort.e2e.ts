import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifactPath, newPage } from './support/browser';
import { e2eSession } from './support/session';
import { AppPage } from './support/app-page';

const session = e2eSession('memoire-e2e-writing-');

/** The words underlined in the text, once the spelling check has answered. */
async function underlined(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const state = document.querySelector('.ProseMirror')?.getAttribute('data-spelling');
    return state !== null && state !== undefined && state !== 'loading';
  });
  return page.locator('.ProseMirror .spell-error').allInnerTexts();
}

/** Waits until the underlines are exactly these words. */
async function waitUnderlined(page: Page, words: string[]): Promise<void> {
  await expect.poll(() => underlined(page), { timeout: 10_000 }).toEqual(words);
}

describe('French spelling, offline', () => {
  for (const viewport of [
    { width: 1280, height: 620 },
    { width: 1920, height: 1080 },
  ]) {
    it(`underlines an unknown word and corrects it from the menu, knows the cover’s names and the business words (${viewport.width}×${viewport.height})`, async () => {
      const page = await newPage(session.browser, viewport);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const app = new AppPage(page);
      await app.goto(session.host.url);
      await app.createMemoire({ title: `Orthographe ${viewport.width}`, candidate: 'Gwenaëlle Kerhervé', company: 'Penn Ar Bed Conseil' });
      await app.writeInSection(
        'Introduction',
        'Gwenaëlle Kerhervé mène le développment du social selling de Penn Ar Bed Conseil sur LinkedIn ; le CRM suit les leads. ',
      );
      await waitUnderlined(page, ['développment']);
      expect(await page.getByTestId('spelling-toggle').innerText()).toBe('Orthographe : activée');

      await page.locator('.ProseMirror .spell-error').click({ button: 'right' });
      const menu = page.getByRole('menu', { name: 'Orthographe : développment' });
      await menu.getByRole('menuitem', { name: 'développement', exact: true }).waitFor();
      await page.screenshot({ path: artifactPath(`spelling-menu-${viewport.width}.png`) });
      await menu.getByRole('menuitem', { name: 'développement', exact: true }).click();
      await waitUnderlined(page, []);
      expect(await app.documentText()).toContain('mène le développement du social selling');
      // The correction is one step of the history: Ctrl+Z brings the typed word back.
      await page.keyboard.press('Control+z');
      expect(await app.documentText()).toContain('le développment du');
      await page.keyboard.press('Control+y');
      expect(await app.documentText()).toContain('le développement du');
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('adds a word to the personal dictionary for every mémoire, ignores another, and works from the keyboard', async () => {
    const page = await newPage(session.browser, { width: 1400, height: 900 });
    const app = new AppPage(page);
    await app.goto(session.host.url);
    await app.createMemoire({ title: 'Dictionnaire personnel', candidate: 'Yann Le Goff' });
    await app.writeInSection('Introduction', 'Le cabinet Kerbrat prospecte à Ploumanac’h. ');
    await waitUnderlined(page, ['Kerbrat', 'Ploumanac’h']);

    await page.locator('.ProseMirror .spell-error', { hasText: 'Kerbrat' }).click({ button: 'right' });
    await page.getByRole('menuitem', { name: 'Ajouter au dictionnaire' }).click();
    await waitUnderlined(page, ['Ploumanac’h']);
    expect(JSON.parse(readFileSync(join(session.root, 'data', 'dictionnaire-personnel.json'), 'utf8'))).toEqual(['Kerbrat']);

    // From the keyboard: the menu takes the focus, arrows move, Entrée chooses, Échap leaves the text as it was.
    await page.locator('.ProseMirror .spell-error').click({ button: 'right' });
    const menu = page.getByRole('menu');
    await menu
      .getByText(/Aucune suggestion|Ajouter au dictionnaire/)
      .first()
      .waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).toBe(true);
    await page.locator('.ProseMirror .spell-error').click({ button: 'right' });
    await menu.getByRole('menuitem', { name: 'Ignorer' }).waitFor();
    await expect.poll(() => menu.getByText('Recherche de suggestions…').count(), { timeout: 10_000 }).toBe(0);
    const items = await menu.getByRole('menuitem').allInnerTexts();
    for (let i = 0; i < items.indexOf('Ignorer'); i++) await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: artifactPath('spelling-keyboard.png') });
    await page.keyboard.press('Enter');
    await waitUnderlined(page, []);
    expect(await app.documentText()).toContain('Le cabinet Kerbrat prospecte à Ploumanac’h.');

    // Another mémoire, after a restart of the page: the added word is known, the ignored one is not.
    await app.closeMemoire();
    await page.reload();
    await app.createMemoire({ title: 'Autre mémoire', candidate: 'Yann Le Goff' });
    await app.writeInSection('Introduction', 'Kerbrat et Ploumanac’h. ');
    await waitUnderlined(page, ['Ploumanac’h']);

    // Turned off, nothing is underlined; on again, the underline comes back.
    await page.getByTestId('spelling-toggle').click();
    await waitUnderlined(page, []);
    expect(await page.getByTestId('spelling-toggle').innerText()).toBe('Orthographe : désactivée');
    await page.getByTestId('spelling-toggle').click();
    await waitUnderlined(page, ['Ploumanac’h']);
    await page.close();
  });

  it('underlines a misspelt word in a block field and corrects it from the same menu', async () => {
    const page = await newPage(session.browser, { width: 1400, height: 900 });
    const app = new AppPage(page);
    await app.goto(session.host.url);
    await app.createMemoire({ title: 'Orthographe des blocs', candidate: 'Inès Moreau' });
    await app.writeInSection("Plan d'action commerciale", '');
    await page.keyboard.type('/');
    await page.getByRole('dialog', { name: 'Insérer' }).getByLabel('Rechercher un bloc, un titre, un tableau…').fill('plan d');
    await page.keyboard.press('Enter');
    const pac = page.locator('[data-block="pac"]').nth(1);
    const action = pac.getByLabel('Action (action 1)');
    await action.fill('Campagne de prospectoin sur LinkedIn');
    const mark = pac.locator('.spelled-field mark');
    await expect.poll(() => mark.allInnerTexts(), { timeout: 10_000 }).toEqual(['prospectoin']);
    await action.scrollIntoViewIfNeeded();
    await pac
      .locator('.row-card')
      .first()
      .screenshot({ path: artifactPath('spelling-block-field.png') });
    const box = (await mark.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
    await page.getByRole('menuitem', { name: 'prospection', exact: true }).click();
    expect(await action.inputValue()).toBe('Campagne de prospection sur LinkedIn');
    await expect.poll(() => mark.count(), { timeout: 10_000 }).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Action (action 1)');
    await page.close();
  });
});

describe('block forms use the width', () => {
  it('estimates a tour’s cost from its kilometres and the cost per km where none is typed', async () => {
    const page = await newPage(session.browser, { width: 1920, height: 1080 });
    const app = new AppPage(page);
    await app.goto(session.host.url);
    await app.createMemoire({ title: 'Tournées chiffrées', candidate: 'Inès Moreau' });
    const tours = page.locator('[data-block="prospection"]').first();
    await tours.scrollIntoViewIfNeeded();
    await tours.getByLabel('Coût au km (€)').fill('0,45');
    await tours.getByLabel('Zone (zone 1)').fill('Clermont');
    await tours.getByLabel('Km (zone 1)').fill('120');
    await expect.poll(() => tours.locator('table').first().innerText()).toContain('54\u202f€');
    await tours.getByLabel('Coût (€) (zone 1)').fill('60');
    await expect.poll(() => tours.locator('table').first().innerText()).not.toContain('54\u202f€');
    await tours.screenshot({ path: artifactPath('blocks-tours-1920.png') });
    await page.close();
  });

  it('edits wide tables as a grid at 1920×1080 and as compact cards at 1280×620, with list values whole', async () => {
    const wide = await newPage(session.browser, { width: 1920, height: 1080 });
    const app = new AppPage(wide);
    await app.goto(session.host.url);
    await app.createMemoire({ title: 'Blocs en grille', candidate: 'Inès Moreau' });
    // Blocks off screen are not laid out (content-visibility): each is measured once scrolled to.
    const pac = wide.locator('[data-block="pac"]').first();
    await pac.scrollIntoViewIfNeeded();
    await wide.locator('[data-block="pac"][data-layout="measured"]').first().waitFor();
    // Nine columns fit: one line per action, every column whole.
    expect(await pac.locator('.row-card').count()).toBe(0);
    expect(await pac.locator('table tbody tr').count()).toBe(3);
    const goNoGo = wide.locator('[data-block="goNoGo"]').first();
    await goNoGo.scrollIntoViewIfNeeded();
    await goNoGo.getByLabel('Famille (critère 1)').selectOption('Économique');
    const family = goNoGo.getByLabel('Famille (critère 1)');
    // The chosen value is shown whole: the list is at least as wide as its longest option needs.
    expect(await family.evaluate((s: HTMLSelectElement) => s.offsetWidth)).toBeGreaterThanOrEqual(110);
    await goNoGo.scrollIntoViewIfNeeded();
    await wide.waitForTimeout(300);
    await wide.screenshot({ path: artifactPath('blocks-grid-1920.png') });
    const blockWidth = await pac.evaluate((e) => e.getBoundingClientRect().width);
    const pageWidth = await wide.locator('.page').evaluate((e) => e.getBoundingClientRect().width);
    expect(blockWidth).toBeGreaterThan(pageWidth);
    await wide.close();

    const narrow = await newPage(session.browser, { width: 1280, height: 620 });
    const app2 = new AppPage(narrow);
    await app2.goto(session.host.url);
    await app2.openRecent('Blocs en grille');
    const smart = narrow.locator('[data-block="objectifsSmart"]').first();
    await smart.scrollIntoViewIfNeeded();
    await narrow.locator('[data-block="objectifsSmart"][data-layout="measured"]').first().waitFor();
    // Too narrow for eight columns: one card per objective, its fields side by side, well under the window's height.
    const card = smart.locator('.row-card').first();
    await card.waitFor();
    expect(await card.evaluate((e) => e.getBoundingClientRect().height)).toBeLessThan(620 / 2);
    await card.screenshot({ path: artifactPath('blocks-card-1280.png') });
    await narrow.locator('[data-block="goNoGo"]').first().scrollIntoViewIfNeeded();
    await narrow.waitForTimeout(300);
    await narrow.screenshot({ path: artifactPath('blocks-gonogo-1280.png') });
    await narrow.close();
  });
});

describe('undo from inside a block', () => {
  it('Ctrl+Z in a field or on a row button undoes the typing, the added and the removed row; Ctrl+Y redoes', async () => {
    const page = await newPage(session.browser, { width: 1400, height: 900 });
    const app = new AppPage(page);
    await app.goto(session.host.url);
    await app.createMemoire({ title: 'Annuler dans un bloc', candidate: 'Inès Moreau' });
    const pac = page.locator('[data-block="pac"]').first();
    await pac.scrollIntoViewIfNeeded();
    const action = pac.getByLabel('Action (action 1)');
    await action.click();
    await page.keyboard.type('Salon Préventica');
    await page.keyboard.press('Control+z');
    await expect.poll(() => action.inputValue()).toBe('');
    await page.keyboard.press('Control+y');
    await expect.poll(() => action.inputValue()).toBe('Salon Préventica');

    const rows = () => pac.locator('[aria-label^="Action (action "]').count();
    expect(await rows()).toBe(3);
    await pac.getByRole('button', { name: /Ajouter une ligne \(action\)/ }).click();
    expect(await rows()).toBe(4);
    await page.keyboard.press('Control+z');
    await expect.poll(rows).toBe(3);
    await pac.getByRole('button', { name: 'Supprimer la ligne 1' }).click();
    expect(await rows()).toBe(2);
    // The removed row's button is gone: the focus went with it, and Ctrl+Z from the block still works.
    await pac.locator('.block-title').click();
    await page.keyboard.press('Control+z');
    await expect.poll(rows).toBe(3);
    expect(await pac.getByLabel('Action (action 1)').inputValue()).toBe('Salon Préventica');
    await page.close();
  });
});
