import type { Node as PmModelNode } from '@tiptap/pm/model';
import type { Comment } from '../model/review';

/** Characters of context kept on each side of a quote, to tell its occurrences apart. */
export const CONTEXT_CHARS = 40;

/** The document's text, each character mapped back to its ProseMirror position. */
export interface TextIndex {
  text: string;
  /** For each text block: where its text starts in `text`, and the document position of its first character. */
  starts: Array<{ offset: number; pos: number }>;
}

/** Reads the document's text blocks into one string (blocks separated by a line break). */
export function indexText(doc: PmModelNode): TextIndex {
  let text = '';
  const starts: TextIndex['starts'] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (text) text += '\n';
    starts.push({ offset: text.length, pos: pos + 1 });
    // Inline atoms (footnotes, line breaks) take positions but no text: padded so offsets stay aligned.
    node.forEach((child) => {
      text += child.isText ? child.text! : '\u0000'.repeat(child.nodeSize);
    });
    return false;
  });
  return { text, starts };
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
export function anchorAt(index: TextIndex, from: number, to: number): NonNullable<Comment['anchor']> {
  const start = offsetOf(index, from);
  const end = offsetOf(index, to);
  return {
    from,
    to,
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
export function reanchor(index: TextIndex, anchor: NonNullable<Comment['anchor']>): NonNullable<Comment['anchor']> {
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
