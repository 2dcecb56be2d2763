import Database from 'better-sqlite3';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MemoireFile, MAX_AUTO_SNAPSHOTS } from '../../core/store/memoire-file';
import { CURRENT_SCHEMA_VERSION, MEMOIRE_APPLICATION_ID, migrations } from '../../core/store/migrations';
import { AppError } from '../../core/errors';
import { fileHash, sampleMemoire } from '../helpers/sample';
import { tempDir } from '../helpers/temp';
import { BAD_MEMOIRE_FILES, makeMemoire } from '../helpers/bad-files';

function docWith(text: string) {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

async function openError(path: string): Promise<AppError> {
  try {
    const { file } = await MemoireFile.open(path);
    file.close();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('open should have failed');
}

describe('.memoire file', () => {
  it('is a SQLite file with our application_id and the current user_version, in rollback-journal mode', () => {
    const path = makeMemoire(tempDir());
    const db = new Database(path, { readonly: true });
    expect(db.pragma('application_id', { simple: true })).toBe(MEMOIRE_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(CURRENT_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
  });

  it('saves the document and reads it back after reopening', async () => {
    const path = makeMemoire(tempDir());
    const { file } = await MemoireFile.open(path);
    const first = file.saveDocument(docWith('Première version'), 2);
    const second = file.saveDocument(docWith('Deuxième version, avec des accents : « œuvre » ’'), 7);
    expect(second.revision).toBe(first.revision + 1);
    file.close();
    const { file: again } = await MemoireFile.open(path);
    expect(again.getDocument().doc).toEqual(docWith('Deuxième version, avec des accents : « œuvre » ’'));
    expect(again.getDocument().wordCount).toBe(7);
    expect(again.getMemoire().meta.candidate).toBe('Camille Martin');
    again.close();
  });

  it('never overwrites an existing file on create and leaves no temporary file behind', () => {
    const dir = tempDir();
    const path = makeMemoire(dir);
    const before = fileHash(path);
    expect(() => MemoireFile.create(path, sampleMemoire('Autre'))).toThrow(expect.objectContaining({ code: 'exists' }));
    expect(fileHash(path)).toBe(before);
    expect(readdirSync(dir)).toEqual(['a.memoire']);
  });

  it('detects the same file opened twice, in this process or another', async () => {
    const path = makeMemoire(tempDir());
    const { file } = await MemoireFile.open(path);
    const error = await openError(path);
    expect(error.code).toBe('already-open');
    expect(error.message).toMatch(/déjà ouvert/);
    file.close();
    const { file: reopened } = await MemoireFile.open(path);
    reopened.close();
  });

  describe('refuses bad files with a French message and never modifies them', () => {
    const cases = BAD_MEMOIRE_FILES;
    for (const [label, make, code, message] of cases) {
      it(label, async () => {
        const dir = tempDir();
        const path = make(dir);
        const before = existsSync(path) ? fileHash(path) : null;
        const error = await openError(path);
        expect(error).toBeInstanceOf(AppError);
        expect(error.code).toBe(code);
        expect(error.message).toMatch(message);
        if (before) expect(fileHash(path)).toBe(before);
        expect(existsSync(`${path}-journal`)).toBe(false);
      });
    }
  });

  it('migrates an older file after backing it up with the backup API', async () => {
    const dir = tempDir();
    const path = join(dir, 'ancien.memoire');
    const init = sampleMemoire();
    const db = new Database(path);
    db.pragma(`application_id = ${MEMOIRE_APPLICATION_ID}`);
    migrations[0](db);
    db.pragma('user_version = 1');
    db.prepare("INSERT INTO memoire VALUES (1, ?, ?, '2025-01-01T00:00:00.000Z', 'v0.0.1')").run(JSON.stringify(init.meta), JSON.stringify(init.settings));
    db.prepare("INSERT INTO document VALUES (1, ?, 3, 2, '2025-01-01T00:00:00.000Z')").run(JSON.stringify(docWith('Texte de 2025')));
    db.close();
    const before = fileHash(path);

    const { file, report } = await MemoireFile.open(path);
    expect(report.migratedFrom).toBe(1);
    expect(file.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(file.getDocument().doc).toEqual(docWith('Texte de 2025'));
    expect(file.listAttachments()).toEqual([]);
    file.close();

    expect(report.backupPath).toBe(join(dir, 'ancien.sauvegarde-v1.memoire'));
    const backup = new Database(report.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect((backup.prepare('SELECT body FROM document').get() as { body: string }).body).toContain('Texte de 2025');
    backup.close();
    expect(fileHash(path)).not.toBe(before);
  });

  it('keeps snapshots: named ones forever, automatic ones up to the limit', async () => {
    let clock = Date.parse('2026-11-28T10:00:00Z');
    const path = makeMemoire(tempDir());
    const { file } = await MemoireFile.open(path, { now: () => new Date(clock) });
    file.saveDocument(docWith('v0'), 1);
    const named = file.createSnapshot('named', 'Envoyée au tuteur');
    for (let i = 1; i <= MAX_AUTO_SNAPSHOTS + 5; i++) {
      clock += 600_000;
      file.saveDocument(docWith(`v${i}`), 1);
      file.createSnapshot('auto');
    }
    const list = file.listSnapshots();
    expect(list.filter((s) => s.kind === 'auto')).toHaveLength(MAX_AUTO_SNAPSHOTS);
    expect(list.find((s) => s.id === named.id)?.name).toBe('Envoyée au tuteur');
    expect(list[0].createdAt > list[1].createdAt).toBe(true);
    expect(file.getSnapshot(named.id).doc).toEqual(docWith('v0'));
    file.close();
  });

  it('restores a snapshot after keeping the current text as a "before-restore" snapshot', async () => {
    const path = makeMemoire(tempDir());
    const { file } = await MemoireFile.open(path);
    file.saveDocument(docWith('Version validée'), 2);
    const snap = file.createSnapshot('named', 'Validée');
    file.saveDocument(docWith('Brouillon raté'), 2);
    const restored = file.restoreSnapshot(snap.id);
    expect(restored.doc).toEqual(docWith('Version validée'));
    const before = file.listSnapshots().find((s) => s.kind === 'before-restore')!;
    expect(before.name).toMatch(/Avant la restauration de « Validée »/);
    expect(file.getSnapshot(before.id).doc).toEqual(docWith('Brouillon raté'));
    expect(() => file.restoreSnapshot(9999)).toThrow(expect.objectContaining({ code: 'unknown-snapshot' }));
    file.close();
  });

  it('stores attachments once per content, and comments and verdicts', async () => {
    const path = makeMemoire(tempDir());
    const { file } = await MemoireFile.open(path);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const a = file.addAttachment('image', 'organigramme.png', 'image/png', png);
    const b = file.addAttachment('image', 'copie.png', 'image/png', png);
    expect(b.id).toBe(a.id);
    expect(file.getAttachment(a.id).data.equals(png)).toBe(true);
    expect(() => file.getAttachment('nope')).toThrow(expect.objectContaining({ code: 'unknown-attachment' }));

    const c = file.addComment({
      parentId: null,
      anchor: { from: 3, to: 9, quote: 'menaces' },
      authorRole: 'tutor',
      authorName: 'M. Leroy',
      body: 'Chiffrez le risque.',
    });
    file.addComment({ parentId: c.id, anchor: null, authorRole: 'candidate', authorName: 'Camille', body: 'Fait.' });
    file.setCommentResolved(c.id, true);
    const comments = file.listComments();
    expect(comments).toHaveLength(2);
    expect(comments[0].resolvedAt).not.toBeNull();
    expect(comments[0].anchor?.quote).toBe('menaces');

    file.setVerdict({ criterionId: '1.1.b', status: 'partial', feedback: 'Probabilités absentes', author: 'M. Leroy' });
    file.setVerdict({ criterionId: '1.1.b', status: 'satisfied', feedback: 'OK', author: 'M. Leroy', autoStatus: 'partial' });
    expect(file.listVerdicts()).toEqual([expect.objectContaining({ criterionId: '1.1.b', status: 'satisfied', feedback: 'OK', autoStatus: 'partial' })]);
    file.close();
  });

  it('writes a consistent copy with the backup API, never over an existing file', async () => {
    const dir = tempDir();
    const path = makeMemoire(dir);
    const { file } = await MemoireFile.open(path);
    file.saveDocument(docWith('À copier'), 2);
    const copy = join(dir, 'copie.memoire');
    await file.backupTo(copy);
    await expect(file.backupTo(copy)).rejects.toMatchObject({ code: 'exists' });
    file.close();
    const { file: opened } = await MemoireFile.open(copy);
    expect(opened.getDocument().doc).toEqual(docWith('À copier'));
    opened.close();
    expect(statSync(copy).size).toBeGreaterThan(0);
  });
});
