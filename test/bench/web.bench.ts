import { workerDraftReader } from '../../main/shared/draft-reader';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createMemoireBackend } from '../../core/services/memoire-backend';
import { MemoireFile } from '../../core/store/memoire-file';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { memoireSchema } from '../../core/schema/extensions';
import { memoireMetaSchema } from '../../core/model/metadata';
import { startWebHost } from '../../main/web-host/server';
import { webPlatform } from '../../main/web-host/web-platform';
import { generateMemoire } from '../fixtures/generate-memoire';
import { launchChromium, newPage } from '../e2e/support/browser';
import { FONTS_DIR, ROOT, TEMPLATES_DIR } from '../helpers/paths';
import { median, percentile, report } from './stats';

/** Clicks the recent file and waits until the editor shows the mémoire's last section; returns ms. */
async function timeOpen(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const entry = [...document.querySelectorAll<HTMLButtonElement>('.file-entry')].find((b) => b.textContent?.includes('Référence'))!;
        const t0 = performance.now();
        entry.click();
        const check = () => {
          const editor = document.querySelector('.ProseMirror');
          if (editor && editor.lastElementChild && editor.textContent?.includes('Annexes')) {
            requestAnimationFrame(() => resolve(performance.now() - t0));
          } else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** Types in the page and measures keydown → DOM mutation of the editable, per key. */
async function typingLatencies(page: Page, selector: string, keys: number): Promise<number[]> {
  await page.evaluate((sel) => {
    const root = document.querySelector(sel)!;
    const w = window as unknown as { __lat: number[]; __t0: number | null };
    w.__lat = [];
    w.__t0 = null;
    root.addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true });
    new MutationObserver(() => {
      if (w.__t0 !== null) {
        w.__lat.push(performance.now() - w.__t0);
        w.__t0 = null;
      }
    }).observe(root, { subtree: true, childList: true, characterData: true });
  }, selector);
  const text = 'la stratégie commerciale progresse ';
  for (let i = 0; i < keys; i++) await page.keyboard.type(text[i % text.length], { delay: 0 });
  await page.waitForTimeout(200);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

/** Per key: keydown → the checklist panel re-rendered with a new check run (its data-check-runs changes). */
async function checklistLatencies(page: Page, keys: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < keys; i++) {
    const measured = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const panel = document.querySelector('.checklist')!;
          let t0 = 0;
          document.addEventListener('keydown', () => (t0 = performance.now()), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            if (!t0) return;
            observer.disconnect();
            resolve(performance.now() - t0);
          });
          // A key that changes nothing the checks see may not re-run them: give up on it after 3 s.
          setTimeout(() => {
            observer.disconnect();
            resolve(-1);
          }, 3000);
          observer.observe(panel, { attributes: true, attributeFilter: ['data-check-runs'] });
        }),
    );
    await page.waitForTimeout(20);
    await page.keyboard.type('x');
    const ms = await measured;
    if (ms >= 0) out.push(ms);
    await page.waitForTimeout(150);
  }
  return out;
}

/** Open-and-show and typing latency on the 25,000-word mémoire in Chromium through the web host. */
export async function benchWeb(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'memoire-bench-web-'));
  const template = loadTemplateLibrary(TEMPLATES_DIR).templates.get('memoire-pac')!;
  const doc = generateMemoire(template);
  const path = join(dir, 'reference.memoire');
  const file = MemoireFile.create(path, {
    meta: memoireMetaSchema.parse({ title: 'Référence 25 000 mots', candidate: 'Bench' }),
    settings: { templateId: template.id, referentielId: template.referentielId, length: template.length },
    doc,
  });
  file.saveDocument(doc, 25_000);
  file.close();
  const backend = createMemoireBackend(
    { templatesDir: TEMPLATES_DIR, fontsDir: FONTS_DIR, dataDir: join(dir, 'data'), appVersion: 'bench', readDraft: workerDraftReader() },
    webPlatform(dir),
  );
  const host = await startWebHost({ handlers: backend.handlers, staticDir: join(ROOT, 'dist/renderer') });
  const browser = await launchChromium();
  try {
    const page = await newPage(browser);
    page.on('crash', () => console.error('[bench] la page Chromium a planté'));
    page.on('pageerror', (e) => console.error('[bench] erreur de page :', e.message));
    // Opened once so it is in the recent list under its title, as after a real session.
    await backend.handlers['memoire.open']({ path }).then((o) => backend.handlers['memoire.close']({ handle: o.handle }));
    await page.goto(host.url);
    await page.locator('.file-entry', { hasText: 'Référence' }).first().waitFor();

    const opens: number[] = [];
    for (let i = 0; i < 6; i++) {
      opens.push(await timeOpen(page));
      await page.getByRole('button', { name: 'Fermer le mémoire' }).click();
      await page.locator('.file-entry', { hasText: 'Référence' }).first().waitFor();
    }

    // Peer for opening: Chromium showing the same document as static HTML (no editor, no back end).
    const peerPage = await newPage(browser);
    const staticHtml = renderStaticHtml(doc);
    const peerOpens: number[] = [];
    for (let i = 0; i < 6; i++) {
      await peerPage.goto('about:blank');
      peerOpens.push(
        await peerPage.evaluate(
          (h) =>
            new Promise<number>((resolve) => {
              const t0 = performance.now();
              document.body.innerHTML = h;
              requestAnimationFrame(() => resolve(performance.now() - t0));
            }),
          staticHtml,
        ),
      );
    }

    // Typing in the middle of the big document with the outline, the checklist and spelling all
    // active (as a candidate works), once the dictionary has read the whole mémoire.
    await timeOpen(page);
    await page.waitForFunction(() => /^\d+$/.test(document.querySelector('.ProseMirror')?.getAttribute('data-spelling') ?? ''), undefined, { timeout: 60_000 });
    await page.locator('.ProseMirror > p').nth(150).click();
    await page.keyboard.press('End');
    const ours = await typingLatencies(page, '.ProseMirror', 300);
    const checklist = await checklistLatencies(page, 20);

    // The same typing with every panel hidden and spelling off: the difference is what they cost the keystroke.
    await page.getByRole('button', { name: 'Critères', exact: true }).click();
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await page.getByTestId('spelling-toggle').click();
    await page.locator('.ProseMirror > p').nth(160).click();
    await page.keyboard.press('End');
    const withoutPanels = await typingLatencies(page, '.ProseMirror', 300);

    // Peer: a plain contenteditable holding the same HTML (the browser's own editing, no framework).
    await peerPage.evaluate((h) => {
      document.body.innerHTML = `<div id="plain" contenteditable="true">${h}</div>`;
    }, staticHtml);
    await peerPage.locator('#plain p').nth(150).click();
    await peerPage.keyboard.press('End');
    const peer = await typingLatencies(peerPage, '#plain', 300);

    return [
      report(
        'Ouvrir et afficher 25 000 mots (web host)',
        median(opens.slice(1)),
        { name: 'HTML statique dans Chromium', ms: median(peerOpens.slice(1)) },
        { ms: 300, label: '≤ 300 ms' },
      ),
      report(
        'Frappe p95 keydown → DOM (25 000 mots)',
        percentile(ours, 95),
        { name: 'contenteditable nu', ms: percentile(peer, 95) },
        { ms: 16, label: '≤ 16 ms' },
      ),
      report(
        'Frappe p95, plan + critères + orthographe',
        percentile(ours, 95),
        { name: 'même frappe, panneaux masqués, orthographe coupée', ms: percentile(withoutPanels, 95) },
        { ms: 16, label: '≤ 16 ms' },
      ),
      report('Touche → liste des critères à jour (médiane)', median(checklist), { name: 'touche → DOM', ms: median(ours) }, { ms: 150, label: '≤ 150 ms' }),
      `  (frappe : médiane ${median(ours).toFixed(2)} ms, max ${Math.max(...ours).toFixed(2)} ms sur ${ours.length} touches)`,
    ];
  } finally {
    await browser.close();
    await host.close();
    backend.closeAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The document as plain HTML, for the static peer. */
function renderStaticHtml(doc: import('../../core/model/document').PmNode): string {
  const node = memoireSchema().nodeFromJSON(doc);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts: string[] = [];
  node.forEach((child) => {
    const tag = child.type.name === 'heading' ? `h${child.attrs.level}` : child.type.name === 'table' ? 'table' : 'p';
    if (tag === 'table') {
      const rows: string[] = [];
      child.forEach((row) => {
        const cells: string[] = [];
        row.forEach((cell) => cells.push(`<td>${esc(cell.textContent)}</td>`));
        rows.push(`<tr>${cells.join('')}</tr>`);
      });
      parts.push(`<table>${rows.join('')}</table>`);
    } else parts.push(`<${tag}>${esc(child.textContent)}</${tag}>`);
  });
  return parts.join('\n');
}
