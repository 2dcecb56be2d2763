import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startHostProcess, type HostProcess } from './support/host-process';
import { artifactPath, launchChromium } from './support/browser';
import { AppPage } from './support/app-page';
import { fileHash } from '../helpers/sample';
import { bodyDigest } from '../../core/store/body-digest';

let browser: Browser;
const hosts: HostProcess[] = [];
const root = mkdtempSync(join(tmpdir(), 'memoire-e2e-safety-'));
const workspace = join(root, 'Mémoires');
const dataDir = join(root, 'data');
mkdirSync(workspace);

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  for (const h of hosts) await h.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

async function host(): Promise<HostProcess> {
  const h = await startHostProcess(workspace, dataDir);
  hosts.push(h);
  return h;
}

describe('never lose a word', () => {
  it('the host killed with SIGKILL while typing loses at most ~2 s of typing', async () => {
    const first = await host();
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const app = new AppPage(page);
    await app.goto(first.url);
    await app.createMemoire({ title: 'Mémoire tué en pleine frappe', candidate: 'Léa Dubois' });
    await app.writeInSection('Introduction', 'Début. ');

    // Type a fixed number of numbered words (however fast this machine types them) and note when
    // each one was fully typed; then kill the host at once.
    const WORDS = 40;
    const typedAt: number[] = [];
    const started = Date.now();
    for (let i = 1; i <= WORDS; i++) {
      await page.keyboard.type(`mot${i} `, { delay: 15 });
      typedAt[i] = Date.now();
    }
    const killAt = Date.now();
    await first.kill('SIGKILL');

    const second = await host();
    const fresh = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const reopened = new AppPage(fresh);
    await reopened.goto(second.url);
    await reopened.openRecent('Mémoire tué en pleine frappe');
    const text = await reopened.documentText();
    const saved = [...text.matchAll(/mot(\d+) /g)].map((m) => Number(m[1]));
    const lastSaved = saved.length ? saved[saved.length - 1] : 0;
    // What is saved is exactly the beginning of what was typed, in order.
    expect(saved).toEqual(Array.from({ length: lastSaved }, (_, k) => k + 1));
    // Typing lost = from the end of the last saved word to the kill.
    const lostMs = killAt - (typedAt[lastSaved] ?? started);
    console.log(`typed ${WORDS} words in ${killAt - started} ms, saved ${lastSaved}; lost ${lostMs} ms of typing`);
    expect(lostMs).toBeLessThanOrEqual(2500);
    await fresh.screenshot({ path: artifactPath('05-after-kill.png') });
  });

  it('restores a named version, keeping the text it replaces in the history', async () => {
    const h = hosts[hosts.length - 1];
    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const app = new AppPage(page);
    await app.goto(h.url);
    await app.createMemoire({ title: 'Versions', candidate: 'Léa Dubois' });
    await app.writeInSection('Conclusion', 'Conclusion validée par le tuteur.');
    await app.waitSaved();
    let history = await app.openHistory();
    await history.getByLabel('Créer une version nommée').fill('Relue par le tuteur');
    await history.getByRole('button', { name: 'Créer une version nommée' }).click();
    await history.getByText('Relue par le tuteur').first().waitFor();
    await history.getByRole('button', { name: 'Fermer' }).click();

    await app.writeInSection('Conclusion', ' Ajout maladroit à supprimer.');
    await app.waitSaved();
    history = await app.openHistory();
    const item = history.getByTestId('snapshot-item').filter({ hasText: 'Relue par le tuteur' });
    await item.getByRole('button', { name: 'Aperçu' }).click();
    await history.locator('.history-preview').getByText('Conclusion validée par le tuteur.').waitFor();
    await page.screenshot({ path: artifactPath('06-history.png') });
    // Compared with the current text: the added sentence shows as added.
    await item.getByRole('button', { name: 'Comparer' }).click();
    const compared = history.getByTestId('compare-view');
    await compared.locator('ins', { hasText: 'Ajout maladroit à supprimer.' }).waitFor();
    expect(await compared.innerText()).toContain('Relue par le tuteur → Texte actuel');
    await page.screenshot({ path: artifactPath('06-compare.png') });
    // The app asks in its own dialog (never the browser's), and cancelling changes nothing.
    const browserDialogs: string[] = [];
    page.on('dialog', (d) => {
      browserDialogs.push(d.message());
      void d.dismiss();
    });
    await item.getByRole('button', { name: 'Restaurer' }).click();
    const confirm = history.getByTestId('restore-confirm');
    expect(await confirm.innerText()).toContain('Restaurer « Relue par le tuteur » ?');
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Texte du mémoire').innerText()).toContain('Ajout maladroit');
    await item.getByRole('button', { name: 'Restaurer' }).click();
    await history.getByTestId('restore-confirm').getByRole('button', { name: 'Restaurer cette version' }).click();
    expect(await history.getByTestId('restore-done').innerText()).toContain('« Relue par le tuteur » est restaurée.');
    await history.getByTestId('snapshot-item').filter({ hasText: 'Avant la restauration de « Relue par le tuteur »' }).waitFor();
    await page.screenshot({ path: artifactPath('07-restored.png') });
    await history.getByRole('button', { name: 'Fermer' }).click();
    expect(browserDialogs).toEqual([]);
    let text = await app.documentText();
    expect(text).toContain('Conclusion validée par le tuteur.');
    expect(text).not.toContain('Ajout maladroit');

    await page.reload();
    await app.openRecent('Versions');
    text = await app.documentText();
    expect(text).toContain('Conclusion validée par le tuteur.');
    expect(text).not.toContain('Ajout maladroit');
    // Reopened, the status bar says when it was last saved.
    expect(await page.getByTestId('autosave-status').innerText()).toMatch(/^Enregistré (à l’instant|il y a \d+ s|il y a \d+ min)/);
  });

  it('a document with an unknown block opens read-only, is never saved over, and is repaired into a copy', async () => {
    const h = hosts[hosts.length - 1];
    const path = join(workspace, 'Version future.memoire');
    copyFileSync(join(workspace, 'Versions – Léa Dubois.memoire'), path);
    const db = new Database(path);
    // As a newer version would store it: a node this build does not know, with its digest.
    db.function('sha256', (body: string) => bodyDigest(body));
    db.prepare(
      `INSERT INTO document_nodes (key, body, sha256) SELECT max(key) + 65536, json('{"type":"nouveauBloc","content":[{"type":"text","text":"Texte du bloc futur"}]}'), '' FROM document_nodes`,
    ).run();
    db.prepare('UPDATE document_nodes SET sha256 = sha256(body)').run();
    db.close();
    const before = fileHash(path);

    const page = await browser.newPage({ viewport: { width: 1280, height: 620 } });
    const app = new AppPage(page);
    await app.goto(h.url);
    await page.locator('.file-entry', { hasText: 'Version future' }).click();
    const notice = page.getByTestId('read-only-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('nouveauBloc');
    expect(await app.documentText()).toContain('Conclusion validée par le tuteur.');
    expect(await page.getByLabel('Texte du mémoire').getAttribute('contenteditable')).toBe('false');
    await page.getByLabel('Texte du mémoire').click();
    await page.keyboard.type('frappe qui ne doit rien écraser');
    await page.waitForTimeout(2000); // longer than the autosave's longest wait: nothing may be written
    await page.screenshot({ path: artifactPath('08-read-only.png') });
    expect(fileHash(path)).toBe(before);

    await notice.getByRole('button', { name: 'Enregistrer une copie réparée et continuer' }).click();
    await page.getByTestId('read-only-notice').waitFor({ state: 'detached' });
    expect(await app.documentText()).toContain('[Élément non reconnu : nouveauBloc] Texte du bloc futur');
    await app.writeInSection('Conclusion', ' Suite écrite dans la copie.');
    await app.waitSaved();
    expect(fileHash(path)).toBe(before);
    expect(existsSync(join(workspace, 'Version future (copie réparée).memoire'))).toBe(true);
  });

  it('a text altered outside the app opens read-only and goes back to the newest kept version on request', async () => {
    const h = hosts[hosts.length - 1];
    const path = join(workspace, 'Texte altéré.memoire');
    copyFileSync(join(workspace, 'Versions – Léa Dubois.memoire'), path);
    const db = new Database(path);
    db.prepare(`UPDATE document_nodes SET body = replace(body, 'validée par le tuteur', 'validée par le tuteux')`).run();
    db.close();
    const before = fileHash(path);

    const page = await browser.newPage({ viewport: { width: 1280, height: 620 } });
    const app = new AppPage(page);
    await app.goto(h.url);
    await page.locator('.file-entry', { hasText: 'Texte altéré' }).click();
    const notice = page.getByTestId('read-only-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Texte modifié hors de Mémoire Studio');
    expect(await app.documentText()).toContain('validée par le tuteux');
    await page.screenshot({ path: artifactPath('09-altered.png') });
    expect(fileHash(path)).toBe(before);

    await notice.getByRole('button', { name: 'Revenir à la dernière version gardée' }).click();
    await page.getByTestId('read-only-notice').waitFor({ state: 'detached' });
    expect(await app.documentText()).not.toContain('tuteux');
    expect(await page.getByLabel('Texte du mémoire').getAttribute('contenteditable')).toBe('true');
  });

  it('a corrupted or foreign file gets a French message and stays untouched', async () => {
    const h = hosts[hosts.length - 1];
    const broken = join(workspace, 'Mémoire abîmé.memoire');
    copyFileSync(join(workspace, 'Versions – Léa Dubois.memoire'), broken);
    const bytes = readFileSync(broken);
    writeFileSync(broken, bytes.subarray(0, Math.floor(bytes.length / 3)));
    const foreign = join(workspace, 'Rapport.memoire');
    writeFileSync(foreign, 'PK\u0003\u0004 un fichier Word renommé'.padEnd(300, '.'));
    const before = [fileHash(broken), fileHash(foreign)];

    const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
    const app = new AppPage(page);
    await app.goto(h.url);
    await page.locator('.file-entry', { hasText: 'Mémoire abîmé' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ce mémoire est incomplet' }).waitFor();
    await page.locator('.file-entry', { hasText: 'Rapport' }).click();
    await page.getByRole('alert').filter({ hasText: "n'est pas un mémoire Mémoire Studio" }).waitFor();
    await page.screenshot({ path: artifactPath('07-bad-file.png') });
    expect([fileHash(broken), fileHash(foreign)]).toEqual(before);
  });
});
