import type Database from 'better-sqlite3';
import { writeAllNodes } from './document-nodes';

/** `PRAGMA application_id` of every .memoire file: "MEMO" in ASCII. */
export const MEMOIRE_APPLICATION_ID = 0x4d454d4f;

/**
 * Schema migrations; migration i brings a file from user_version i to i + 1. Never edit a shipped
 * migration: add a new one, files in the wild are at every version.
 */
export const migrations: ReadonlyArray<(db: Database.Database) => void> = [
  // v1: the mémoire, its document and its history.
  (db) => {
    db.exec(`
      CREATE TABLE memoire (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        meta TEXT NOT NULL,
        settings TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_with TEXT NOT NULL
      );
      CREATE TABLE document (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        body TEXT NOT NULL,
        revision INTEGER NOT NULL,
        word_count INTEGER NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE snapshots (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('auto', 'named', 'before-restore', 'before-import')),
        name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        word_count INTEGER NOT NULL,
        body BLOB NOT NULL,
        meta TEXT NOT NULL
      );
      CREATE INDEX snapshots_by_kind ON snapshots (kind, created_at);
    `);
  },
  // v2: attachments (images, annex PDFs) and the tutor's review data.
  (db) => {
    db.exec(`
      CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('image', 'annex')),
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX attachments_by_hash ON attachments (sha256);
      CREATE TABLE comments (
        id TEXT PRIMARY KEY,
        parent_id TEXT REFERENCES comments (id) ON DELETE CASCADE,
        anchor TEXT,
        author_role TEXT NOT NULL CHECK (author_role IN ('candidate', 'tutor')),
        author_name TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT
      );
      CREATE TABLE verdicts (
        criterion_id TEXT PRIMARY KEY,
        status TEXT NOT NULL CHECK (status IN ('satisfied', 'partial', 'missing', 'not-assessed')),
        feedback TEXT NOT NULL,
        author TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
  // v3: one verdict per criterion and per tutor (two tutors' reviews merge without losing either),
  // with the automatic status the tutor saw ("changed since the review").
  (db) => {
    db.exec(`
      CREATE TABLE verdicts_v3 (
        criterion_id TEXT NOT NULL,
        author TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('satisfied', 'partial', 'missing', 'not-assessed')),
        feedback TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        auto_status TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (criterion_id, author)
      );
      INSERT INTO verdicts_v3 (criterion_id, author, status, feedback, updated_at) SELECT criterion_id, author, status, feedback, updated_at FROM verdicts;
      DROP TABLE verdicts;
      ALTER TABLE verdicts_v3 RENAME TO verdicts;
      ALTER TABLE comments ADD COLUMN criterion_id TEXT;
    `);
  },
  // v4: the soutenance's slide plan as the candidate edited it (JSON, validated on reading).
  (db) => {
    db.exec(`
      CREATE TABLE slides (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        plan TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `);
  },
  // v5: the soutenance's rehearsals, kept so that successive ones can be compared.
  (db) => {
    db.exec(`
      CREATE TABLE rehearsals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        report TEXT NOT NULL
      );
    `);
  },
  // v6: the document stored one top-level node per row with the SHA-256 of each (a save writes only
  // what changed; a flipped byte inside the text, which SQLite's integrity check cannot see, is caught
  // at the next open); an annex's page count kept with it, so a large PDF is not parsed again each
  // time the list shows. `document.body` stays, empty, for the columns' sake.
  (db) => {
    db.exec(`
      CREATE TABLE document_nodes (
        key INTEGER PRIMARY KEY,
        body TEXT NOT NULL,
        sha256 TEXT NOT NULL
      );
      ALTER TABLE attachments ADD COLUMN pages INTEGER;
    `);
    const stored = db.prepare('SELECT body FROM document WHERE id = 1').get() as { body: string } | undefined;
    if (stored) {
      const doc = JSON.parse(stored.body) as { content?: unknown[] };
      writeAllNodes(
        db,
        (Array.isArray(doc.content) ? doc.content : []).map((node) => JSON.stringify(node)),
      );
      db.prepare("UPDATE document SET body = '' WHERE id = 1").run();
    }
  },
];

/** The user_version of files written by this build. */
export const CURRENT_SCHEMA_VERSION = migrations.length;

/** Runs the migrations from `from` up to `to` in one transaction and records the new version. */
export function migrate(db: Database.Database, from: number, to: number = CURRENT_SCHEMA_VERSION): void {
  db.transaction(() => {
    for (let v = from; v < to; v++) migrations[v](db);
    db.pragma(`user_version = ${to}`);
  })();
}
