import { AppError } from '../errors';
import type { PmNode } from '../model/document';
import { parseDocument } from '../schema/extensions';
import { blockWords } from '../document/sections';
import { pmBlocks } from '../document/pm-blocks';
import type { MemoireFile } from '../store/memoire-file';

/** Minutes of editing between two automatic snapshots. */
export const AUTO_SNAPSHOT_MINUTES = 10;
/** Name of the snapshot taken before a save that drops more than half of the document. */
export const SHRINK_SNAPSHOT_NAME = 'Avant une forte réduction du texte (version gardée automatiquement)';

/** An open mémoire as the saves see it: its file, when the session began, its words per top-level node once known. */
export interface SaveTarget {
  file: MemoireFile;
  sessionStartedAt: number;
  /** Words of each top-level node, so a change is counted from the nodes it touches; null until the first change. */
  nodeWords: number[] | null;
  /** The stored document kept in memory for the live page count, changed with each save; null until needed. */
  doc: PmNode | null;
}

/** The saved document as kept in memory (read once from the file, then changed with each save). */
export function liveDocument(target: SaveTarget): PmNode {
  target.doc ??= target.file.getDocument().doc;
  return target.doc;
}

/** Forgets what was kept in memory after the stored document changed another way (a restore). */
export function forgetLiveDocument(target: SaveTarget): void {
  target.doc = null;
  target.nodeWords = null;
}

/** A change to the document: `deleteCount` top-level nodes from `from` replaced by `nodes`, on top of `baseRevision`. */
export interface DocumentChange {
  baseRevision: number;
  baseCount: number;
  from: number;
  deleteCount: number;
  nodes: PmNode[];
}

export interface SaveResult {
  revision: number;
  savedAt: string;
  snapshotTaken: boolean;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Words of each top-level node of a document that passes the schema check; throws for one that does not. */
function checkedNodeWords(doc: PmNode): number[] {
  const parsed = parseDocument(doc);
  if (!parsed.ok) throw new AppError('invalid-document', parsed.message);
  return pmBlocks(parsed.node).map(blockWords);
}

/**
 * A save that drops more than half of the text may be an accident (a bad paste, a wrong selection):
 * the previous text is kept in the history first. The untouched template (revision 0) can be rebuilt.
 */
function keepBeforeShrinking(file: MemoireFile, newChars: number): void {
  const stored = file.documentSize();
  if (stored.revision > 0 && newChars * 2 < stored.chars) file.createSnapshot('named', SHRINK_SNAPSHOT_NAME);
}

/** An automatic snapshot when the last one (or the session's start) is AUTO_SNAPSHOT_MINUTES old. */
function snapshotIfDue(target: SaveTarget, saved: { revision: number; savedAt: string }, now: Date): SaveResult {
  const last = target.file.lastSnapshotAt();
  const since = now.getTime() - (last ? Math.max(Date.parse(last), target.sessionStartedAt) : target.sessionStartedAt);
  const snapshotTaken = since >= AUTO_SNAPSHOT_MINUTES * 60_000;
  if (snapshotTaken) target.file.createSnapshot('auto');
  return { ...saved, snapshotTaken };
}

/** Saves the whole document (after opening, a restore, or when a change no longer applies). */
export function saveWholeDocument(target: SaveTarget, doc: PmNode, now: Date): SaveResult {
  const nodeWords = checkedNodeWords(doc);
  keepBeforeShrinking(target.file, JSON.stringify(doc).length);
  const saved = target.file.saveDocument(doc, sum(nodeWords));
  target.nodeWords = nodeWords;
  target.doc = doc;
  return snapshotIfDue(target, saved, now);
}

/**
 * Saves a change: only the new nodes are checked, counted and written, so a keystroke costs the same
 * in a 2-million-word mémoire as in a short one. A change made on another revision than the stored one
 * is refused (`out-of-date`): the editor then sends the whole document.
 */
export function saveDocumentChanges(target: SaveTarget, change: DocumentChange, now: Date): SaveResult {
  const stored = target.file.documentSize();
  if (stored.revision !== change.baseRevision || stored.nodes !== change.baseCount) {
    throw new AppError('out-of-date', `révision ${stored.revision}/${change.baseRevision}, ${stored.nodes}/${change.baseCount} nœuds`);
  }
  if (change.from + change.deleteCount > stored.nodes) throw new AppError('invalid-input', `remplacement hors du document`);
  if (stored.nodes - change.deleteCount + change.nodes.length < 1) throw new AppError('invalid-document', 'document vide');
  const newWords = change.nodes.length ? checkedNodeWords({ type: 'doc', content: change.nodes }) : [];
  target.nodeWords ??= checkedNodeWords(target.file.getDocument().doc);
  const bodies = change.nodes.map((node) => JSON.stringify(node));
  const removedChars = target.file.nodeChars(change.from, change.deleteCount);
  keepBeforeShrinking(target.file, stored.chars - removedChars + sum(bodies.map((b) => b.length + 1)));
  const words = sum(target.nodeWords) - sum(target.nodeWords.slice(change.from, change.from + change.deleteCount)) + sum(newWords);
  const saved = target.file.replaceNodes(change.from, change.deleteCount, bodies, words);
  target.nodeWords.splice(change.from, change.deleteCount, ...newWords);
  // A new document object sharing the unchanged nodes: a document handed out earlier never changes under its reader.
  if (target.doc) {
    const content = [...(target.doc.content ?? [])];
    content.splice(change.from, change.deleteCount, ...change.nodes);
    target.doc = { ...target.doc, content };
  }
  return snapshotIfDue(target, saved, now);
}
