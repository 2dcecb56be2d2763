import type { Chunk, PlacedGroup } from './page-model';

/** A page being filled: its groups, its footnotes, and the cursor. */
export interface FlowPage {
  landscape: boolean;
  groups: PlacedGroup[];
  footnotes: number[];
  /** Height the footnotes take at the bottom, separator included. */
  footnoteHeight: number;
  /** Where each note is called on the page (top of its line or chunk): margin notes are set beside it. */
  calls: Array<{ n: number; y: number }>;
  y: number;
  pendingAfter: number;
  empty: boolean;
}

/** The text frame of a page, in points. */
export interface Frame {
  pageWidth: number;
  pageHeight: number;
  margin: number;
}

/** How much room a footnote takes at a page bottom (0 for a note printed in the margin). */
export type FootnoteHeight = (n: number) => number;

const SEPARATOR = 10;
const CHAIN_LIMIT = 12;

/**
 * Fills pages with chunks in order. Keeps chains of `keepWithNext` chunks together when they fit on a
 * fresh page, starts level-1 headings and orientation changes on a new page, repeats table headers,
 * and reserves the room of each footnote on the page where it is called.
 */
export class Paginator {
  readonly pages: FlowPage[] = [];
  readonly anchors = new Map<string, { page: number; y: number }>();
  private page!: FlowPage;

  constructor(
    private readonly frame: Frame,
    private readonly footnoteHeight: FootnoteHeight,
  ) {
    this.newPage(false);
  }

  private height(landscape: boolean): number {
    return (landscape ? this.frame.pageWidth : this.frame.pageHeight) - 2 * this.frame.margin;
  }

  /** Starts a new page (or turns the current one when nothing is on it yet). */
  newPage(landscape: boolean): void {
    if (this.page?.empty) {
      this.page.landscape = landscape;
      return;
    }
    this.page = { landscape, groups: [], footnotes: [], footnoteHeight: 0, calls: [], y: 0, pendingAfter: 0, empty: true };
    this.pages.push(this.page);
  }

  private footnoteRoom(chunk: Chunk): number {
    if (!chunk.footnotes) return 0;
    let h = 0;
    for (const n of chunk.footnotes) h += this.footnoteHeight(n);
    return h > 0 && this.page.footnoteHeight === 0 ? h + SEPARATOR : h;
  }

  private put(chunk: Chunk, before: number): void {
    const page = this.page;
    const y = page.y + before;
    page.groups.push({ dx: this.frame.margin, dy: this.frame.margin + y, items: chunk.items });
    if (chunk.anchors) for (const a of chunk.anchors) this.anchors.set(a, { page: this.pages.length - 1, y: this.frame.margin + y });
    if (chunk.footnotes) {
      page.footnoteHeight += this.footnoteRoom(chunk);
      page.footnotes.push(...chunk.footnotes);
      page.calls.push(...chunk.footnotes.map((n) => ({ n, y: this.frame.margin + y })));
    }
    page.y = y + chunk.height;
    page.pendingAfter = chunk.after;
    page.empty = false;
  }

  /** Room left for text on the current page, above its footnotes. */
  private limit(): number {
    return this.height(this.page.landscape) - this.page.footnoteHeight;
  }

  /** Space above `c` where it would go now: none at the top of a page. */
  private spaceBefore(c: Chunk): number {
    return this.page.empty ? 0 : this.page.pendingAfter + c.before;
  }

  /** Places chunks one after the other. */
  place(chunks: Chunk[]): void {
    // What is kept with a landscape table (its heading, an introducing line) goes on its page: never a
    // heading alone at the foot of a portrait page, or alone on one, before the turned page.
    const turned = chunks.map((c) => c.landscape === true);
    for (let i = chunks.length - 2; i >= 0; i--) if (chunks[i].keepWithNext && turned[i + 1]) turned[i] = true;
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      const landscape = turned[i];
      if (c.pageBreakBefore || landscape !== this.page.landscape) this.newPage(landscape);
      let chain = 0;
      if (c.keepWithNext) {
        for (let j = i + 1; j < chunks.length && j - i <= CHAIN_LIMIT; j++) {
          // A kept line's footnote needs its room too: else the last line goes alone to the next page.
          chain += chunks[j - 1].after + chunks[j].before + chunks[j].height + this.footnoteRoom(chunks[j]);
          if (!chunks[j].keepWithNext) break;
        }
      }
      if (!this.page.empty) {
        const fresh = this.height(landscape);
        const need = this.spaceBefore(c) + c.height + this.footnoteRoom(c);
        const chainFits = this.page.y + need + chain <= this.limit();
        // A chain too long for any page still keeps the chunk with the one after it (a heading with its first line or row).
        const next = chunks[i + 1];
        const firstOfChain = c.keepWithNext && next ? c.after + next.before + next.height : 0;
        if (!chainFits && c.height + chain <= fresh * 0.8) this.newPage(landscape);
        else if (this.page.y + need + (chainFits ? 0 : firstOfChain) > this.limit()) this.newPage(landscape);
        if (this.page.empty && c.repeat && c.repeat !== c) this.put(c.repeat, 0);
      }
      this.put(c, this.spaceBefore(c));
    }
  }
}
