import type { Page } from 'playwright-core';

/** Cover fields as the "Nouveau mémoire" form labels them. */
export interface CoverInput {
  title: string;
  candidate: string;
  company?: string;
  perimeter?: string;
  tutor?: string;
  school?: string;
}

/** Page model of Mémoire Studio: what a candidate does, in the words of the interface. */
export class AppPage {
  constructor(readonly page: Page) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: 'Mémoire Studio' }).waitFor();
  }

  async createMemoire(cover: CoverInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Nouveau mémoire' }).click();
    const dialog = this.page.getByTestId('new-memoire-dialog');
    await dialog.getByRole('textbox', { name: /^Titre du mémoire/ }).fill(cover.title);
    await dialog.getByRole('textbox', { name: /^Candidat·e/ }).fill(cover.candidate);
    if (cover.school) await dialog.getByLabel('École', { exact: true }).fill(cover.school);
    if (cover.company) await dialog.getByLabel('Entreprise', { exact: true }).fill(cover.company);
    if (cover.perimeter) await dialog.getByLabel('Périmètre en responsabilité', { exact: true }).fill(cover.perimeter);
    if (cover.tutor) await dialog.getByLabel('Tuteur ou tutrice en entreprise', { exact: true }).fill(cover.tutor);
    await dialog.getByRole('button', { name: 'Créer le mémoire' }).click();
    await this.editor.waitFor();
  }

  get editor() {
    return this.page.locator('.ProseMirror');
  }

  /** Clicks into the empty paragraph that follows a template section's guidance box. */
  async writeInSection(sectionTitle: string, text: string, delay = 0): Promise<void> {
    await this.page.locator('.outline').getByRole('button', { name: sectionTitle }).first().click();
    const paragraph = this.page
      .locator(`.ProseMirror h1:has-text("${sectionTitle}"), .ProseMirror h2:has-text("${sectionTitle}")`)
      .first()
      .locator('xpath=following-sibling::p[1]');
    // The jump keeps correcting its scroll for a few frames (blocks above get their real height):
    // a click computed meanwhile can land elsewhere, so the cursor's paragraph is checked, and the click made again.
    for (let attempt = 0; ; attempt++) {
      await paragraph.click();
      const inside = await paragraph.evaluate((p) => {
        const anchor = window.getSelection()?.anchorNode ?? null;
        return anchor !== null && p.contains(anchor);
      });
      if (inside) break;
      if (attempt === 4) throw new Error(`Impossible de placer le curseur dans la section « ${sectionTitle} »`);
      await this.page.waitForTimeout(100);
    }
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(text, { delay });
  }

  async waitSaved(): Promise<void> {
    await this.page
      .getByTestId('autosave-status')
      .filter({ hasText: /^Enregistré/ })
      .waitFor({ timeout: 10_000 });
  }

  async closeMemoire(): Promise<void> {
    await this.page.getByRole('button', { name: 'Fermer le mémoire' }).click();
    await this.page.getByRole('heading', { name: 'Fichiers récents' }).waitFor();
  }

  async openRecent(title: string): Promise<void> {
    await this.page.locator('.file-entry', { hasText: title }).first().click();
    await this.editor.waitFor();
  }

  /** Pastes into the editor at the cursor as a browser does: HTML with its plain-text version. */
  async paste(html: string, plain: string): Promise<void> {
    await this.page.evaluate(
      ([h, t]) => {
        const data = new DataTransfer();
        data.setData('text/html', h);
        data.setData('text/plain', t);
        document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      [html, plain],
    );
  }

  /** The document's text (textContent: off-screen parts are not laid out, so innerText would miss them). */
  async documentText(): Promise<string> {
    return (await this.editor.textContent()) ?? '';
  }

  async openHistory() {
    await this.page.getByRole('button', { name: 'Historique', exact: true }).click();
    const dialog = this.page.getByTestId('history-dialog');
    await dialog.waitFor();
    return dialog;
  }
}

/** The checklist panel. */
export class ChecklistModel {
  constructor(readonly page: Page) {}

  criterion(id: string) {
    return this.page.locator(`.checklist [data-criterion="${id}"]`);
  }

  /** Opens a criterion's details (advice, evidence) if they are closed. */
  async expand(id: string): Promise<void> {
    const head = this.criterion(id).locator('.criterion-head');
    if ((await head.getAttribute('aria-expanded')) !== 'true') await head.click();
  }

  /** Waits until a criterion shows the given status. */
  async waitStatus(id: string, status: 'satisfied' | 'partial' | 'missing' | 'manual'): Promise<void> {
    await this.page.locator(`.checklist [data-criterion="${id}"][data-status="${status}"]`).waitFor({ timeout: 10_000 });
  }
}
