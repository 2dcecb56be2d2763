import { captionTitle, isFigureCell, type Caption, type Inline, type RenderBlock } from '../render/render-tree';
import { drawChart } from './chart-drawing';
import type { LayoutStyles } from './layout-styles';
import type { Chunk, PageItem } from './page-model';
import { layoutText, type LaidLine, type TextStyle } from './text-layout';

/** Pixel size of an attachment's image, or null when it is missing or unreadable. */
export type ImageSizeSource = (attachmentId: string) => { width: number; height: number } | null;

/** What turning blocks into chunks needs. */
export interface ChunkContext {
  styles: LayoutStyles;
  imageSize: ImageSizeSource;
  /** Where the column widths chosen for each table are recorded. */
  tableWidths: Map<RenderBlock, number[]>;
  /** The tables set on a landscape page, because their columns cannot fit the portrait width. */
  landscapeTables: Set<RenderBlock>;
  /** Raised for a figure whose image is missing (the exporters turn it into a French message). */
  missingImage: (caption: Caption, alt: string) => never;
  /** Chunks of unchanged top-level blocks from an earlier count (see ChunkMemo). */
  memo?: ChunkMemo;
}

/**
 * Chunks of top-level blocks kept by block object, for the live page count: a block the render memo
 * kept is the same object from one count to the next, and is not laid out again at the same width.
 * Only counted chunks (no drawing) are kept, and nothing changes them once made.
 */
export type ChunkMemo = WeakMap<RenderBlock, { width: number; chunks: Chunk[] }>;

const CELL_PAD_X = 4;
// As the DOCX: no cell margin above and below, 1 pt of paragraph spacing, 4 pt left and right.
const CELL_PAD_Y = 1;
const BORDER = '9AA3B2';
const HEADER_FILL = 'E8EDF5';
const INDENT = 18;

/** Items moved by (dx, dy). */
export function offset(items: PageItem[], dx: number, dy: number): PageItem[] {
  if (!dx && !dy) return items;
  return items.map((it) => {
    if (it.t === 'poly') return { ...it, points: it.points.map((v, i) => v + (i % 2 ? dy : dx)) };
    return { ...it, x: it.x + dx, y: it.y + dy };
  });
}

/**
 * One chunk per line, with orphan and widow control (no first line alone at a page bottom, no last
 * line alone at a top) and, as Word does, no word broken across pages: a line ending in a syllable
 * hyphen stays with the next one, so it never ends a page.
 */
function lineChunks(lines: LaidLine[], style: TextStyle, before: number, after: number, dx: number): Chunk[] {
  const n = lines.length;
  return lines.map((line, i) => ({
    height: style.lineHeight,
    before: i === 0 ? before : 0,
    after: i === n - 1 ? after : 0,
    keepWithNext: (i === 0 && n >= 2) || (i === n - 2 && n >= 3) || (line.hyphenated === true && i < n - 1),
    items: offset(line.items, dx, 0),
    footnotes: line.footnotes.length ? line.footnotes : undefined,
  }));
}

/** The caption line(s) of a table (above it) or a figure (below it). */
export function captionChunks(caption: Caption, ctx: ChunkContext, width: number, above: boolean): Chunk[] {
  const s = ctx.styles.caption;
  const lines = layoutText([{ text: captionTitle(caption) }], s, width);
  const chunks = lineChunks(lines, s, 3, 10, 0);
  chunks[0].anchors = [caption.anchor];
  if (above) for (const c of chunks) c.keepWithNext = true;
  return chunks;
}

/**
 * Each column's least width (its longest word, capped at a third of the width) and its whole text's
 * width; the header row is measured in bold, as it prints (« Code » was split « Cod/e »).
 */
function columnNeeds(cells: Inline[][][], columns: number, width: number, ctx: ChunkContext, withHeader: boolean): { min: number[]; want: number[] } {
  const { family, size } = ctx.styles.table;
  const min = new Array<number>(columns).fill(18);
  const want = new Array<number>(columns).fill(18);
  for (const [r, row] of cells.entries()) {
    const face = family.faces[withHeader && r === 0 ? 'bold' : 'regular'];
    for (let c = 0; c < columns; c++) {
      let longest = 0;
      let total = 0;
      let current = 0;
      for (const run of row[c] ?? []) {
        for (let i = 0; i < run.text.length; i++) {
          const cp = run.text.charCodeAt(i);
          const a = (face.advance(cp) || 0.55) * size;
          if (cp === 0x20 || cp === 0x0a) {
            longest = Math.max(longest, current);
            current = 0;
          } else current += a;
          total += a;
        }
      }
      longest = Math.max(longest, current);
      min[c] = Math.max(min[c], Math.min(longest, width / 3) + 2 * CELL_PAD_X + 1);
      want[c] = Math.max(want[c], total + 2 * CELL_PAD_X + 1);
    }
  }
  return { min, want };
}

/** Column widths: each column at least its longest word, the rest shared by the length of its text. */
function columnWidths(cells: Inline[][][], columns: number, width: number, ctx: ChunkContext, withHeader: boolean): number[] {
  const { min, want } = columnNeeds(cells, columns, width, ctx, withHeader);
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum >= width) return min.map((m) => (m * width) / minSum);
  const extra = want.map((w, i) => Math.max(0, w - min[i]));
  const extraSum = extra.reduce((a, b) => a + b, 0);
  const room = width - minSum;
  if (extraSum <= room) {
    // Everything fits on one line: share what is left equally so the table spans the text width.
    const spare = (room - extraSum) / columns;
    return min.map((m, i) => m + extra[i] + spare);
  }
  return min.map((m, i) => m + (extra[i] / extraSum) * room);
}

/**
 * A table row as chunks: one, or several when the row is taller than a page could hold (a cell with
 * pages of text), each part with its share of every cell's lines and its own borders.
 */
function rowChunks(row: Inline[][], widths: number[], ctx: ChunkContext, header: boolean, fills?: Array<string | null>): Chunk[] {
  const style = header ? ctx.styles.tableHeader : ctx.styles.table;
  const { page } = ctx.styles;
  const laid = widths.map((w, c) => layoutText(row[c] ?? [], !header && isFigureCell(row[c] ?? []) ? { ...style, align: 'right' } : style, w - 2 * CELL_PAD_X));
  const lines = Math.max(1, ...laid.map((l) => l.length));
  // The smaller of the two orientations' text heights, less room for a repeated header.
  const room = Math.min(page.width, page.height) - 2 * page.margin - 60;
  const perPart = Math.max(1, Math.floor((room - 2 * CELL_PAD_Y) / style.lineHeight));
  const parts: Chunk[] = [];
  for (let first = 0; first < lines; first += perPart) {
    const count = Math.min(perPart, lines - first);
    const height = count * style.lineHeight + 2 * CELL_PAD_Y;
    const items: PageItem[] = [];
    const footnotes: number[] = [];
    let x = 0;
    widths.forEach((w, c) => {
      const fill = header ? HEADER_FILL : fills?.[c];
      if (fill) items.push({ t: 'rect', x, y: 0, w, h: height, fill });
      items.push({ t: 'rect', x, y: 0, w, h: height, stroke: BORDER, lineWidth: 0.5 });
      laid[c].slice(first, first + count).forEach((line, i) => {
        items.push(...offset(line.items, x + CELL_PAD_X, CELL_PAD_Y + i * style.lineHeight));
        footnotes.push(...line.footnotes);
      });
      x += w;
    });
    parts.push({ height, before: 0, after: 0, items, footnotes: footnotes.length ? footnotes : undefined });
  }
  return parts;
}

/**
 * A table's chunks, on a portrait page when its columns fit the text width with every longest word
 * whole, on a landscape page only when they cannot (`landscapeWidth` 0: never, inside a list).
 */
function tableChunks(block: Extract<RenderBlock, { kind: 'table' }>, ctx: ChunkContext, portraitWidth: number, landscapeWidth: number): Chunk[] {
  const columns = Math.max(block.header?.length ?? 0, ...block.rows.map((r) => r.length), 1);
  const cells = block.header ? [block.header, ...block.rows] : block.rows;
  const landscape = landscapeWidth > 0 && columnNeeds(cells, columns, portraitWidth, ctx, !!block.header).min.reduce((a, b) => a + b, 0) > portraitWidth;
  if (landscape) ctx.landscapeTables.add(block);
  const width = landscape ? landscapeWidth : portraitWidth;
  const widths = block.equalColumns ? new Array<number>(columns).fill(width / columns) : columnWidths(cells, columns, width, ctx, !!block.header);
  ctx.tableWidths.set(block, widths);
  const out: Chunk[] = block.caption ? captionChunks(block.caption, ctx, width, true) : [];
  const header = block.header ? rowChunks(block.header, widths, ctx, true)[0] : null;
  if (header) {
    header.keepWithNext = true;
    out.push(header);
  }
  block.rows.forEach((row, i) => {
    const parts = rowChunks(row, widths, ctx, false, block.fills?.[i]);
    for (const chunk of parts) {
      if (header) chunk.repeat = header;
      // A small table (a SWOT grid, a summary) is kept whole.
      if (block.rows.length <= 3 && i < block.rows.length - 1) chunk.keepWithNext = true;
      out.push(chunk);
    }
  });
  if (out.length) {
    out[0].before = Math.max(out[0].before, 6);
    out[out.length - 1].after = 12;
  }
  if (landscape) for (const c of out) c.landscape = true;
  return out;
}

function figureChunks(block: Extract<RenderBlock, { kind: 'figure' }>, ctx: ChunkContext, width: number): Chunk[] {
  const size = block.attachmentId ? ctx.imageSize(block.attachmentId) : null;
  if (!size) return ctx.missingImage(block.caption, block.alt);
  const { page } = ctx.styles;
  // 96 dpi: the image's own size is its largest printed size, as in Word.
  let w = Math.min((width * Math.max(10, Math.min(100, block.widthPercent))) / 100, size.width * 0.75);
  let h = (w * size.height) / size.width;
  const maxH = (page.height - 2 * page.margin) * 0.7;
  if (h > maxH) {
    w = (w * maxH) / h;
    h = maxH;
  }
  const image: Chunk = {
    height: h,
    before: 8,
    after: 0,
    keepWithNext: true,
    items: [{ t: 'image', id: block.attachmentId!, x: (width - w) / 2, y: 0, w, h }],
  };
  return [image, ...captionChunks(block.caption, ctx, width, false)];
}

/**
 * Turns render blocks into chunks at a given text width: headings kept with what follows, paragraphs
 * line by line, tables row by row with their header repeated, figures and charts with their captions.
 */
export function blockChunks(blocks: RenderBlock[], ctx: ChunkContext, width: number, landscapeWidth: number, indent = 0): Chunk[] {
  if (ctx.memo && indent === 0 && ctx.styles.body.measureOnly) return memoizedChunks(blocks, ctx.memo, ctx, width, landscapeWidth);
  const { styles } = ctx;
  const out: Chunk[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const h = styles.headings[block.level - 1];
        const lines = layoutText([{ text: block.number ? `${block.number}  ${block.text}` : block.text }], h.style, width);
        const chunks = lineChunks(lines, h.style, h.before, h.after, indent);
        for (const c of chunks) c.keepWithNext = true;
        chunks[0].anchors = [block.anchor];
        chunks[0].pageBreakBefore = block.level === 1;
        out.push(...chunks);
        break;
      }
      case 'paragraph':
        out.push(...lineChunks(layoutText(block.inlines, styles.body, width - indent), styles.body, 0, styles.bodyAfter, indent));
        break;
      case 'quote': {
        const inner = blockChunks(block.blocks, ctx, width, landscapeWidth, indent + INDENT);
        for (const c of inner) c.items = [{ t: 'rect', x: indent + 4, y: -c.before, w: 1.5, h: c.before + c.height + c.after, fill: 'C9D0DC' }, ...c.items];
        out.push(...inner);
        break;
      }
      case 'list': {
        const itemIndent = indent + INDENT;
        block.items.forEach((item, n) => {
          const chunks = blockChunks(item, ctx, width, landscapeWidth, itemIndent);
          const first = chunks.find((c) => c.items.some((it) => it.t === 'text'));
          if (first) {
            const text = first.items.find((it) => it.t === 'text')!;
            const marker = block.ordered ? `${n + 1}.` : indent ? '–' : '•';
            first.items = [
              { t: 'text', x: indent + 4, y: text.y, face: 'regular', size: styles.body.size, text: marker, width: 0, spaceExtra: 0 },
              ...first.items,
            ];
          }
          // Items follow each other closely; the list as a whole keeps the paragraph spacing.
          for (const c of chunks) if (c.after === styles.bodyAfter) c.after = 2;
          out.push(...chunks);
        });
        if (out.length) out[out.length - 1].after = styles.bodyAfter;
        break;
      }
      case 'table':
        out.push(...offsetChunks(tableChunks(block, ctx, width - indent, indent ? 0 : landscapeWidth), indent));
        break;
      case 'figure':
        out.push(...figureChunks(block, ctx, width));
        break;
      case 'chart': {
        const drawn = drawChart(block.chart, styles, Math.min(width, 420));
        out.push({ height: drawn.height, before: 8, after: 0, keepWithNext: true, items: offset(drawn.items, (width - drawn.width) / 2, 0) });
        out.push(...captionChunks(block.caption, ctx, width, false));
        break;
      }
      case 'rule':
        out.push({ height: 12, before: 0, after: 0, items: [{ t: 'rect', x: indent, y: 6, w: width - indent, h: 0.6, fill: BORDER }] });
        break;
    }
  }
  return out;
}

function memoizedChunks(blocks: RenderBlock[], memo: ChunkMemo, ctx: ChunkContext, width: number, landscapeWidth: number): Chunk[] {
  const inner = { ...ctx, memo: undefined };
  const out: Chunk[] = [];
  for (const block of blocks) {
    let known = memo.get(block);
    if (!known || known.width !== width) {
      known = { width, chunks: blockChunks([block], inner, width, landscapeWidth) };
      memo.set(block, known);
    }
    for (const chunk of known.chunks) out.push(chunk);
  }
  return out;
}

function offsetChunks(chunks: Chunk[], dx: number): Chunk[] {
  if (dx) for (const c of chunks) c.items = offset(c.items, dx, 0);
  return chunks;
}
