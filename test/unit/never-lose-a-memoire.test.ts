import Database from 'better-sqlite3';
import { PDFDocument } from 'pdf-lib';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoireFile } from '../../core/store/memoire-file';
import { exportStem } from '../../core/export/export-names';
import { bodyDigest } from '../../core/store/body-digest';
import { SHRINK_SNAPSHOT_NAME } from '../../core/services/memoire-backend';
import { apiCall, apiFailure, testBackend } from '../helpers/backend';
import { cli } from '../helpers/cli';
import { fileHash, sampleMemoire } from '../helpers/sample';
import { tempDir } from '../helpers/temp';
import { jpegImage, pngImage } from '../helpers/images';
import { imageInfo } from '../../core/images/image-info';

type Backend = ReturnType<typeof testBackend>;
let current: Backend | null = null;
afterEach(() => current?.backend.closeAll());

const call = apiCall;
const failure = apiFailure;

const meta = { title: 'Conquérir les PME du Puy-de-Dôme', candidate: 'Camille Martin', company: 'Vialis Services' };
const paragraphs = (n: number) => ({
  type: 'doc',
  content: Array.from({ length: n }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Paragraphe ${i + 1} du mémoire, avec son texte.` }] })),
});

/**
 * A closed mémoire with 200 paragraphs saved, then its stored body changed directly by SQL: with its
 * digest written again (as a newer version of the app would write it) or not (altered outside the app).
 */
async function memoireEditedBySql(b: Backend, sql: string, digest: 'restamped' | 'stale' = 'restamped'): Promise<string> {
  const path = join(b.workspace, 'abime.memoire');
  const { handle } = await call(b, 'memoire.create', { path, meta });
  await call(b, 'memoire.saveDocument', { handle, doc: paragraphs(200) });
  await call(b, 'memoire.close', { handle });
  const db = new Database(path);
  db.function('sha256', (body: string) => bodyDigest(body));
  db.prepare(sql).run();
  if (digest === 'restamped') db.prepare('UPDATE document_nodes SET sha256 = sha256(body)').run();
  db.close();
  return path;
}

describe('a document the editor cannot represent exactly', () => {
  const cases: Array<[string, string]> = [
    [
      'an unknown node type',
      `INSERT INTO document_nodes (key, body, sha256) SELECT max(key) + 65536, json('{"type":"nouveauBloc","content":[{"type":"text","text":"Texte du bloc"}]}'), '' FROM document_nodes`,
    ],
    [
      'text stored as a number',
      `UPDATE document_nodes SET body = json_set(body, '$.content[0].text', 1234) WHERE key = (SELECT key FROM document_nodes ORDER BY key LIMIT 1 OFFSET 3)`,
    ],
    [
      'nesting the schema forbids',
      `UPDATE document_nodes SET body = json_set(body, '$.content[0]', json('{"type":"paragraph","content":[{"type":"text","text":"imbriqué"}]}')) WHERE key = (SELECT key FROM document_nodes ORDER BY key LIMIT 1 OFFSET 5)`,
    ],
  ];

  for (const [name, sql] of cases) {
    it(`opens ${name} read-only with every word shown, refuses saves and leaves the file byte-identical`, async () => {
      const b = (current = testBackend());
      const path = await memoireEditedBySql(b, sql);
      const before = fileHash(path);
      const opened = await call(b, 'memoire.open', { path });
      expect(opened.readOnly?.kind).toBe('unrepresentable');
      expect(opened.readOnly?.reason).toMatch(/Document non conforme/);
      const shown = JSON.stringify(opened.doc);
      for (const i of [1, 100, 200]) if (!(name.includes('number') && i === 4)) expect(shown).toContain(`Paragraphe ${i} du mémoire`);
      const refused = await failure(b, 'memoire.saveDocument', { handle: opened.handle, doc: paragraphs(1) });
      expect(refused.code).toBe('read-only');
      expect(refused.message).toMatch(/lecture seule/);
      await call(b, 'memoire.close', { handle: opened.handle });
      expect(fileHash(path)).toBe(before);
    });
  }

  it('keeps the unknown block’s text in the repaired copy, saved beside the original which is untouched', async () => {
    const b = (current = testBackend());
    const path = await memoireEditedBySql(b, cases[0][1]);
    const before = fileHash(path);
    const opened = await call(b, 'memoire.open', { path });
    expect(opened.readOnly.dropped).toEqual(['nouveauBloc']);
    const copy = await call(b, 'memoire.saveRepairedCopy', { handle: opened.handle });
    expect(copy.path).toBe(join(b.workspace, 'abime (copie réparée).memoire'));
    expect(copy.readOnly).toBeNull();
    expect(JSON.stringify(copy.doc)).toContain('[Élément non reconnu : nouveauBloc] Texte du bloc');
    expect(copy.doc.content).toHaveLength(201);
    await call(b, 'memoire.saveDocument', { handle: copy.handle, doc: copy.doc });
    await call(b, 'memoire.close', { handle: opened.handle });
    expect(fileHash(path)).toBe(before);
  });

  it('keeps the previous text in the history before a save that drops more than half of it', async () => {
    const b = (current = testBackend());
    const { handle } = await call(b, 'memoire.create', { path: join(b.workspace, 'm.memoire'), meta });
    await call(b, 'memoire.saveDocument', { handle, doc: paragraphs(200) });
    await call(b, 'memoire.saveDocument', { handle, doc: paragraphs(150) });
    expect(await call(b, 'snapshots.list', { handle })).toHaveLength(0);
    await call(b, 'memoire.saveDocument', { handle, doc: paragraphs(1) });
    const history = await call(b, 'snapshots.list', { handle });
    expect(history.map((s: { name: string }) => s.name)).toEqual([SHRINK_SNAPSHOT_NAME]);
    const kept = await call(b, 'snapshots.get', { handle, id: history[0].id });
    expect(kept.doc.content).toHaveLength(150);
  });
});

describe('a text altered outside the app (a flipped letter SQLite cannot see)', () => {
  const flip = `UPDATE document_nodes SET body = replace(body, 'Paragraphe 120 du', 'Paragraphe 12O du')`;

  it('opens read-only, offers the newest kept version, and a save never lands on the file', async () => {
    const b = (current = testBackend());
    const path = join(b.workspace, 'abime.memoire');
    const { handle } = await call(b, 'memoire.create', { path, meta });
    await call(b, 'memoire.saveDocument', { handle, doc: paragraphs(200) });
    await call(b, 'snapshots.create', { handle, name: 'Version relue' });
    await call(b, 'memoire.close', { handle });
    const db = new Database(path);
    db.prepare(flip).run();
    db.close();
    const before = fileHash(path);
    const opened = await call(b, 'memoire.open', { path });
    expect(opened.readOnly).toMatchObject({ kind: 'altered', lastSnapshot: { name: 'Version relue' } });
    expect(JSON.stringify(opened.doc)).toContain('Paragraphe 12O du');
    expect((await failure(b, 'memoire.saveDocument', { handle: opened.handle, doc: paragraphs(3) })).code).toBe('read-only');
    await call(b, 'memoire.close', { handle: opened.handle });
    expect(fileHash(path)).toBe(before);

    const again = await call(b, 'memoire.open', { path });
    const restored = await call(b, 'memoire.resolveAltered', { handle: again.handle, keep: 'snapshot' });
    expect(restored.readOnly).toBeNull();
    expect(JSON.stringify(restored.doc)).toContain('Paragraphe 120 du');
    // The altered text is not thrown away: it is the newest version in the history.
    const history = await call(b, 'snapshots.list', { handle: restored.handle });
    expect(history[0].kind).toBe('before-restore');
    expect(JSON.stringify((await call(b, 'snapshots.get', { handle: restored.handle, id: history[0].id })).doc)).toContain('Paragraphe 12O du');
    await call(b, 'memoire.saveDocument', { handle: restored.handle, doc: paragraphs(201) });
    await call(b, 'memoire.close', { handle: restored.handle });
    expect((await call(b, 'memoire.open', { path })).readOnly).toBeNull();
  });

  it('keeps the stored text when the candidate chooses it, and the file is trusted again', async () => {
    const b = (current = testBackend());
    const path = await memoireEditedBySql(b, flip, 'stale');
    const opened = await call(b, 'memoire.open', { path });
    expect(opened.readOnly).toMatchObject({ kind: 'altered', lastSnapshot: null });
    expect((await failure(b, 'memoire.resolveAltered', { handle: opened.handle, keep: 'snapshot' })).code).toBe('unknown-snapshot');
    const kept = await call(b, 'memoire.resolveAltered', { handle: opened.handle, keep: 'stored' });
    expect(kept.readOnly).toBeNull();
    expect(JSON.stringify(kept.doc)).toContain('Paragraphe 12O du');
    await call(b, 'memoire.close', { handle: kept.handle });
    expect((await call(b, 'memoire.open', { path })).readOnly).toBeNull();
  });

  it('is told by the CLI too, before anything it prints from it', async () => {
    const b = (current = testBackend());
    const path = await memoireEditedBySql(b, flip, 'stale');
    const out = await cli(['check', path]);
    expect(out.code).toBe(0);
    expect(out.text).toMatch(/modifié hors de Mémoire Studio/);
  });
});

describe('images are checked once, at insertion', () => {
  const add = (b: Backend, handle: string, name: string, data: Buffer, mime = 'image/png') =>
    call(b, 'attachments.addImage', { handle, name, mime, dataBase64: data.toString('base64') });

  it('refuses, in French and from the header alone, an image claiming 20 000² or 60 000² pixels, and a broken one', async () => {
    const b = (current = testBackend());
    const { handle } = await call(b, 'memoire.create', { path: join(b.workspace, 'm.memoire'), meta });
    // A header announcing 20 000 × 20 000 pixels: 1.6 GB once decoded, refused before any decoding.
    const huge = pngImage(1, 1, { claim: { width: 20_000, height: 20_000 } });
    const refusedHuge = await failure(b, 'attachments.addImage', { handle, name: 'plan.png', mime: 'image/png', dataBase64: huge.toString('base64') });
    expect(refusedHuge).toMatchObject({ code: 'too-large', message: expect.stringMatching(/20\s000 × 20\s000 pixels/) });
    const liar = pngImage(10, 10, { claim: { width: 60_000, height: 60_000 } });
    expect((await failure(b, 'attachments.addImage', { handle, name: 'faux.png', mime: 'image/png', dataBase64: liar.toString('base64') })).code).toBe(
      'too-large',
    );
    const garbage = pngImage(100, 100, { idat: Buffer.from('ceci n’est pas une image compressée'.repeat(20)) });
    const broken = await failure(b, 'attachments.addImage', { handle, name: 'abime.png', mime: 'image/png', dataBase64: garbage.toString('base64') });
    expect(broken).toMatchObject({ code: 'unsupported-image', message: expect.stringMatching(/« abime\.png » est abîmée/) });
    const cut = pngImage(300, 200).subarray(0, 400);
    expect((await failure(b, 'attachments.addImage', { handle, name: 'coupe.png', mime: 'image/png', dataBase64: cut.toString('base64') })).code).toBe(
      'unsupported-image',
    );
    const photo = jpegImage(300, 200);
    const cutPhoto = photo.subarray(0, photo.length / 2);
    expect((await failure(b, 'attachments.addImage', { handle, name: 'coupe.jpg', mime: 'image/jpeg', dataBase64: cutPhoto.toString('base64') })).code).toBe(
      'unsupported-image',
    );
    // Nothing refused was stored.
    await call(b, 'memoire.close', { handle });
    const stored = new Database(join(b.workspace, 'm.memoire'), { readonly: true });
    expect(stored.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 0 });
    stored.close();
  });

  it('reduces a large photo or PNG to print resolution once, and keeps a small one byte for byte', async () => {
    const b = (current = testBackend());
    const { handle } = await call(b, 'memoire.create', { path: join(b.workspace, 'm.memoire'), meta });
    const photo = await add(b, handle, 'photo.jpg', jpegImage(4000, 3000), 'image/jpeg');
    expect(photo).toMatchObject({ width: 2480, height: 1860, reducedFrom: { width: 4000, height: 3000 } });
    const stored = await call(b, 'attachments.get', { handle, id: photo.id });
    expect(stored.mime).toBe('image/jpeg');
    expect(imageInfo(Buffer.from(stored.dataBase64, 'base64'))).toEqual({ type: 'jpg', width: 2480, height: 1860 });
    const schema = await add(b, handle, 'schema.png', pngImage(3000, 1000));
    expect(schema).toMatchObject({ width: 2480, height: 827, reducedFrom: { width: 3000, height: 1000 } });
    const small = pngImage(640, 480);
    const kept = await add(b, handle, 'logo.png', small);
    expect(kept.reducedFrom).toBeNull();
    expect(Buffer.from((await call(b, 'attachments.get', { handle, id: kept.id })).dataBase64, 'base64').equals(small)).toBe(true);
  });

  it('an oversized image stored by an older version stops the export with a French message, never a crash', async () => {
    const dir = tempDir();
    const path = join(dir, 'ancien.memoire');
    const file = MemoireFile.create(path, sampleMemoire());
    const huge = pngImage(1, 1, { claim: { width: 20_000, height: 20_000 } });
    const { id } = file.addAttachment('image', 'plan.png', 'image/png', huge);
    file.saveDocument(
      {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Introduction' }] },
          { type: 'figure', attrs: { attachmentId: id, alt: 'Plan', widthPercent: 100 }, content: [{ type: 'text', text: 'Plan de tournée' }] },
        ],
      },
      3,
    );
    file.close();
    for (const format of ['--pdf', '--docx']) {
      const out = await cli(['export', path, format, '--out', join(dir, `export${format.replace('--', '.')}`)]);
      expect(out.code).toBe(1);
      expect(out.text).toMatch(/Erreur : L’image « .* » est trop grande \(20\s000 × 20\s000 pixels\)/);
    }
  });
});

describe('annexes and read-only files', () => {
  async function annexPdf(pages: number): Promise<Buffer> {
    const pdf = await PDFDocument.create();
    for (let i = 0; i < pages; i++) pdf.addPage();
    return Buffer.from(await pdf.save());
  }

  it('an annex’s page count is kept with it; one stored before v6 is counted once, then kept', async () => {
    const b = (current = testBackend());
    const path = join(b.workspace, 'm.memoire');
    const { handle } = await call(b, 'memoire.create', { path, meta });
    expect(await call(b, 'attachments.addAnnex', { handle, name: 'devis.pdf', dataBase64: (await annexPdf(3)).toString('base64') })).toMatchObject({
      pages: 3,
    });
    await call(b, 'memoire.close', { handle });
    const db = new Database(path);
    expect(db.prepare('SELECT pages FROM attachments').get()).toEqual({ pages: 3 });
    db.prepare('UPDATE attachments SET pages = NULL').run();
    db.close();
    const again = await call(b, 'memoire.open', { path });
    expect((await call(b, 'attachments.listAnnexes', { handle: again.handle }))[0].pages).toBe(3);
    await call(b, 'memoire.close', { handle: again.handle });
    const after = new Database(path, { readonly: true });
    expect(after.prepare('SELECT pages FROM attachments').get()).toEqual({ pages: 3 });
    after.close();
  });

  it('a read-only mémoire takes no write of any kind: cover, comments, verdicts, images, versions, slides', async () => {
    const b = (current = testBackend());
    const path = await memoireEditedBySql(b, `UPDATE document_nodes SET body = replace(body, 'Paragraphe 120 du', 'Paragraphe 12O du')`, 'stale');
    const before = fileHash(path);
    const { handle } = await call(b, 'memoire.open', { path });
    const writes: Array<[string, object]> = [
      ['memoire.updateMeta', { meta: { ...meta, title: 'Autre titre' } }],
      ['comments.add', { anchor: null, parentId: null, authorRole: 'tutor', authorName: 'Tuteur', body: 'Remarque', criterionId: null }],
      ['review.setVerdict', { criterionId: '1.1.a', status: 'partial', feedback: 'À compléter', author: 'Tuteur' }],
      ['attachments.addImage', { name: 'logo.png', mime: 'image/png', dataBase64: pngImage(4, 4).toString('base64') }],
      ['snapshots.create', { name: 'Ma version' }],
    ];
    for (const [method, input] of writes) {
      const refused = await failure(b, method, { handle, ...input });
      expect(refused, method).toMatchObject({ code: 'read-only', message: expect.stringMatching(/modifié hors de Mémoire Studio/) });
    }
    await call(b, 'export.run', {
      handle,
      format: 'pdf',
      path: join(b.workspace, 'lecture.pdf'),
      presetId: 'arial-11',
      confidential: false,
      includeAnnexes: true,
      sectionId: null,
    });
    await call(b, 'memoire.close', { handle });
    expect(fileHash(path)).toBe(before);
  });
});

describe('the web host keeps to its workspace', () => {
  it('refuses any path outside it before touching the file system, the same whether it exists or not', async () => {
    const b = (current = testBackend());
    const outside = tempDir();
    const existing = join(outside, 'm.memoire');
    MemoireFile.create(existing, sampleMemoire()).close();
    const before = fileHash(existing);
    const answers = [];
    for (const path of [existing, join(outside, 'absent.memoire'), join(b.workspace, '..', 'data', 'x.memoire'), '/etc/passwd']) {
      answers.push(await failure(b, 'memoire.open', { path }));
    }
    expect(new Set(answers.map((a) => a.message)).size).toBe(1);
    expect(answers[0]).toMatchObject({ code: 'invalid-input', message: expect.stringMatching(/ne travaille que dans son dossier des mémoires/) });
    expect((await failure(b, 'memoire.create', { path: join(outside, 'nouveau.memoire'), meta })).code).toBe('invalid-input');
    expect(existsSync(join(outside, 'nouveau.memoire'))).toBe(false);
    // A link inside the workspace that leads out of it is outside too.
    symlinkSync(outside, join(b.workspace, 'lien'));
    expect((await failure(b, 'memoire.open', { path: join(b.workspace, 'lien', 'm.memoire') })).code).toBe('invalid-input');

    const { handle } = await call(b, 'memoire.create', { path: join(b.workspace, 'm.memoire'), meta });
    const refusedExport = await failure(b, 'export.run', {
      handle,
      format: 'pdf',
      path: join(outside, 'fuite.pdf'),
      presetId: 'arial-11',
      confidential: false,
      includeAnnexes: false,
      sectionId: null,
    });
    expect(refusedExport.code).toBe('invalid-input');
    expect(existsSync(join(outside, 'fuite.pdf'))).toBe(false);
    // What the host hands out is usable: the export dialog's path, inside the workspace.
    const { path: chosen } = await call(b, 'files.chooseExport', { suggestedName: 'Mémoire', format: 'pdf' });
    const done = await call(b, 'export.run', {
      handle,
      format: 'pdf',
      path: chosen,
      presetId: 'arial-11',
      confidential: false,
      includeAnnexes: false,
      sectionId: null,
    });
    expect(done.path).toBe(chosen);
    expect(fileHash(existing)).toBe(before);
  });

  it('shows in a folder only the files the app opened or wrote', async () => {
    const b = (current = testBackend());
    expect((await failure(b, 'files.reveal', { path: '/etc/passwd' })).message).toMatch(/ni ouvert ni écrit par Mémoire Studio/);
    const opened = await call(b, 'memoire.create', { path: join(b.workspace, 'm.memoire'), meta });
    expect(await call(b, 'files.reveal', { path: opened.path })).toEqual({ shown: false }); // a browser has no file manager
  });
});

describe('journals', () => {
  it('a spent journal beside a file never weakens the truncation check, and goes after a clean open and close', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.memoire');
    MemoireFile.create(path, sampleMemoire()).close();
    // What SQLite leaves beside a file in exclusive mode when the process dies between two saves: a zeroed header.
    writeFileSync(`${path}-journal`, Buffer.alloc(8720));
    const cut = join(dir, 'coupe.memoire');
    copyFileSync(path, cut);
    truncateSync(cut, statSync(cut).size - 1);
    writeFileSync(`${cut}-journal`, Buffer.alloc(8720));
    const before = [fileHash(cut), fileHash(`${cut}-journal`)];
    await expect(MemoireFile.open(cut)).rejects.toMatchObject({ code: 'truncated' });
    expect([fileHash(cut), fileHash(`${cut}-journal`)]).toEqual(before);

    const { file } = await MemoireFile.open(path);
    expect(existsSync(`${path}-journal`)).toBe(false);
    file.close();
    expect(existsSync(`${path}-journal`)).toBe(false);
  });
});

describe('an export never replaces a mémoire', () => {
  it('CLI: --out the mémoire itself, another mémoire, or a mémoire renamed .pdf is refused and nothing changes', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.memoire');
    const other = join(dir, 'autre.memoire');
    const disguised = join(dir, 'ancien-export.pdf');
    MemoireFile.create(path, sampleMemoire()).close();
    MemoireFile.create(other, sampleMemoire('Autre')).close();
    copyFileSync(other, disguised);
    for (const target of [path, other, disguised]) {
      const before = fileHash(target);
      const result = await cli(['export', path, '--pdf', '--out', target]);
      expect(result.code, target).toBe(1);
      expect(result.text).toMatch(/contient un mémoire/);
      expect(fileHash(target)).toBe(before);
    }
    const { file } = await MemoireFile.open(path);
    file.close();
  });

  it('CLI: --out without extension gets it, a folder takes both formats, --out without value is refused', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.memoire');
    MemoireFile.create(path, sampleMemoire()).close();
    expect((await cli(['export', path, '--docx', '--out', join(dir, 'rapport')])).code).toBe(0);
    expect(existsSync(join(dir, 'rapport.docx'))).toBe(true);
    const outDir = tempDir();
    expect((await cli(['export', path, '--docx', '--pdf', '--out', outDir])).code).toBe(0);
    const title = 'Développer le segment PME en Auvergne';
    expect(readdirSync(outDir).sort()).toEqual([`${title}.docx`, `${title}.pdf`]);
    expect((await cli(['export', path, '--pdf', '--out'])).code).toBe(2);
  });

  it('one naming rule for every export, in the app’s dialogs as in the CLI', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.memoire');
    MemoireFile.create(path, sampleMemoire('Conquérir les PME : plan 2026')).close();
    const meta = { title: 'Conquérir les PME : plan 2026' };
    expect(exportStem('memoire', meta)).toBe('Conquérir les PME : plan 2026');
    expect(exportStem('memoire', meta, { sectionTitle: 'Plan d’action commerciale', confidential: true })).toBe(
      'Conquérir les PME : plan 2026 – Plan d’action commerciale – confidentiel',
    );
    expect(exportStem('soutenance', meta, { handout: true })).toBe('Soutenance – Conquérir les PME : plan 2026 – notes');
    // Without --out, beside the mémoire under that name (made safe for the file system).
    expect((await cli(['export', path, '--pdf', '--confidentiel'])).code).toBe(0);
    expect((await cli(['grid', path, '--docx'])).code).toBe(0);
    expect((await cli(['slides', path, '--pptx'])).code).toBe(0);
    expect(
      readdirSync(dir)
        .filter((n) => !n.endsWith('.memoire'))
        .sort(),
    ).toEqual([
      'Conquérir les PME plan 2026 – confidentiel.pdf',
      'Grille d’évaluation – Conquérir les PME plan 2026.docx',
      'Soutenance – Conquérir les PME plan 2026.pptx',
    ]);
    // One --out file for two formats: each takes its own extension.
    expect((await cli(['export', path, '--pdf', '--docx', '--out', join(dir, 'rapport.pdf')])).code).toBe(0);
    expect(existsSync(join(dir, 'rapport.pdf')) && existsSync(join(dir, 'rapport.docx'))).toBe(true);
  });

  it('CLI: an unknown preset or section is refused, and an empty history says so', async () => {
    const dir = tempDir();
    const path = join(dir, 'm.memoire');
    MemoireFile.create(path, sampleMemoire()).close();
    const preset = await cli(['export', path, '--pdf', '--preset', 'comic-14']);
    expect(preset.code).toBe(2);
    expect(preset.text).toMatch(/Mise en page inconnue : comic-14/);
    const section = await cli(['export', path, '--pdf', '--section', 'inexistante']);
    expect(section.code).toBe(2);
    expect(section.text).toMatch(/Section inconnue : inexistante/);
    expect(readdirSync(dir).filter((n) => n.endsWith('.pdf'))).toEqual([]);
    expect((await cli(['history', path])).text).toBe('Aucune version enregistrée dans l’historique de ce mémoire.');
  });

  it('app: the open file’s path and another open mémoire are refused; an existing export asks before being replaced', async () => {
    const b = (current = testBackend());
    const path = join(b.workspace, 'm.memoire');
    const otherPath = join(b.workspace, 'n.docx');
    const { handle } = await call(b, 'memoire.create', { path, meta });
    const other = await call(b, 'memoire.create', { path: join(b.workspace, 'n.memoire'), meta });
    copyFileSync(other.path, otherPath);
    const request = { handle, format: 'pdf', presetId: 'times-12', confidential: false, includeAnnexes: false, sectionId: null };
    const before = fileHash(path);
    expect((await failure(b, 'export.run', { ...request, path })).code).toBe('export-target');
    expect((await failure(b, 'export.run', { ...request, path: other.path })).code).toBe('export-target');
    expect((await failure(b, 'export.run', { ...request, format: 'docx', path: otherPath, overwrite: true })).code).toBe('export-target');
    expect(fileHash(path)).toBe(before);
    const pdf = join(b.workspace, 'export.pdf');
    writeFileSync(pdf, 'ancien export');
    expect((await failure(b, 'export.run', { ...request, path: pdf })).code).toBe('export-exists');
    expect(readFileSync(pdf, 'utf8')).toBe('ancien export');
    await call(b, 'export.run', { ...request, path: pdf, overwrite: true });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    await call(b, 'memoire.saveDocument', { handle, doc: paragraphs(3) });
  });
});

describe('only regular files are opened', () => {
  it('refuses a FIFO named x.memoire at once, in the store, the app and the CLI', async () => {
    const b = (current = testBackend());
    const fifo = join(b.workspace, 'x.memoire');
    execFileSync('mkfifo', [fifo]);
    await expect(MemoireFile.open(fifo)).rejects.toMatchObject({ code: 'not-regular-file' });
    expect((await failure(b, 'memoire.open', { path: fifo })).message).toMatch(/pas un fichier ordinaire/);
    const result = await cli(['info', fifo]);
    expect(result.code).toBe(1);
    expect(result.text).toMatch(/pas un fichier ordinaire/);
  });
});
