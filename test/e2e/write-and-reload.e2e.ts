import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHostProcess, type HostProcess } from './support/host-process';
import { artifactPath, launchChromium } from './support/browser';
import { AppPage } from './support/app-page';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => browser?.close());

describe('a candidate writes a mémoire', () => {
  let host: HostProcess | null = null;
  const root = mkdtempSync(join(tmpdir(), 'memoire-e2e-'));
  afterAll(async () => {
    await host?.kill();
    rmSync(root, { recursive: true, force: true });
  });

  it('creates it from the template, fills the cover, writes in two sections, reloads: everything is there', async () => {
    const workspace = join(root, 'Mémoires');
    mkdirSync(workspace);
    host = await startHostProcess(workspace, join(root, 'data'));
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Which save each autosave made, and how much it sent: after the first, only the changed nodes.
    const saves: Array<{ method: string; bytes: number }> = [];
    page.on('request', (r) => {
      const method = decodeURIComponent(new URL(r.url()).pathname.replace('/api/', ''));
      if (method.startsWith('memoire.save')) saves.push({ method, bytes: r.postDataBuffer()?.length ?? 0 });
    });
    const app = new AppPage(page);
    await app.goto(host.url);
    await page.screenshot({ path: artifactPath('01-start.png') });

    await app.createMemoire({
      title: 'Conquérir les PME du Puy-de-Dôme',
      candidate: 'Camille Martin',
      company: 'Vialis Services',
      tutor: 'Julien Roux',
      perimeter: 'Agence de Clermont-Ferrand',
    });
    expect(await page.locator('.ProseMirror h1').first().innerText()).toBe('Remerciements');
    expect(await page.locator('.ProseMirror .guidance').count()).toBe(19);

    await app.writeInSection('Introduction', 'Vialis Services est une entreprise de maintenance multitechnique fondée en 1998 à Clermont-Ferrand.');
    await app.writeInSection(
      'Diagnostic externe',
      'Trois opportunités ressortent de la veille : la rénovation énergétique, la sous-traitance industrielle et les marchés publics.',
    );
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' Point clé en gras.');
    await app.waitSaved();
    await page.screenshot({ path: artifactPath('02-editor.png') });
    expect(saves[0].method).toBe('memoire.saveDocument');
    const changes = saves.filter((s) => s.method === 'memoire.saveChanges');
    expect(changes.length).toBeGreaterThan(0);
    expect(Math.max(...changes.map((c) => c.bytes))).toBeLessThan(saves[0].bytes / 5);

    const outline = page.locator('.outline-item[data-section-id="introduction"]');
    // The outline counts once typing pauses: waited for, not assumed done by the time the save is.
    await expect.poll(() => outline.innerText(), { timeout: 10_000 }).toMatch(/1[3-6] mots/);
    expect(await page.getByTestId('length-summary').innerText()).toMatch(/mots · (≈ \d+ pages|\d+ pages mises en page) \(attendu : 40–60\)/);

    await page.reload();
    await app.openRecent('Conquérir les PME du Puy-de-Dôme');
    const text = await app.documentText();
    expect(text).toContain('Vialis Services est une entreprise de maintenance multitechnique fondée en 1998 à Clermont-Ferrand.');
    expect(text).toContain('la rénovation énergétique, la sous-traitance industrielle et les marchés publics.');
    expect(await page.locator('.ProseMirror strong', { hasText: 'Point clé en gras.' }).count()).toBe(1);

    await page.getByRole('button', { name: 'Page de garde' }).click();
    const cover = page.getByTestId('cover-dialog');
    expect(await cover.getByLabel('Tuteur ou tutrice en entreprise').inputValue()).toBe('Julien Roux');
    expect(await cover.getByLabel('Périmètre en responsabilité').inputValue()).toBe('Agence de Clermont-Ferrand');
    await cover.getByLabel('Pages minimum', { exact: true }).fill('70');
    await cover.getByRole('button', { name: 'Enregistrer' }).click();
    expect(await cover.getByText('Le nombre de pages minimum doit être inférieur ou égal au maximum.').isVisible()).toBe(true);
    await cover.getByLabel('Pages minimum', { exact: true }).fill('30');
    await cover.getByLabel('École', { exact: true }).fill('ESC Clermont');
    await cover.getByRole('button', { name: 'Enregistrer' }).click();
    await cover.waitFor({ state: 'detached' });
    expect(await page.getByTestId('length-summary').innerText()).toMatch(/attendu : 30–60/);
    await page.screenshot({ path: artifactPath('03-reloaded.png') });
    expect(errors).toEqual([]);
  });

  it('uses Word-like editing: table, footnote, image with caption, undo', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const app = new AppPage(page);
    await app.goto(host!.url);
    await app.openRecent('Conquérir les PME du Puy-de-Dôme');
    await app.writeInSection("Plan d'action commerciale", 'Le PAC comprend trois familles d’actions');
    await page.keyboard.press('Control+Alt+f');
    const note = page.getByTestId('footnote-dialog');
    await note.getByLabel('Texte de la note').fill('Voir le référentiel, bloc 1.');
    await note.getByRole('button', { name: 'Valider' }).click();
    expect(await page.locator('.ProseMirror sup[data-footnote="Voir le référentiel, bloc 1."]').count()).toBe(1);

    // "/" in an empty paragraph opens the palette; Échap cancels it and the text stays as it was.
    await page.keyboard.press('Enter');
    const paragraphs = await page.locator('.ProseMirror > p').count();
    await page.keyboard.type('/');
    const palette = page.getByRole('dialog', { name: 'Insérer' });
    await palette.waitFor();
    await page.keyboard.type('pac');
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'detached' });
    expect(await page.locator('.ProseMirror > p').count()).toBe(paragraphs);
    expect(await app.documentText()).not.toContain('/pac');
    await page.keyboard.type('Texte repris');
    expect(await app.documentText()).toContain('Texte repris');
    // French typography while typing, as Word does it; Backspace right after keeps what was typed.
    await page.keyboard.type(' "Objectif" : 15% ; l\'agence ?');
    expect(await app.documentText()).toContain('Texte repris «\u202FObjectif\u202F»\u00A0: 15\u00A0%\u202F; l’agence\u202F?');
    await page.keyboard.type(' 10');
    await page.keyboard.type('%');
    await page.keyboard.press('Backspace');
    expect(await app.documentText()).toContain('l’agence\u202F? 10%');
    await page.keyboard.press('Enter');
    await page.getByTestId('insert-table').click();
    // TipTap gives the editor its focus back on the next frame: type once the cursor is in the new table.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.activeElement?.classList.contains('ProseMirror') === true && window.getSelection()?.anchorNode?.parentElement?.closest('th, td') !== null,
        ),
      )
      .toBe(true);
    await page.keyboard.type('Action');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Type');
    expect(await page.locator('.ProseMirror .tableWrapper th').count()).toBe(3);
    await page.getByRole('button', { name: 'Ajouter une ligne', exact: true }).click();
    expect(await page.locator('.ProseMirror .tableWrapper tr').count()).toBe(4);
    await page.keyboard.press('Control+z');
    expect(await page.locator('.ProseMirror .tableWrapper tr').count()).toBe(3);

    // A 1×1 PNG, then a file that pretends to be one.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.keyboard.press('Control+End');
    await page.getByTestId('image-input').setInputFiles({ name: 'organigramme.png', mimeType: 'image/png', buffer: png });
    await page.locator('.ProseMirror figure img[src^="blob:"]').waitFor();
    await page.keyboard.type('Organigramme de l’agence');
    expect(await page.locator('.ProseMirror figcaption').innerText()).toBe('Organigramme de l’agence');
    await page.getByTestId('image-input').setInputFiles({ name: 'faux.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
    await page.getByRole('alert').filter({ hasText: 'L’image « faux.png » est illisible' }).waitFor();
    await app.waitSaved();
    await page.screenshot({ path: artifactPath('04-blocks.png') });

    await page.reload();
    await app.openRecent('Conquérir les PME du Puy-de-Dôme');
    await page.locator('.ProseMirror figure img[src^="blob:"]').waitFor();
    expect(await page.locator('.ProseMirror sup[data-footnote]').count()).toBe(1);
  });

  it('keeps the top bar on one row with the candidate’s name whole, and dialogs’ actions in reach, at 1280×620 and 1366×768', async () => {
    for (const viewport of [
      { width: 1280, height: 620 },
      { width: 1366, height: 768 },
    ]) {
      const page = await browser.newPage({ viewport });
      const app = new AppPage(page);
      await app.goto(host!.url);
      await app.openRecent('Conquérir les PME du Puy-de-Dôme');
      const bar = page.locator('.app-bar');
      await page.screenshot({ path: artifactPath(`10-bar-${viewport.width}.png`) });
      expect((await bar.boundingBox())!.height).toBeLessThan(50);
      const name = bar.locator('.app-bar-title .muted');
      expect(await name.innerText()).toBe('Camille Martin');
      expect(
        await name.evaluate(
          (el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right <= el.parentElement!.getBoundingClientRect().right + 1,
        ),
      ).toBe(true);
      await page.screenshot({ path: artifactPath(`10-bar-${viewport.width}.png`) });
      // The longest dialog: its main action is visible without scrolling the page.
      await page.getByRole('button', { name: 'Page de garde' }).click();
      const save = page.getByTestId('cover-dialog').getByRole('button', { name: 'Enregistrer' });
      const box = (await save.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await page.screenshot({ path: artifactPath(`11-cover-dialog-${viewport.width}.png`) });
      await page.close();
    }
  });
});
