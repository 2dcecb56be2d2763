import type { FaceStyle } from './fonts';

/**
 * What a page shows, in points from the top-left corner of the box it belongs to. The PDF writer is
 * the only reader: it flips the y axis and encodes the text.
 */
export type PageItem =
  | {
      t: 'text';
      x: number;
      /** Baseline. */
      y: number;
      face: FaceStyle;
      size: number;
      text: string;
      width: number;
      /** Extra width added after each U+0020 (justification). */
      spaceExtra: number;
      color?: string;
    }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; lineWidth?: number }
  | { t: 'poly'; points: number[]; color: string; width: number; dash?: number }
  | { t: 'image'; id: string; x: number; y: number; w: number; h: number }
  | { t: 'link'; x: number; y: number; w: number; h: number; uri?: string; dest?: string };

/** A slice of content that moves to the next page as a whole: a line, a table row, an image. */
export interface Chunk {
  height: number;
  /** Space above (dropped at the top of a page) and below. */
  before: number;
  after: number;
  /** Stays on the same page as the chunk after it (headings, captions above tables, first lines). */
  keepWithNext?: boolean;
  pageBreakBefore?: boolean;
  landscape?: boolean;
  items: PageItem[];
  /** Anchors that point at this chunk (headings, captions). */
  anchors?: string[];
  /** Footnotes called on this line; they go to the bottom of the same page. */
  footnotes?: number[];
  /** The header row of the table this row belongs to, repeated at the top of each new page. */
  repeat?: Chunk;
}

/** A group of items placed on a page at an offset. */
export interface PlacedGroup {
  dx: number;
  dy: number;
  items: PageItem[];
}

/** One laid-out page. */
export interface LaidPage {
  width: number;
  height: number;
  kind: 'cover' | 'front' | 'body';
  /** The page's label as printed and shown by PDF viewers: "ii", "12". */
  label: string;
  groups: PlacedGroup[];
}

/** Where an anchor landed: page index in the whole document and its top, in points from the top. */
export interface AnchorPlace {
  page: number;
  y: number;
}
