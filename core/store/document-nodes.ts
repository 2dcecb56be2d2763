import type Database from 'better-sqlite3';
import { AppError } from '../errors';
import { bodyDigest } from './body-digest';

/**
 * The document is stored one top-level node per row (schema v6), so a save writes only the nodes that
 * changed: typing in one paragraph of a 2-million-word mémoire rewrites one row, not 23 MB. Rows are
 * ordered by a sparse key; a node inserted between two others takes a key between theirs. Each row
 * keeps the SHA-256 of its JSON, checked at every open.
 */

/** Distance between two consecutive keys when nodes are (re)numbered: room for 65 535 insertions at one place. */
export const KEY_GAP = 65_536;

/** Stores `bodies` (one JSON text per top-level node) as the whole document. */
export function writeAllNodes(db: Database.Database, bodies: readonly string[]): void {
  db.prepare('DELETE FROM document_nodes').run();
  const insert = db.prepare('INSERT INTO document_nodes (key, body, sha256) VALUES (?, ?, ?)');
  bodies.forEach((body, i) => insert.run((i + 1) * KEY_GAP, body, bodyDigest(body)));
}

/** The document's JSON text from its nodes' texts, in order. */
function documentJson(bodies: readonly string[]): string {
  return `{"type":"doc","content":[${bodies.join(',')}]}`;
}

/** The stored document as JSON text, from its rows in order. */
export function readDocumentJson(db: Database.Database): string {
  return documentJson(db.prepare('SELECT body FROM document_nodes ORDER BY key').pluck().all() as string[]);
}

/** The stored JSON, and whether a row no longer matches the digest written with it. */
export function readCheckedDocumentJson(db: Database.Database): { json: string; altered: boolean } {
  const rows = db.prepare('SELECT body, sha256 FROM document_nodes ORDER BY key').all() as Array<{ body: string; sha256: string }>;
  return { json: documentJson(rows.map((r) => r.body)), altered: rows.some((r) => r.sha256 !== bodyDigest(r.body)) };
}

/** Writes every row's digest again (the candidate chose to keep a text altered outside the app). */
export function restampNodes(db: Database.Database): void {
  const update = db.prepare('UPDATE document_nodes SET sha256 = ? WHERE key = ?');
  for (const row of db.prepare('SELECT key, body FROM document_nodes').all() as Array<{ key: number; body: string }>) update.run(bodyDigest(row.body), row.key);
}

/** The keys and sizes of the stored nodes, in order, kept in memory while the file is open (it is locked: nobody else writes). */
export class NodeIndex {
  private constructor(
    private keys: number[],
    private chars: number[],
  ) {}

  static load(db: Database.Database): NodeIndex {
    const rows = db.prepare('SELECT key, length(body) AS chars FROM document_nodes ORDER BY key').all() as Array<{ key: number; chars: number }>;
    return new NodeIndex(
      rows.map((r) => r.key),
      rows.map((r) => r.chars),
    );
  }

  get count(): number {
    return this.keys.length;
  }

  /** Characters of the whole document's JSON (as `documentJson` writes it), without reading it. */
  get totalChars(): number {
    return documentJson([]).length - 1 + this.charsOf(0, this.keys.length);
  }

  /** Characters of `count` nodes from `from` (with their separators). */
  charsOf(from: number, count: number): number {
    return this.chars.slice(from, from + count).reduce((sum, n) => sum + n + 1, 0);
  }

  /**
   * Replaces `deleteCount` nodes from `from` by `bodies`, in the open transaction. Keys are taken
   * between the neighbours'; when there is no room left, every node is numbered again first.
   */
  splice(db: Database.Database, from: number, deleteCount: number, bodies: readonly string[]): void {
    if (!Number.isInteger(from) || !Number.isInteger(deleteCount) || from < 0 || deleteCount < 0 || from + deleteCount > this.keys.length) {
      throw new AppError('invalid-input', `remplacement ${from}+${deleteCount} sur ${this.keys.length}`);
    }
    if (deleteCount) db.prepare('DELETE FROM document_nodes WHERE key BETWEEN ? AND ?').run(this.keys[from], this.keys[from + deleteCount - 1]);
    let lower = from > 0 ? this.keys[from - 1] : 0;
    let upper = from + deleteCount < this.keys.length ? this.keys[from + deleteCount] : lower + (bodies.length + 1) * KEY_GAP;
    if (Math.floor((upper - lower) / (bodies.length + 1)) < 1) {
      this.keys.splice(from, deleteCount);
      this.chars.splice(from, deleteCount);
      this.renumber(db);
      lower = from > 0 ? this.keys[from - 1] : 0;
      upper = from < this.keys.length ? this.keys[from] : lower + (bodies.length + 1) * KEY_GAP;
      deleteCount = 0;
    }
    const step = Math.floor((upper - lower) / (bodies.length + 1));
    const keys = bodies.map((_, i) => lower + step * (i + 1));
    const insert = db.prepare('INSERT INTO document_nodes (key, body, sha256) VALUES (?, ?, ?)');
    bodies.forEach((body, i) => insert.run(keys[i], body, bodyDigest(body)));
    this.keys.splice(from, deleteCount, ...keys);
    this.chars.splice(from, deleteCount, ...bodies.map((b) => b.length));
  }

  private renumber(db: Database.Database): void {
    db.prepare('UPDATE document_nodes SET key = -key').run();
    const move = db.prepare('UPDATE document_nodes SET key = ? WHERE key = ?');
    this.keys = this.keys.map((key, i) => {
      move.run((i + 1) * KEY_GAP, -key);
      return (i + 1) * KEY_GAP;
    });
  }
}
