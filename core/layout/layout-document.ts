import {
  captionTitle,
  isBlockSummary,
  missingImageMessage,
  renumberCaptions,
  sommaireTitle,
  type CoverLine,
  type RenderBlock,
  type RenderTree,
} from '../render/render-tree';
import { AppError } from '../errors';
import { blockChunks, offset, type ChunkContext, type ChunkMemo, type ImageSizeSource } from './block-chunks';
import { TYPE_SCALE, type LayoutStyles } from './layout-styles';
import type { AnchorPlace, Chunk, LaidPage, PageItem } from './page-model';
import { textBeforeTurnedPages } from './turned-pages';
import { Paginator, type FlowPage } from './paginator';
import { layoutText, measure, type TextStyle } from './text-layout';

/** The mémoire laid out: every page, where each anchor fell, and the page ranges. */
export interface LaidDocument {
  pages: LaidPage[];
  anchors: Map<string, AnchorPlace>;
  /** Index of the first body page (after the cover and the sommaire). */
  bodyStart: number;
  bodyPages: number;
  /** The sommaire's entries with their printed page labels (body numbering). */
  toc: Array<{ level: number; title: string; anchor: string; page: string }>;
  /** Column widths of each table, in points: the DOCX writes the same ones. */
  tableWidths: Map<RenderBlock, number[]>;
  /** The tables the layout set on landscape pages (the DOCX turns the same ones). */
  landscapeTables: Set<RenderBlock>;
  /** The body in the order it prints (text lifted before a turned page); the DOCX follows it. */
  printedBody: RenderBlock[];
}

/** What laying out needs besides the tree. */
export interface LayoutOptions {
  styles: LayoutStyles;
  imageSize: ImageSizeSource;
  /** The running header's title (the cover title, shortened, by default). */
  shortTitle?: string;
  /** Chunks kept from the previous live count (measure-only layouts). */
  memo?: ChunkMemo;
}

/** The comments column of the « version annotée », in points: width, gap from the text, distance from the page edge. */
const NOTE_COLUMN = { width: 150, gap: 14, edge: 28, color: '8A4B08' };
const NOTE_SPACING = 5;

/**
 * Sets margin notes beside the lines that call them: each at its line, pushed down below the one
 * before it, then the stack pushed back up from the bottom margin when it runs past it.
 */
function marginNotes(calls: Array<{ n: number; y: number }>, note: (n: number) => Chunk, top: number, bottom: number): Array<{ n: number; y: number }> {
  const placed: Array<{ n: number; y: number }> = [];
  let next = top;
  for (const c of calls) {
    const y = Math.max(c.y, next);
    placed.push({ n: c.n, y });
    next = y + note(c.n).height + NOTE_SPACING;
  }
  let limit = bottom;
  for (let i = placed.length - 1; i >= 0; i--) {
    const h = note(placed[i].n).height;
    placed[i].y = Math.max(top, Math.min(placed[i].y, limit - h));
    limit = placed[i].y - NOTE_SPACING;
  }
  return placed;
}

const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** Lower-case roman numeral, as front matter is numbered. */
export function roman(n: number): string {
  let out = '';
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function textItem(
  style: TextStyle,
  text: string,
  x: number,
  y: number,
  extra: Partial<Extract<PageItem, { t: 'text' }>> = {},
): Extract<PageItem, { t: 'text' }> {
  const face = style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
  const width = measure(style.family, face, text, style.size);
  return { t: 'text', x, y, face, size: style.size, text, width, spaceExtra: 0, color: style.color, ...extra };
}

/** Entries of a list with page numbers (sommaire, table des figures): text, dot leader, number, link. */
function entryChunks(entries: Array<{ level: number; title: string; anchor: string; page: string }>, styles: LayoutStyles, width: number): Chunk[] {
  const out: Chunk[] = [];
  for (const e of entries) {
    const indent = (e.level - 1) * 16;
    const style: TextStyle = { ...styles.toc, bold: e.level === 1 };
    const numberW = measure(styles.family, 'regular', e.page, style.size);
    const lines = layoutText([{ text: e.title }], style, width - indent - 40);
    const items: PageItem[] = [];
    lines.forEach((line, i) => items.push(...offset(line.items, indent, i * style.lineHeight)));
    const lastY = (lines.length - 1) * style.lineHeight;
    const baseline = (lines[0]?.items.find((it) => it.t === 'text') as { y: number } | undefined)?.y ?? style.size;
    const textEnd = indent + (lines[lines.length - 1]?.width ?? 0) + 4;
    const dotW = measure(styles.family, 'regular', ' .', style.size);
    const dots = Math.max(0, Math.floor((width - numberW - 6 - textEnd) / dotW));
    if (dots) items.push(textItem({ ...style, bold: false, color: '8A93A5' }, ' .'.repeat(dots), width - numberW - 6 - dots * dotW, lastY + baseline));
    items.push(textItem({ ...style, bold: false }, e.page, width - numberW, lastY + baseline));
    const height = lines.length * style.lineHeight;
    items.push({ t: 'link', x: indent, y: 0, w: width - indent, h: height, dest: e.anchor });
    out.push({ height, before: e.level === 1 ? 4 : 0, after: 0, items });
  }
  return out;
}

function titleChunk(text: string, styles: LayoutStyles, width: number, anchor?: string): Chunk[] {
  const h = styles.headings[0];
  return layoutText([{ text }], h.style, width).map((line, i) => ({
    height: h.style.lineHeight,
    before: i === 0 ? h.before : 0,
    after: h.after,
    keepWithNext: true,
    pageBreakBefore: i === 0,
    anchors: i === 0 && anchor ? [anchor] : undefined,
    items: line.items,
  }));
}

/** The cover: school, title, subtitle, candidate, company, tutors, year, centred on the page. */
// The cover fills its page: each zone starts at its share of the page height, its lines set from there.
const COVER_ZONE_TOP: Record<CoverLine['zone'], number> = { top: 0.1, title: 0.3, people: 0.58, bottom: 0.82 };
/** Space under each cover line, in points, by its style. */
const COVER_GAP: Record<CoverLine['style'], number> = { title: 16, subtitle: 12, strong: 10, normal: 8, small: 6 };

function coverPage(tree: RenderTree, styles: LayoutStyles): LaidPage {
  const { page, family } = styles;
  const width = page.width - 2 * page.margin;
  const items: PageItem[] = [];
  let y = 0;
  let zone: CoverLine['zone'] | null = null;
  for (const l of tree.coverLines) {
    // A zone starts at its place, or below the previous one if a long title pushed it down.
    if (l.zone !== zone) y = Math.max(y, page.height * COVER_ZONE_TOP[l.zone]);
    zone = l.zone;
    const look: { size: number; bold?: boolean; color?: string } = TYPE_SCALE.cover[l.style];
    const style: TextStyle = {
      family,
      size: look.size,
      lineHeight: look.size * family.faces.regular.lineHeight * 1.1,
      align: 'center',
      bold: look.bold,
      color: look.color,
    };
    for (const line of layoutText([{ text: l.text }], style, width)) {
      items.push(...offset(line.items, 0, y));
      y += style.lineHeight;
    }
    y += COVER_GAP[l.style];
  }
  return { width: page.width, height: page.height, kind: 'cover', label: 'i', groups: [{ dx: page.margin, dy: 0, items }] };
}

/**
 * The attached PDFs in the sommaire, under the annexes: their pages are labelled … after the
 * body (the writer's page labels), known as long as each earlier annex's page count is.
 */
function annexEntries(annexes: RenderTree['annexes']): LaidDocument['toc'] {
  let first: number | null = 1;
  return annexes.map((a, i) => {
    const entry = { level: 2, title: `${a.label}\u00a0: ${a.name}`, anchor: `annexe-${i + 1}`, page: first === null ? '' : `A-${first}` };
    first = first !== null && a.pages ? first + a.pages : null;
    return entry;
  });
}

/**
 * Lays out the whole mémoire: cover, sommaire (numbered in roman), body numbered from 1 with a
 * header and a "page X / Y" footer, footnotes at the bottom of their page, then the table des figures.
 * The sommaire is laid out last, from where the headings really fell.
 */
export function layoutDocument(tree: RenderTree, options: LayoutOptions): LaidDocument {
  const { styles } = options;
  const { page } = styles;
  // The « version annotée » narrows the text for a column of reviewers' comments on the right.
  const comments = new Set(tree.footnotes.filter((f) => f.commentBy !== undefined).map((f) => f.number));
  const noteColumn = comments.size ? NOTE_COLUMN.width + NOTE_COLUMN.gap + NOTE_COLUMN.edge - page.margin : 0;
  const width = page.width - 2 * page.margin - noteColumn;
  const landscapeWidth = page.height - 2 * page.margin - noteColumn;
  const tableWidths = new Map<RenderBlock, number[]>();
  const landscapeTables = new Set<RenderBlock>();
  const ctx: ChunkContext = {
    styles,
    imageSize: options.imageSize,
    tableWidths,
    landscapeTables,
    memo: options.memo,
    missingImage: (caption, alt) => {
      throw new AppError('unknown-attachment', alt, missingImageMessage(caption, alt));
    },
  };

  // Footnotes: laid out once, placed at the bottom of the page that calls them.
  const notes = new Map(tree.footnotes.map((f) => [f.number, f.text]));
  const noteLines = new Map<number, Chunk>();
  const note = (n: number): Chunk => {
    let c = noteLines.get(n);
    if (!c) {
      const s = comments.has(n) ? { ...styles.footnote, align: 'left' as const, color: NOTE_COLUMN.color } : styles.footnote;
      const lines = layoutText([{ text: notes.get(n) ?? '' }], s, (comments.has(n) ? NOTE_COLUMN.width : width) - 12);
      const items: PageItem[] = [textItem({ ...s, size: s.size * 0.75 }, String(n), 0, s.size * 0.8)];
      lines.forEach((l, i) => items.push(...offset(l.items, 12, i * s.lineHeight)));
      c = { height: lines.length * s.lineHeight + 2, before: 0, after: 0, items };
      noteLines.set(n, c);
    }
    return c;
  };

  const paginator = () => new Paginator({ pageWidth: page.width, pageHeight: page.height, margin: page.margin }, (n) => (comments.has(n) ? 0 : note(n).height));
  // Body, then the lists of figures and tables, then the annexes: the order of the sommaire too.
  // The body is laid out once as written; when a turned table left a portrait page mostly empty,
  // the text after it is lifted in front of it and the body laid out again in that order.
  const main = tree.body.slice(0, tree.annexesAt);
  // A block's summary stays on the page of the table or chart before it.
  const chunked = (i: number) => {
    const c = blockChunks([main[i]], ctx, width, landscapeWidth);
    if (c.length && isBlockSummary(main[i + 1])) c[c.length - 1] = { ...c[c.length - 1], keepWithNext: true };
    return c;
  };
  const chunks = main.map((_, i) => chunked(i));
  let flow = paginator();
  flow.place(chunks.flat());
  const order = textBeforeTurnedPages(main, chunks, landscapeTables, flow, page.height - 2 * page.margin);
  const printedMain = order ? order.map((i) => main[i]) : main;
  if (order) {
    // Captions numbered as the reader meets them; the blocks that print one are set again.
    renumberCaptions(printedMain, tree.endLists);
    const captioned = (b: RenderBlock) => b.kind === 'table' || b.kind === 'figure' || b.kind === 'chart' || b.kind === 'list' || b.kind === 'quote';
    main.forEach((b, i) => captioned(b) && (chunks[i] = chunked(i)));
    flow = paginator();
    flow.place(order.flatMap((i) => chunks[i]));
  }
  const pageOf = (anchor: string) => String((flow.anchors.get(anchor)?.page ?? 0) + 1);
  for (const list of tree.endLists) {
    flow.place(titleChunk(list.title, styles, width, list.anchor));
    flow.place(
      entryChunks(
        list.entries.map((e) => ({ level: 2, title: captionTitle(e), anchor: e.anchor, page: pageOf(e.anchor) })),
        styles,
        width,
      ),
    );
  }
  flow.place(blockChunks(tree.body.slice(tree.annexesAt), ctx, width, landscapeWidth));

  const headingEntry = (h: RenderTree['headings'][number]) => ({ level: h.level, title: sommaireTitle(h), anchor: h.anchor, page: pageOf(h.anchor) });
  const annexAnchors = new Set(tree.body.slice(tree.annexesAt).flatMap((b) => (b.kind === 'heading' ? [b.anchor] : [])));
  const toc: LaidDocument['toc'] = [
    ...tree.headings.filter((h) => !annexAnchors.has(h.anchor)).map(headingEntry),
    ...tree.endLists.map((l) => ({ level: 1, title: l.title, anchor: l.anchor, page: pageOf(l.anchor) })),
    ...tree.headings.filter((h) => annexAnchors.has(h.anchor)).map(headingEntry),
    ...annexEntries(tree.annexes),
  ];
  const front = new Paginator({ pageWidth: page.width, pageHeight: page.height, margin: page.margin }, () => 0);
  front.place([...titleChunk(tree.front.sommaireTitle, styles, width).map((c) => ({ ...c, pageBreakBefore: false })), ...entryChunks(toc, styles, width)]);

  const bodyStart = 1 + front.pages.length;
  const bodyCount = flow.pages.length;
  const small = styles.small;
  const pages: LaidPage[] = [coverPage(tree, styles)];
  const finish = (p: FlowPage, kind: LaidPage['kind'], label: string, decorate: (w: number, h: number) => PageItem[]): LaidPage => {
    const w = p.landscape ? page.height : page.width;
    const h = p.landscape ? page.width : page.height;
    const groups = [...p.groups, { dx: 0, dy: 0, items: decorate(w, h) }];
    const bottom = p.footnotes.filter((n) => !comments.has(n));
    if (bottom.length) {
      let y = h - page.margin - p.footnoteHeight + 4;
      groups.push({ dx: page.margin, dy: y, items: [{ t: 'rect', x: 0, y: 0, w: width / 3, h: 0.5, fill: '5D6678' }] });
      y += 6;
      for (const n of bottom) {
        groups.push({ dx: page.margin, dy: y, items: note(n).items });
        y += note(n).height;
      }
    }
    const x = w - NOTE_COLUMN.edge - NOTE_COLUMN.width;
    for (const placed of marginNotes(
      p.calls.filter((c) => comments.has(c.n)),
      note,
      page.margin,
      h - page.margin,
    )) {
      groups.push({ dx: x - 5, dy: placed.y, items: [{ t: 'rect', x: 0, y: 0, w: 1.5, h: note(placed.n).height, fill: NOTE_COLUMN.color }] });
      groups.push({ dx: x, dy: placed.y, items: note(placed.n).items });
    }
    return { width: w, height: h, kind, label, groups };
  };
  front.pages.forEach((p, i) => {
    const label = roman(i + 2);
    pages.push(
      finish(p, 'front', label, (w, h) => [textItem(small, label, w / 2 - measure(styles.family, 'regular', label, small.size) / 2, h - page.margin / 2)]),
    );
  });
  const shortTitle = options.shortTitle ?? tree.front.shortTitle;
  flow.pages.forEach((p, i) => {
    const label = String(i + 1);
    pages.push(
      finish(p, 'body', label, (w, h) => {
        const footer = `${tree.front.pageWord} ${label} ${tree.front.pageSeparator} ${bodyCount}`;
        const header = textItem({ ...small, italic: true }, shortTitle, 0, page.margin / 2);
        header.x = w - page.margin - header.width;
        return [header, textItem(small, footer, w / 2 - measure(styles.family, 'regular', footer, small.size) / 2, h - page.margin / 2)];
      }),
    );
  });

  const anchors = new Map<string, AnchorPlace>();
  for (const [k, v] of flow.anchors) anchors.set(k, { page: v.page + bodyStart, y: v.y });
  return {
    pages,
    anchors,
    bodyStart,
    bodyPages: bodyCount,
    toc,
    tableWidths,
    landscapeTables,
    printedBody: [...printedMain, ...tree.body.slice(tree.annexesAt)],
  };
}
