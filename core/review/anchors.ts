import type { Node as PmModelNode } from '@tiptap/pm/model';
import type { Comment } from '../model/review';
import { blockSpec } from '../schema/blocks/registry';
import type { CellValue } from '../schema/blocks/block-spec';

type Anchor = NonNullable<Comment['anchor']>;
type RowRef = NonNullable<Anchor['row']>;

/** Characters of context kept on each side of a quote, to tell its occurrences apart. */
export const CONTEXT_CHARS = 40;

/** The document's text, each character mapped back to its ProseMirror position. */
export interface TextIndex {
  text: string;
  /** For each text block: where its text starts in `text`, and the document position of its first character. */
  starts: Array<{ offset: number; pos: number }>;
  /** Every row of every business block's tables, where comments on a row are found again. */
  rows: Array<{ pos: number; size: number } & RowRef>;
}

function cellText(value: CellValue | undefined): string {
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  return (value ?? '').trim().slice(0, 500);
}

/** The rows of a business block node, their cells in the spec's column order. */
function blockRows(node: PmModelNode, pos: number): TextIndex['rows'] {
  const spec = blockSpec(node.type.name);
  const tables = (node.attrs.data as { tables?: Record<string, Array<Record<string, CellValue>>> } | null)?.tables;
  if (!spec || !tables) return [];
  return spec.tables.flatMap((table) =>
    (tables[table.key] ?? []).map((row, index) => ({
      pos,
      size: node.nodeSize,
      block: spec.name,
      table: table.key,
      index,
      cells: table.columns.map((c) => cellText(row[c.key])),
    })),
  );
}

/** Reads the document's text blocks into one string (blocks separated by a line break). */
export function indexText(doc: PmModelNode): TextIndex {
  let text = '';
  const starts: TextIndex['starts'] = [];
  const rows: TextIndex['rows'] = [];
  doc.descendants((node, pos) => {
    if (node.isAtom && node.isBlock) {
      rows.push(...blockRows(node, pos));
      return false;
    }
    if (!node.isTextblock) return true;
    if (text) text += '\n';
    starts.push({ offset: text.length, pos: pos + 1 });
    // Inline atoms (footnotes, line breaks) take positions but no text: padded so offsets stay aligned.
    node.forEach((child) => {
      text += child.isText ? child.text! : '\u0000'.repeat(child.nodeSize);
    });
    return false;
  });
  return { text, starts, rows };
}

/** The document position of a character of the index. */
export function positionOf(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.starts[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  const block = index.starts[lo];
  return block.pos + (offset - block.offset);
}

/** The text offset of a document position (the nearest character at or before it). */
export function offsetOf(index: TextIndex, pos: number): number {
  let best = index.starts[0] ?? { offset: 0, pos: 0 };
  for (const s of index.starts) if (s.pos <= pos) best = s;
  return best.offset + Math.max(0, pos - best.pos);
}

/** An anchor taken now: the range, its quoted text and the context around it. */
export function anchorAt(index: TextIndex, from: number, to: number): Anchor {
  const start = offsetOf(index, from);
  const end = offsetOf(index, to);
  return {
    from,
    to,
    // The index marks block boundaries with NUL characters: they never belong in a quote.
    // eslint-disable-next-line no-control-regex
    quote: index.text.slice(start, end).replace(/\u0000/g, ''),
    prefix: index.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: index.text.slice(end, end + CONTEXT_CHARS),
  };
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/**
 * Finds an anchor again in an edited document: every occurrence of its quoted text is scored by how
 * much of its context still surrounds it, then by closeness to where it was. A quote that no longer
 * exists gives a detached anchor: the comment is kept, never lost.
 */
export function reanchor(index: TextIndex, anchor: Anchor): Anchor {
  if (anchor.row) return reanchorRow(index, anchor, anchor.row);
  const quote = anchor.quote;
  if (!quote) return { ...anchor, detached: true };
  let best: { at: number; score: number } | null = null;
  for (let at = index.text.indexOf(quote); at >= 0; at = index.text.indexOf(quote, at + 1)) {
    const before = index.text.slice(Math.max(0, at - CONTEXT_CHARS), at);
    const after = index.text.slice(at + quote.length, at + quote.length + CONTEXT_CHARS);
    const context = commonSuffix(before, anchor.prefix ?? '') + commonPrefix(after, anchor.suffix ?? '');
    const distance = Math.abs(positionOf(index, at) - anchor.from);
    const score = context * 1_000_000 - distance;
    if (!best || score > best.score) best = { at, score };
  }
  if (!best) return { ...anchor, detached: true };
  const from = positionOf(index, best.at);
  return { ...anchor, from, to: from + quote.length, detached: false };
}

/** The anchor of one row of the business block at `pos`: the whole block, with the row's values. */
export function rowAnchorAt(index: TextIndex, pos: number, table: string, rowIndex: number): Anchor | null {
  const row = index.rows.find((r) => r.pos === pos && r.table === table && r.index === rowIndex);
  if (!row) return null;
  const { pos: from, size, ...ref } = row;
  return { from, to: from + size, quote: ref.cells.filter(Boolean).join(' · ').slice(0, 2000), row: ref };
}

/**
 * Finds a commented row again: among the rows of the same block and table, the one sharing the most
 * values with it (at least half of the values it had), then the closest. A row whose values all
 * changed, or that was deleted, gives a detached anchor.
 */
function reanchorRow(index: TextIndex, anchor: Anchor, ref: RowRef): Anchor {
  const filled = ref.cells.filter(Boolean).length;
  const needed = Math.max(1, Math.ceil(filled / 2));
  let best: { row: TextIndex['rows'][number]; score: number } | null = null;
  for (const row of index.rows) {
    if (row.block !== ref.block || row.table !== ref.table) continue;
    const shared = filled ? ref.cells.filter((c, i) => c && row.cells[i] === c).length : row.index === ref.index ? 1 : 0;
    if (shared < needed) continue;
    const score = shared * 1_000_000 - Math.abs(row.pos - anchor.from) - Math.abs(row.index - ref.index);
    if (!best || score > best.score) best = { row, score };
  }
  if (!best) return { ...anchor, detached: true };
  const { pos, size, ...found } = best.row;
  return { ...anchor, from: pos, to: pos + size, row: found, detached: false };
}
