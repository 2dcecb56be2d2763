import type { Node as PmModelNode } from '@tiptap/pm/model';
import { hasContent, norm, stripPlaceholders } from './text';

/** A table as the graders read it: normalised headers, and each row's cells (original and normalised). */
export interface TableFacts {
  index: number;
  headers: string[];
  /** The headers as written, for quoting. */
  rawHeaders: string[];
  rows: Array<{ raw: string[]; n: string[] }>;
}

/**
 * One unit of evidence: a paragraph, a list item (with its sub-items), a quotation or a table row,
 * placeholders removed, with where it sits (its headings, normalised) to jump to and to weigh it.
 */
export interface Passage {
  /** Index of its top-level node in the document. */
  index: number;
  kind: 'para' | 'item' | 'row' | 'quote';
  /** Passages read together: one list, one table, or the paragraphs under one heading. */
  group: string;
  text: string;
  n: string;
  /** Normalised headings above it, outermost first, plus the short label paragraph that introduced its list or table. */
  context: string;
  table?: { facts: TableFacts; row: number };
}

/** What the graders read of the whole document. */
export interface DocEvidence {
  passages: Passage[];
  tables: TableFacts[];
}

type Raw = Omit<Passage, 'context' | 'group'> & { groupKey: string };

const cache = new WeakMap<PmModelNode, { index: number; raws: Raw[]; table: TableFacts | null; label: string | null }>();

function cellTexts(row: PmModelNode): string[] {
  const out: string[] = [];
  row.forEach((cell) => out.push(stripPlaceholders(cell.textBetween(0, cell.content.size, ' ', ' ').trim())));
  return out;
}

/** A list item's text: its own paragraphs, then each sub-item on its own line. */
function itemText(item: PmModelNode): string {
  const lines: string[] = [];
  item.forEach((child) => {
    if (child.type.name === 'bulletList' || child.type.name === 'orderedList') child.forEach((sub) => lines.push(itemText(sub)));
    else lines.push(child.textBetween(0, child.content.size, ' ', ' '));
  });
  return lines.join('\n');
}

function tableFacts(node: PmModelNode, index: number): TableFacts {
  const rows: string[][] = [];
  node.forEach((row) => rows.push(cellTexts(row)));
  const [head = [], ...body] = rows;
  return { index, headers: head.map(norm), rawHeaders: head, rows: body.filter((r) => r.some(hasContent)).map((raw) => ({ raw, n: raw.map(norm) })) };
}

/** A row as one sentence a pattern can read: "Faisabilité : forte ; Priorité : 1", or "Clé : valeur" for two columns. */
function rowText(table: TableFacts, raw: string[]): string {
  if (raw.length === 2 && table.headers.length === 2) return `${raw[0]} : ${raw[1]}`;
  return raw
    .map((cell, i) => (cell ? `${table.rawHeaders[i] ? `${table.rawHeaders[i]} : ` : ''}${cell}` : ''))
    .filter(Boolean)
    .join(' ; ');
}

/** The passages of one top-level node, cached: a keystroke re-reads only the edited paragraph. */
function readNode(node: PmModelNode, index: number) {
  const cached = cache.get(node);
  if (cached && cached.index === index) return cached;
  const type = node.type.name;
  const raws: Raw[] = [];
  let table: TableFacts | null = null;
  const push = (kind: Passage['kind'], original: string, groupKey: string, extra?: Partial<Raw>) => {
    const text = stripPlaceholders(original);
    if (hasContent(text)) raws.push({ index, kind, text, n: norm(text), groupKey, ...extra });
  };
  if (type === 'paragraph') push('para', node.textContent, 'section');
  else if (type === 'blockquote') push('quote', node.textBetween(0, node.content.size, '\n', ' '), 'section');
  else if (type === 'bulletList' || type === 'orderedList') node.forEach((item) => push('item', itemText(item), `list-${index}`));
  else if (type === 'table') {
    table = tableFacts(node, index);
    const facts = table;
    facts.rows.forEach((row, r) => push('row', rowText(facts, row.raw), `table-${index}`, { table: { facts, row: r } }));
  }
  const short = type === 'paragraph' && node.textContent.split(/\s+/).length <= 10 ? norm(node.textContent) : null;
  const entry = { index, raws, table, label: short };
  cache.set(node, entry);
  return entry;
}

/** Whether the document opens on a title block: a heading, then two short paragraphs (author, date). */
function isTitleBlock(doc: PmModelNode): boolean {
  const short = (i: number) => doc.childCount > i && doc.child(i).type.name === 'paragraph' && doc.child(i).textContent.split(/\s+/).length <= 15;
  return short(1) && short(2);
}

/**
 * Reads the document once into passages with their headings. Guidance boxes and business blocks are
 * left to the block rules; headings only give context, never evidence (barème §1, « Location »).
 */
export function readEvidence(doc: PmModelNode): DocEvidence {
  const passages: Passage[] = [];
  const tables: TableFacts[] = [];
  const headings: string[] = [];
  let label: string | null = null;
  doc.forEach((node, _offset, index) => {
    const type = node.type.name;
    if (type === 'heading') {
      // The document's title (a first heading followed by two short lines: author, date) is no section.
      if (index === 0 && isTitleBlock(doc)) return;
      const level = Math.max(1, Number(node.attrs.level ?? 1));
      headings.length = level - 1;
      headings[level - 1] = norm(node.textContent);
      label = null;
      return;
    }
    if (type === 'guidance') return;
    const { raws, table, label: short } = readNode(node, index);
    if (table) tables.push(table);
    const base = headings.filter(Boolean).join(' > ');
    const context = label && type !== 'paragraph' ? `${base} > ${label}` : base;
    for (const raw of raws) {
      const { groupKey, ...rest } = raw;
      passages.push({ ...rest, group: groupKey === 'section' ? `section-${base}` : groupKey, context });
    }
    if (type === 'paragraph') label = short;
    else label = null;
  });
  return { passages, tables };
}
