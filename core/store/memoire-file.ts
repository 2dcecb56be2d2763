import Database from 'better-sqlite3';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { AppError } from '../errors';
import { fileSystemError, missingFolderError, tempSibling } from '../app/file-system-errors';
import type { PmNode } from '../model/document';
import { memoireMetaSchema, memoireSettingsSchema, type MemoireMeta, type MemoireSettings, type MemoireSettingsInput } from '../model/metadata';
import type { SnapshotInfo, SnapshotKind } from '../model/history';
import type { Comment, Verdict } from '../model/review';
import { CURRENT_SCHEMA_VERSION, MEMOIRE_APPLICATION_ID, migrate } from './migrations';
import { NodeIndex, readCheckedDocumentJson, readDocumentJson, restampNodes, writeAllNodes } from './document-nodes';
import { journalState, readSqliteHeader } from './sqlite-header';

/** How to reach SQLite and what time it is (injected so tests control both). */
export interface StoreOptions {
  /** Path of a better-sqlite3 addon built for another ABI (Electron); Node's own build when absent. */
  nativeBinding?: string;
  now?: () => Date;
  appVersion?: string;
}

/** What a new mémoire starts with. */
export interface NewMemoire {
  meta: MemoireMeta;
  settings: MemoireSettingsInput;
  doc: PmNode;
}

/** The stored document and its save counter. */
export interface StoredDocument {
  doc: PmNode;
  revision: number;
  wordCount: number;
  updatedAt: string;
}

/** An attachment's listing entry (its bytes come from `getAttachment`). */
export interface AttachmentInfo {
  id: string;
  kind: 'image' | 'annex';
  name: string;
  mime: string;
  size: number;
  createdAt: string;
  /** An annex's page count, kept with it (null for an image, or an annex stored before v6). */
  pages: number | null;
}

/** What `open` did besides opening: a migration and the backup taken before it. */
export interface OpenReport {
  migratedFrom: number | null;
  backupPath: string | null;
  /** The stored text no longer matches the digest written with it: changed outside the app or damaged on disk. */
  altered: boolean;
}

/** Automatic snapshots kept; older ones are pruned, named ones never are. */
export const MAX_AUTO_SNAPSHOTS = 30;

function sqliteCode(error: unknown): string {
  return typeof error === 'object' && error && 'code' in error ? String((error as { code: unknown }).code) : '';
}

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fsError = fileSystemError(error);
  if (fsError) return fsError;
  const code = sqliteCode(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new AppError('already-open', code);
  if (code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB')) return new AppError('corrupted', code);
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH')) {
    return new AppError('unreadable', code);
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_FULL') || code.startsWith('SQLITE_IOERR')) {
    return new AppError('unwritable', code);
  }
  return new AppError('internal', (error as Error)?.message ?? String(error));
}

/**
 * Refuses, from the header alone, anything that is not a .memoire file this build can read.
 * Nothing here writes to the file.
 */
function inspectBeforeOpen(path: string): ReturnType<typeof readSqliteHeader> {
  if (!existsSync(path)) throw new AppError('not-found', path);
  let header: ReturnType<typeof readSqliteHeader>;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new AppError('not-sqlite', 'dossier');
    // A FIFO or a device would block the first read forever: only regular files are opened.
    if (!stat.isFile()) throw new AppError('not-regular-file', path);
    header = readSqliteHeader(path);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('unreadable', (error as Error).message);
  }
  if (header.fileSize === 0) throw new AppError('empty-file');
  if (!header.isSqlite) throw new AppError(header.startsLikeSqlite ? 'truncated' : 'not-sqlite');
  if (header.applicationId !== MEMOIRE_APPLICATION_ID) throw new AppError('foreign-file', `application_id=${header.applicationId}`);
  if (header.userVersion > CURRENT_SCHEMA_VERSION) throw new AppError('newer-version', `user_version=${header.userVersion}`);
  if (header.userVersion < 1) throw new AppError('corrupted', 'user_version=0');
  // A hot journal means an interrupted save: SQLite restores the last committed state, so the
  // size on disk may legitimately differ from the header until then.
  if (!header.hotJournal && header.pageCount !== null && header.fileSize < header.pageSize * header.pageCount) {
    throw new AppError('truncated', `${header.fileSize} < ${header.pageSize * header.pageCount}`);
  }
  return header;
}

/** One open .memoire file: a SQLite database held with an exclusive lock while the mémoire is open. */
export class MemoireFile {
  readonly path: string;
  private readonly db: Database.Database;
  private readonly now: () => Date;
  private prepared: ReturnType<MemoireFile['prepare']> | null = null;
  /** The stored nodes' keys and sizes, loaded at the first save; dropped when a transaction fails. */
  private nodeIndex: NodeIndex | null = null;

  private constructor(path: string, db: Database.Database, now: () => Date) {
    this.path = path;
    this.db = db;
    this.now = now;
  }

  private prepare() {
    return {
      getDoc: this.db.prepare('SELECT revision, word_count, updated_at FROM document WHERE id = 1'),
      saveDoc: this.db.prepare('UPDATE document SET revision = revision + 1, word_count = ?, updated_at = ? WHERE id = 1 RETURNING revision'),
      getMemoire: this.db.prepare('SELECT meta, settings FROM memoire WHERE id = 1'),
    };
  }

  /** The statements run on every keystroke's save, prepared once the file is migrated to this build's schema. */
  private get stmts() {
    this.prepared ??= this.prepare();
    return this.prepared;
  }

  /**
   * Creates a new .memoire file. It is built under a temporary name and renamed into place, so a
   * crash never leaves a half-made mémoire behind; an existing file is never overwritten.
   */
  static create(path: string, init: NewMemoire, options: StoreOptions = {}): MemoireFile {
    if (existsSync(path)) throw new AppError('exists', path);
    // SQLite would only say it cannot open the database: the reason is told here, in French.
    if (!existsSync(dirname(path))) throw missingFolderError(dirname(path));
    const now = options.now ?? (() => new Date());
    const tmp = tempSibling(path);
    try {
      const db = new Database(tmp, { nativeBinding: options.nativeBinding });
      try {
        db.pragma('journal_mode = DELETE');
        db.pragma(`application_id = ${MEMOIRE_APPLICATION_ID}`);
        migrate(db, 0);
        const at = now().toISOString();
        db.prepare('INSERT INTO memoire (id, meta, settings, created_at, created_with) VALUES (1, ?, ?, ?, ?)').run(
          JSON.stringify(memoireMetaSchema.parse(init.meta)),
          JSON.stringify(memoireSettingsSchema.parse(init.settings)),
          at,
          options.appVersion ?? 'Mémoire Studio',
        );
        db.prepare("INSERT INTO document (id, body, revision, word_count, updated_at) VALUES (1, '', 0, 0, ?)").run(at);
        writeAllNodes(
          db,
          (init.doc.content ?? []).map((node) => JSON.stringify(node)),
        );
      } finally {
        db.close();
      }
      if (existsSync(path)) throw new AppError('exists', path);
      renameSync(tmp, path);
    } catch (error) {
      rmSync(tmp, { force: true });
      rmSync(`${tmp}-journal`, { force: true });
      throw asAppError(error);
    }
    return MemoireFile.lockAndWrap(path, options);
  }

  /**
   * Opens an existing .memoire file after checking it from the header, then read-only (integrity,
   * contents); only a file that passes is opened for writing. A file this build cannot open is left
   * byte for byte as it was. Older files are backed up (SQLite backup API) before being migrated.
   */
  static async open(path: string, options: StoreOptions = {}): Promise<{ file: MemoireFile; report: OpenReport }> {
    let header = inspectBeforeOpen(path);
    const { altered } = MemoireFile.verifyReadOnly(path, header.hotJournal, options);
    // The interrupted save is rolled back now: the size must match the header again, as for any file.
    if (header.hotJournal) header = inspectBeforeOpen(path);
    const file = MemoireFile.lockAndWrap(path, options);
    // Held exclusively now, so a journal emptied by an earlier session is nobody's: it goes.
    file.removeSpentJournal();
    const report: OpenReport = { migratedFrom: null, backupPath: null, altered };
    if (header.userVersion < CURRENT_SCHEMA_VERSION) {
      try {
        const backupPath = join(dirname(path), `${basename(path, '.memoire')}.sauvegarde-v${header.userVersion}.memoire`);
        if (!existsSync(backupPath)) await file.db.backup(backupPath);
        migrate(file.db, header.userVersion);
        report.migratedFrom = header.userVersion;
        report.backupPath = backupPath;
      } catch (error) {
        file.close();
        throw asAppError(error);
      }
    }
    return { file, report };
  }

  private static verifyReadOnly(path: string, hotJournal: boolean, options: StoreOptions): { altered: boolean } {
    let db: Database.Database | null = null;
    try {
      // Only an interrupted save of our own file (hot journal) is opened writable here, so SQLite can
      // roll it back to the last committed state.
      db = new Database(path, { readonly: !hotJournal, fileMustExist: true, timeout: 0, nativeBinding: options.nativeBinding });
      const result = db.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new AppError('corrupted', String(result));
      const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
      for (const table of ['memoire', 'document', 'snapshots']) {
        if (!tables.has(table)) throw new AppError('corrupted', `table ${table} absente`);
      }
      const memoire = db.prepare('SELECT meta, settings FROM memoire WHERE id = 1').get() as { meta: string; settings: string } | undefined;
      const byNode = tables.has('document_nodes');
      const row = db.prepare('SELECT body FROM document WHERE id = 1').get() as { body: string } | undefined;
      // Before v6 the whole document was one JSON text in `document.body`, with no digest.
      const document = row && (byNode ? readCheckedDocumentJson(db) : { json: row.body, altered: false });
      if (!memoire || !document) throw new AppError('corrupted', 'mémoire ou document absent');
      if (!memoireMetaSchema.safeParse(JSON.parse(memoire.meta)).success) throw new AppError('corrupted', 'métadonnées invalides');
      if (!memoireSettingsSchema.safeParse(JSON.parse(memoire.settings)).success) throw new AppError('corrupted', 'réglages invalides');
      const doc = JSON.parse(document.json) as PmNode;
      if (doc?.type !== 'doc') throw new AppError('corrupted', 'document invalide');
      return { altered: document.altered };
    } catch (error) {
      if (error instanceof SyntaxError) throw new AppError('corrupted', error.message);
      throw asAppError(error);
    } finally {
      db?.close();
    }
  }

  private static lockAndWrap(path: string, options: StoreOptions): MemoireFile {
    let db: Database.Database | null = null;
    try {
      db = new Database(path, { fileMustExist: true, timeout: 0, nativeBinding: options.nativeBinding });
      // The lock is held until close: a second window or app opening the same file gets SQLITE_BUSY.
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN EXCLUSIVE; COMMIT');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      return new MemoireFile(path, db, options.now ?? (() => new Date()));
    } catch (error) {
      db?.close();
      throw asAppError(error);
    }
  }

  /** Closes the file and releases its lock (and the journal SQLite keeps emptied in exclusive mode). */
  close(): void {
    if (!this.db.open) return;
    this.db.close();
    this.removeSpentJournal();
  }

  private removeSpentJournal(): void {
    if (journalState(this.path) === 'spent') rmSync(`${this.path}-journal`, { force: true });
  }

  /** Takes the stored text as it is now (after the candidate chose to keep an altered text): its digest is written again. */
  acceptStoredBody(): void {
    this.run(() => this.db.transaction(() => restampNodes(this.db))());
  }

  /** The schema version of the open file. */
  get schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** Cover data and settings of the mémoire. */
  getMemoire(): { meta: MemoireMeta; settings: MemoireSettings } {
    const row = this.stmts.getMemoire.get() as { meta: string; settings: string };
    return { meta: memoireMetaSchema.parse(JSON.parse(row.meta)), settings: memoireSettingsSchema.parse(JSON.parse(row.settings)) };
  }

  /** Replaces the cover data. */
  setMeta(meta: MemoireMeta): void {
    this.run(() => this.db.prepare('UPDATE memoire SET meta = ? WHERE id = 1').run(JSON.stringify(memoireMetaSchema.parse(meta))));
  }

  /** Replaces the settings (length target…). */
  setSettings(settings: MemoireSettings): void {
    this.run(() => this.db.prepare('UPDATE memoire SET settings = ? WHERE id = 1').run(JSON.stringify(memoireSettingsSchema.parse(settings))));
  }

  /** The current document. */
  getDocument(): StoredDocument {
    return { doc: JSON.parse(readDocumentJson(this.db)) as PmNode, ...this.documentInfo() };
  }

  /** The current document's save counter, words and date, without reading its text. */
  documentInfo(): Omit<StoredDocument, 'doc'> {
    const row = this.stmts.getDoc.get() as { revision: number; word_count: number; updated_at: string };
    return { revision: row.revision, wordCount: row.word_count, updatedAt: row.updated_at };
  }

  /**
   * Saves the whole document in one transaction (fsynced: synchronous=FULL) and returns the new
   * revision. The caller has already checked the document against the editor schema.
   */
  saveDocument(doc: PmNode, wordCount: number): { revision: number; savedAt: string } {
    return this.writeDocument(wordCount, () => {
      writeAllNodes(
        this.db,
        (doc.content ?? []).map((node) => JSON.stringify(node)),
      );
      this.nodeIndex = null;
    });
  }

  /**
   * Saves a change to the document: `deleteCount` top-level nodes from `from` replaced by `nodes`
   * (their JSON texts), in one transaction. Only those rows are written. The caller has checked the
   * nodes against the editor schema and counted the words.
   */
  replaceNodes(from: number, deleteCount: number, nodes: readonly string[], wordCount: number): { revision: number; savedAt: string } {
    return this.writeDocument(wordCount, () => this.nodes().splice(this.db, from, deleteCount, nodes));
  }

  private writeDocument(wordCount: number, writeNodes: () => void): { revision: number; savedAt: string } {
    const savedAt = this.now().toISOString();
    try {
      const row = this.run(() =>
        this.db.transaction(() => {
          writeNodes();
          return this.stmts.saveDoc.get(wordCount, savedAt);
        })(),
      ) as { revision: number };
      return { revision: row.revision, savedAt };
    } catch (error) {
      // The transaction was rolled back: the keys in memory may no longer match the rows.
      this.nodeIndex = null;
      throw error;
    }
  }

  private nodes(): NodeIndex {
    this.nodeIndex ??= NodeIndex.load(this.db);
    return this.nodeIndex;
  }

  /** Characters of `count` stored nodes from `from`, separators included (no JSON read). */
  nodeChars(from: number, count: number): number {
    return this.nodes().charsOf(from, count);
  }

  /** Size in characters of the stored document's JSON, its top-level node count and its save counter (no JSON read). */
  documentSize(): { chars: number; nodes: number; revision: number } {
    const { revision } = this.stmts.getDoc.get() as { revision: number };
    return { chars: this.nodes().totalChars, nodes: this.nodes().count, revision };
  }

  /** Copies the current document into the history; automatic snapshots beyond the limit are pruned. */
  createSnapshot(kind: SnapshotKind, name = ''): SnapshotInfo {
    const current = { body: readDocumentJson(this.db), word_count: (this.stmts.getDoc.get() as { word_count: number }).word_count };
    const { meta } = this.db.prepare('SELECT meta FROM memoire WHERE id = 1').get() as { meta: string };
    const createdAt = this.now().toISOString();
    const id = this.run(() =>
      this.db.transaction(() => {
        const info = this.db
          .prepare('INSERT INTO snapshots (kind, name, created_at, word_count, body, meta) VALUES (?, ?, ?, ?, ?, ?)')
          .run(kind, name, createdAt, current.word_count, deflateRawSync(current.body), meta);
        if (kind === 'auto') {
          this.db
            .prepare("DELETE FROM snapshots WHERE kind = 'auto' AND id NOT IN (SELECT id FROM snapshots WHERE kind = 'auto' ORDER BY id DESC LIMIT ?)")
            .run(MAX_AUTO_SNAPSHOTS);
        }
        return Number(info.lastInsertRowid);
      })(),
    );
    return { id, kind, name, createdAt, wordCount: current.word_count };
  }

  /** The history, newest first. */
  listSnapshots(): SnapshotInfo[] {
    const rows = this.db.prepare('SELECT id, kind, name, created_at, word_count FROM snapshots ORDER BY id DESC').all() as Array<{
      id: number;
      kind: SnapshotKind;
      name: string;
      created_at: string;
      word_count: number;
    }>;
    return rows.map((r) => ({ id: r.id, kind: r.kind, name: r.name, createdAt: r.created_at, wordCount: r.word_count }));
  }

  /** When the newest snapshot of any kind was taken, or null. */
  lastSnapshotAt(): string | null {
    const row = this.db.prepare('SELECT created_at FROM snapshots ORDER BY id DESC LIMIT 1').get() as { created_at: string } | undefined;
    return row?.created_at ?? null;
  }

  /** A snapshot's document, for preview. */
  getSnapshot(id: number): { info: SnapshotInfo; doc: PmNode } {
    const row = this.db.prepare('SELECT id, kind, name, created_at, word_count, body FROM snapshots WHERE id = ?').get(id) as
      { id: number; kind: SnapshotKind; name: string; created_at: string; word_count: number; body: Buffer } | undefined;
    if (!row) throw new AppError('unknown-snapshot', String(id));
    return {
      info: { id: row.id, kind: row.kind, name: row.name, createdAt: row.created_at, wordCount: row.word_count },
      doc: JSON.parse(inflateRawSync(row.body).toString('utf8')) as PmNode,
    };
  }

  /**
   * Puts a snapshot back as the current document, after saving the current one as a
   * "before-restore" snapshot, all in one transaction.
   */
  restoreSnapshot(id: number): StoredDocument {
    const { info, doc } = this.getSnapshot(id);
    this.run(() =>
      this.db.transaction(() => {
        this.createSnapshot('before-restore', `Avant la restauration de « ${info.name || formatSnapshotDate(info.createdAt)} »`);
        this.saveDocument(doc, info.wordCount);
      })(),
    );
    return this.getDocument();
  }

  /** Stores an image or annex; the same bytes stored twice give back the first id. */
  addAttachment(kind: 'image' | 'annex', name: string, mime: string, data: Buffer, pages: number | null = null): AttachmentInfo {
    const sha256 = createHash('sha256').update(data).digest('hex');
    const existing = this.db.prepare('SELECT id FROM attachments WHERE sha256 = ? AND kind = ?').get(sha256, kind) as { id: string } | undefined;
    if (existing) return this.attachmentInfo(existing.id);
    const id = randomUUID();
    this.run(() =>
      this.db
        .prepare('INSERT INTO attachments (id, kind, name, mime, size, sha256, data, created_at, pages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, kind, name, mime, data.length, sha256, data, this.now().toISOString(), pages),
    );
    return this.attachmentInfo(id);
  }

  private attachmentInfo(id: string): AttachmentInfo {
    const row = this.db.prepare('SELECT id, kind, name, mime, size, created_at, pages FROM attachments WHERE id = ?').get(id) as
      { id: string; kind: 'image' | 'annex'; name: string; mime: string; size: number; created_at: string; pages: number | null } | undefined;
    if (!row) throw new AppError('unknown-attachment', id);
    return { id: row.id, kind: row.kind, name: row.name, mime: row.mime, size: row.size, createdAt: row.created_at, pages: row.pages };
  }

  /** An attachment with its bytes. */
  getAttachment(id: string): AttachmentInfo & { data: Buffer } {
    const info = this.attachmentInfo(id);
    const { data } = this.db.prepare('SELECT data FROM attachments WHERE id = ?').get(id) as { data: Buffer };
    return { ...info, data };
  }

  /** Keeps an annex's page count, counted once for an annex stored before v6. */
  setAttachmentPages(id: string, pages: number): void {
    this.run(() => this.db.prepare('UPDATE attachments SET pages = ? WHERE id = ?').run(pages, id));
  }

  /** Removes an attachment (an annex the candidate no longer wants). */
  removeAttachment(id: string): void {
    this.attachmentInfo(id);
    this.run(() => this.db.prepare('DELETE FROM attachments WHERE id = ?').run(id));
  }

  /** Attachments of one kind, oldest first. */
  listAttachments(kind?: 'image' | 'annex'): AttachmentInfo[] {
    const rows = this.db.prepare('SELECT id FROM attachments WHERE (? IS NULL OR kind = ?) ORDER BY created_at, id').all(kind ?? null, kind ?? null) as {
      id: string;
    }[];
    return rows.map((r) => this.attachmentInfo(r.id));
  }

  /** Adds a comment (the tutor's or the candidate's). */
  addComment(comment: Omit<Comment, 'id' | 'createdAt' | 'resolvedAt' | 'criterionId'> & { criterionId?: string | null }): Comment {
    return this.putComment({ ...comment, criterionId: comment.criterionId ?? null, id: randomUUID(), createdAt: this.now().toISOString(), resolvedAt: null });
  }

  /** Stores a comment as it is (from a merged review: its id, date and state kept); an existing id is left alone. */
  putComment(full: Comment): Comment {
    this.run(() =>
      this.db
        .prepare(
          'INSERT INTO comments (id, parent_id, anchor, author_role, author_name, body, created_at, resolved_at, criterion_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
        )
        .run(
          full.id,
          full.parentId,
          full.anchor ? JSON.stringify(full.anchor) : null,
          full.authorRole,
          full.authorName,
          full.body,
          full.createdAt,
          full.resolvedAt,
          full.criterionId ?? null,
        ),
    );
    return full;
  }

  /** The mémoire's identity across copies (sent to the tutor and back): when its file was first created. */
  identity(): string {
    return (this.db.prepare('SELECT created_at FROM memoire WHERE id = 1').get() as { created_at: string }).created_at;
  }

  /** Runs several writes as one transaction (a review merge is all or nothing). */
  transaction<T>(fn: () => T): T {
    return this.run(() => this.db.transaction(fn)());
  }

  /** Marks a comment resolved (or open again). */
  setCommentResolved(id: string, resolved: boolean): void {
    this.run(() => this.db.prepare('UPDATE comments SET resolved_at = ? WHERE id = ?').run(resolved ? this.now().toISOString() : null, id));
  }

  /** All comments, oldest first. */
  listComments(): Comment[] {
    const rows = this.db.prepare('SELECT * FROM comments ORDER BY created_at, rowid').all() as Array<Record<string, string | null>>;
    return rows.map((r) => ({
      id: r.id as string,
      parentId: r.parent_id,
      anchor: r.anchor ? JSON.parse(r.anchor) : null,
      authorRole: r.author_role as Comment['authorRole'],
      authorName: r.author_name as string,
      body: r.body as string,
      createdAt: r.created_at as string,
      resolvedAt: r.resolved_at,
      criterionId: r.criterion_id ?? null,
    }));
  }

  /** Records a tutor's verdict on a criterion (replacing that tutor's earlier one). */
  setVerdict(verdict: Omit<Verdict, 'updatedAt' | 'autoStatus'> & { autoStatus?: Verdict['autoStatus'] }): Verdict {
    const full: Verdict = { ...verdict, autoStatus: verdict.autoStatus ?? '', updatedAt: this.now().toISOString() };
    this.run(() =>
      this.db
        .prepare(
          'INSERT INTO verdicts (criterion_id, status, feedback, author, updated_at, auto_status) VALUES (?, ?, ?, ?, ?, ?) ' +
            'ON CONFLICT (criterion_id, author) DO UPDATE SET status = excluded.status, feedback = excluded.feedback, updated_at = excluded.updated_at, auto_status = excluded.auto_status',
        )
        .run(full.criterionId, full.status, full.feedback, full.author, full.updatedAt, full.autoStatus),
    );
    return full;
  }

  /** Stores a verdict as it was given (from a merged review: its date kept), replacing the same tutor's older one. */
  putVerdict(full: Verdict): void {
    this.run(() =>
      this.db
        .prepare(
          'INSERT INTO verdicts (criterion_id, status, feedback, author, updated_at, auto_status) VALUES (?, ?, ?, ?, ?, ?) ' +
            'ON CONFLICT (criterion_id, author) DO UPDATE SET status = excluded.status, feedback = excluded.feedback, updated_at = excluded.updated_at, auto_status = excluded.auto_status ' +
            'WHERE excluded.updated_at > verdicts.updated_at',
        )
        .run(full.criterionId, full.status, full.feedback, full.author, full.updatedAt, full.autoStatus),
    );
  }

  /** The tutor's verdicts. */
  listVerdicts(): Verdict[] {
    const rows = this.db.prepare('SELECT * FROM verdicts ORDER BY criterion_id, updated_at').all() as Array<Record<string, string>>;
    return rows.map((r) => ({
      criterionId: r.criterion_id,
      status: r.status as Verdict['status'],
      feedback: r.feedback,
      author: r.author,
      updatedAt: r.updated_at,
      autoStatus: (r.auto_status ?? '') as Verdict['autoStatus'],
    }));
  }

  /** The soutenance's slides as edited (JSON), or null before the first edit. */
  getSlidesJson(): string | null {
    const row = this.db.prepare('SELECT plan FROM slides WHERE id = 1').get() as { plan: string } | undefined;
    return row?.plan ?? null;
  }

  /** Stores the edited slide plan (validated by the caller). */
  saveSlidesJson(plan: string): void {
    this.run(() =>
      this.db
        .prepare(
          'INSERT INTO slides (id, plan, updated_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET plan = excluded.plan, updated_at = excluded.updated_at',
        )
        .run(plan, this.now().toISOString()),
    );
  }

  /** Keeps a rehearsal's pacing report (JSON, validated by the caller). */
  addRehearsal(report: string): void {
    this.run(() => this.db.prepare('INSERT INTO rehearsals (at, report) VALUES (?, ?)').run(this.now().toISOString(), report));
  }

  /** The rehearsals, oldest first. */
  listRehearsals(): Array<{ at: string; report: string }> {
    return this.db.prepare('SELECT at, report FROM rehearsals ORDER BY id').all() as Array<{ at: string; report: string }>;
  }

  /** Writes a consistent copy of the open file elsewhere (SQLite online backup API). */
  async backupTo(destination: string): Promise<void> {
    if (existsSync(destination)) throw new AppError('exists', destination);
    const tmp = tempSibling(destination);
    try {
      await this.db.backup(tmp);
      renameSync(tmp, destination);
    } catch (error) {
      rmSync(tmp, { force: true });
      throw asAppError(error);
    }
  }

  private run<T>(fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      throw asAppError(error);
    }
  }
}

/** "28/11/2026 23:40" in French form, for snapshot names. */
export function formatSnapshotDate(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
