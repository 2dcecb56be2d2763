import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pngImage } from '../helpers/images';
import { dispatchApiCall, type ApiResponse } from '../../core/api/dispatch';
import { apiContract, isApiMethod } from '../../core/api/contract';
import { AUTO_SNAPSHOT_MINUTES } from '../../core/services/memoire-backend';
import { testBackend } from '../helpers/backend';

type Backend = ReturnType<typeof testBackend>;
let current: Backend | null = null;
afterEach(() => current?.backend.closeAll());

function setup(): Backend {
  current = testBackend();
  return current;
}

async function call(b: Backend, method: string, input: unknown): Promise<any> {
  const res: ApiResponse = await dispatchApiCall(b.backend.handlers, method, input);
  if (!res.ok) throw Object.assign(new Error(res.error.message), res.error);
  return res.result;
}

const meta = { title: 'Conquérir les PME du Puy-de-Dôme', candidate: 'Camille Martin', company: 'Vialis Services' };
const para = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

describe('API contract', () => {
  it('refuses unknown methods, including prototype keys', async () => {
    const b = setup();
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42]) {
      const res = await dispatchApiCall(b.backend.handlers, name, {});
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.code).toBe('invalid-input');
    }
    expect(isApiMethod('memoire.open')).toBe(true);
    expect(isApiMethod('hasOwnProperty')).toBe(false);
  });

  it('validates every input and answers in French with the field at fault', async () => {
    const b = setup();
    const res = await dispatchApiCall(b.backend.handlers, 'memoire.create', { path: join(b.workspace, 'x.memoire'), meta: { ...meta, title: '' } });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('invalid-input');
      expect(res.error.fields?.['meta.title']).toBe('Indiquez un titre.');
    }
    const extra = await dispatchApiCall(b.backend.handlers, 'memoire.open', { path: 'a', evil: true });
    expect(extra.ok).toBe(false);
    expect(existsSync(join(b.workspace, 'x.memoire'))).toBe(false);
  });

  it('serves exactly the contract’s methods, each refusing an input that is not an object', async () => {
    const b = testBackend();
    expect(Object.keys(b.backend.handlers).sort()).toEqual(Object.keys(apiContract).sort());
    for (const name of Object.keys(apiContract)) {
      const res = await dispatchApiCall(b.backend.handlers, name, 'pas un objet');
      expect(res.ok, name).toBe(false);
    }
    b.backend.closeAll();
  });
});

describe('back end through the contract', () => {
  it('creates a mémoire from the template, saves, reopens and lists it as recent', async () => {
    const b = setup();
    const { path } = await call(b, 'files.chooseSave', { suggestedName: `${meta.title} – ${meta.candidate}` });
    expect(path).toBe(join(b.workspace, 'Conquérir les PME du Puy-de-Dôme – Camille Martin.memoire'));
    const opened = await call(b, 'memoire.create', { path, meta });
    expect(opened.template.id).toBe('memoire-pac');
    expect(opened.doc.content[0]).toMatchObject({ type: 'heading', attrs: { sectionId: 'remerciements' } });
    const saved = await call(b, 'memoire.saveDocument', { handle: opened.handle, doc: para('Bonjour le jury') });
    expect(saved.revision).toBe(1);
    await call(b, 'memoire.close', { handle: opened.handle });
    const again = await call(b, 'memoire.open', { path });
    expect(again.doc).toEqual(para('Bonjour le jury'));
    const recent = await call(b, 'files.recent', {});
    expect(recent[0]).toMatchObject({ path, title: meta.title, exists: true });
    const workspace = await call(b, 'files.workspace', {});
    expect(workspace.map((f: { path: string }) => f.path)).toEqual([path]);
    expect((await call(b, 'files.chooseSave', { suggestedName: `${meta.title} – ${meta.candidate}` })).path).toMatch(/\(2\)\.memoire$/);
  });

  it('lists the templates and creates an exam practice document from the second one', async () => {
    const b = setup();
    const list = await call(b, 'templates.list', {});
    expect(list.map((t: { id: string; kind: string }) => `${t.id}:${t.kind}`)).toEqual(['memoire-pac:memoire', 'entrainement-examens:practice']);
    const { path } = await call(b, 'files.chooseSave', { suggestedName: 'Entraînement' });
    const opened = await call(b, 'memoire.create', { path, meta, templateId: 'entrainement-examens' });
    expect(opened.template.kind).toBe('practice');
    expect(opened.doc.content.map((n: { type: string }) => n.type)).toContain('cartographie');
  });

  it('exports to Word through the contract and remembers the layout preset', async () => {
    const b = setup();
    const { path } = await call(b, 'files.chooseSave', { suggestedName: 'Export' });
    const opened = await call(b, 'memoire.create', { path, meta });
    expect(opened.settings.exportPreset).toBe('times-12');
    expect((await call(b, 'export.presets', {})).map((p: { id: string }) => p.id)).toEqual(['times-12', 'arial-11']);
    const target = (await call(b, 'files.chooseExport', { suggestedName: 'Export', format: 'docx' })).path;
    expect(target).toBe(join(b.workspace, 'Export.docx'));
    const result = await call(b, 'export.run', {
      handle: opened.handle,
      format: 'docx',
      path: target,
      presetId: 'arial-11',
      confidential: false,
      includeAnnexes: true,
      sectionId: null,
    });
    expect(result.bytes).toBeGreaterThan(5000);
    expect(existsSync(target)).toBe(true);
    expect((await call(b, 'files.reveal', { path: target })).shown).toBe(false);
    await call(b, 'memoire.close', { handle: opened.handle });
    expect((await call(b, 'memoire.open', { path })).settings.exportPreset).toBe('arial-11');
  });

  it('opening the same file again returns the mémoire already open', async () => {
    const b = setup();
    const { path } = await call(b, 'files.chooseSave', { suggestedName: 'Double' });
    const first = await call(b, 'memoire.create', { path, meta });
    const second = await call(b, 'memoire.open', { path });
    expect(second.handle).toBe(first.handle);
  });

  it('refuses a document that does not fit the editor schema and keeps the saved one', async () => {
    const b = setup();
    const { path } = await call(b, 'files.chooseSave', { suggestedName: 'Schéma' });
    const opened = await call(b, 'memoire.create', { path, meta });
    await call(b, 'memoire.saveDocument', { handle: opened.handle, doc: para('Gardé') });
    await expect(call(b, 'memoire.saveDocument', { handle: opened.handle, doc: { type: 'doc', content: [{ type: 'iframe' }] } })).rejects.toMatchObject({
      code: 'invalid-document',
    });
    await call(b, 'memoire.close', { handle: opened.handle });
    expect((await call(b, 'memoire.open', { path })).doc).toEqual(para('Gardé'));
  });

  it('takes an automatic snapshot after ten minutes of editing', async () => {
    const b = setup();
    const { path } = await call(b, 'files.chooseSave', { suggestedName: 'Historique' });
    const opened = await call(b, 'memoire.create', { path, meta });
    expect((await call(b, 'memoire.saveDocument', { handle: opened.handle, doc: para('v1') })).snapshotTaken).toBe(false);
    b.clock.now += (AUTO_SNAPSHOT_MINUTES - 1) * 60_000;
    expect((await call(b, 'memoire.saveDocument', { handle: opened.handle, doc: para('v2') })).snapshotTaken).toBe(false);
    b.clock.now += 2 * 60_000;
    expect((await call(b, 'memoire.saveDocument', { handle: opened.handle, doc: para('v3') })).snapshotTaken).toBe(true);
    b.clock.now += 60_000;
    expect((await call(b, 'memoire.saveDocument', { handle: opened.handle, doc: para('v4') })).snapshotTaken).toBe(false);
    const list = await call(b, 'snapshots.list', { handle: opened.handle });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ kind: 'auto', wordCount: 1 });
    expect((await call(b, 'snapshots.get', { handle: opened.handle, id: list[0].id })).doc).toEqual(para('v3'));
  });

  it('names, restores and keeps the text before a restore', async () => {
    const b = setup();
    const { path } = await call(b, 'files.chooseSave', { suggestedName: 'Restaurer' });
    const opened = await call(b, 'memoire.create', { path, meta });
    await call(b, 'memoire.saveDocument', { handle: opened.handle, doc: para('Version envoyée') });
    const snap = await call(b, 'snapshots.create', { handle: opened.handle, name: 'Envoyée au tuteur' });
    await call(b, 'memoire.saveDocument', { handle: opened.handle, doc: para('Réécriture') });
    const restored = await call(b, 'snapshots.restore', { handle: opened.handle, id: snap.id });
    expect(restored.doc).toEqual(para('Version envoyée'));
    const kinds = (await call(b, 'snapshots.list', { handle: opened.handle })).map((s: { kind: string }) => s.kind);
    expect(kinds).toEqual(['before-restore', 'named']);
    await expect(call(b, 'snapshots.create', { handle: opened.handle, name: '   ' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('updates the cover and the length window', async () => {
    const b = setup();
    const { path } = await call(b, 'files.chooseSave', { suggestedName: 'Couverture' });
    const opened = await call(b, 'memoire.create', { path, meta });
    const updated = await call(b, 'memoire.updateMeta', {
      handle: opened.handle,
      meta: { ...opened.meta, tutor: 'Mme Roux', confidential: true, sensitiveTerms: ['Vialis'] },
    });
    expect(updated).toMatchObject({ tutor: 'Mme Roux', confidential: true, sensitiveTerms: ['Vialis'] });
    const settings = await call(b, 'memoire.updateLength', { handle: opened.handle, length: { minPages: 30, maxPages: 45, wordsPerPage: 300 } });
    expect(settings.length).toEqual({ minPages: 30, maxPages: 45, wordsPerPage: 300 });
    await expect(call(b, 'memoire.updateLength', { handle: opened.handle, length: { minPages: 50, maxPages: 45, wordsPerPage: 300 } })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('accepts real images only and gives them back', async () => {
    const b = setup();
    const { path } = await call(b, 'files.chooseSave', { suggestedName: 'Images' });
    const opened = await call(b, 'memoire.create', { path, meta });
    const png = pngImage(2, 2).toString('base64');
    const { id } = await call(b, 'attachments.addImage', { handle: opened.handle, name: 'logo.png', mime: 'image/png', dataBase64: png });
    expect((await call(b, 'attachments.get', { handle: opened.handle, id })).dataBase64).toBe(png);
    const html = Buffer.from('<script>alert(1)</script>').toString('base64');
    await expect(call(b, 'attachments.addImage', { handle: opened.handle, name: 'x.png', mime: 'image/png', dataBase64: html })).rejects.toMatchObject({
      code: 'unsupported-image',
    });
    // A real GIF is refused too: it could not be exported to PDF.
    const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64').toString('base64');
    await expect(call(b, 'attachments.addImage', { handle: opened.handle, name: 'x.gif', mime: 'image/gif', dataBase64: gif })).rejects.toMatchObject({
      code: 'unsupported-image',
      message: expect.stringMatching(/^Les images GIF ne passent pas dans le PDF/),
    });
    await expect(call(b, 'attachments.addImage', { handle: opened.handle, name: 'x.svg', mime: 'image/svg+xml', dataBase64: html })).rejects.toMatchObject({
      code: 'invalid-input',
    });
  });

  it('answers a French error for a bad file and an unknown handle', async () => {
    const b = setup();
    const bad = join(b.workspace, 'faux.memoire');
    writeFileSync(bad, 'pas un mémoire');
    await expect(call(b, 'memoire.open', { path: bad })).rejects.toMatchObject({ code: 'not-sqlite' });
    await expect(call(b, 'snapshots.list', { handle: '8c3f0f5e-1e1a-4e7b-9a5b-1f2e3d4c5b6a' })).rejects.toMatchObject({
      code: 'unknown-handle',
      message: expect.stringMatching(/plus ouvert/),
    });
  });
});
