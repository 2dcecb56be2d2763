import { ACCENT_COLOR } from '../schema/blocks/block-colors';
import type { LayoutPreset } from '../export/presets';
import type { FontFamily } from './fonts';
import type { TextStyle } from './text-layout';

const CM = 72 / 2.54;

/** Page geometry and text styles of a preset, in points; the same values the DOCX styles use. */
export interface LayoutStyles {
  family: FontFamily;
  page: { width: number; height: number; margin: number };
  body: TextStyle;
  bodyAfter: number;
  headings: Array<{ style: TextStyle; before: number; after: number }>;
  caption: TextStyle;
  table: TextStyle;
  tableHeader: TextStyle;
  footnote: TextStyle;
  toc: TextStyle;
  small: TextStyle;
}

/**
 * How tall a line is: "word" sets "1.5 lines" at 1.5 × the font's own line height (Word, and the
 * PDF); "writer" at 1.5 × the font size, as LibreOffice Writer lays out the DOCX.
 */
export type LineModel = 'word' | 'writer';

/**
 * The type scale both formats set (our layout and the DOCX styles): sizes relative to the preset's,
 * spacing in points. One table, so Word, LibreOffice and the PDF set the same lines.
 */
export const TYPE_SCALE = {
  headings: [
    { delta: 6, before: 12, after: 12, italic: false, color: '1D2433' },
    { delta: 3, before: 12, after: 6, italic: false, color: '1D2433' },
    { delta: 1, before: 10, after: 5, italic: true, color: undefined },
  ],
  caption: { delta: -1, before: 3, after: 10, color: '444C5C' },
  table: { delta: -2 },
  footnote: { delta: -2 },
  /** A note's call in the text: its size and how far it is raised, as fractions of the text's size. */
  noteCall: { scale: 0.62, rise: 0.33 },
  bodyAfter: 6,
  tocSpacing: 1.25,
  /** The cover's lines by their style, in points (each format spaces them its own way). */
  cover: {
    title: { size: 26, bold: true, color: ACCENT_COLOR },
    subtitle: { size: 14 },
    strong: { size: 13, bold: true },
    normal: { size: 12 },
    small: { size: 11 },
  },
} as const;

/** A4 with the preset's font, size, line spacing and margins. */
export function layoutStyles(preset: LayoutPreset, family: FontFamily, lineModel: LineModel = 'word', measureOnly = false): LayoutStyles {
  const single = family.faces.regular.lineHeight;
  const size = preset.sizePt;
  const style = (s: number, spacing: number, extra: Partial<TextStyle> = {}): TextStyle => ({
    family,
    size: s,
    lineHeight: lineModel === 'writer' && spacing !== 1 ? s * spacing : s * single * spacing,
    align: 'left',
    measureOnly,
    ...extra,
  });
  return {
    family,
    page: { width: 595.28, height: 841.89, margin: preset.marginsCm * CM },
    body: style(size, preset.lineSpacing, { align: 'justify', hyphenate: true }),
    bodyAfter: TYPE_SCALE.bodyAfter,
    headings: TYPE_SCALE.headings.map((h) => ({
      style: style(size + h.delta, 1, { bold: true, italic: h.italic, color: h.color }),
      before: h.before,
      after: h.after,
    })),
    caption: style(size + TYPE_SCALE.caption.delta, 1, { italic: true, align: 'center', color: TYPE_SCALE.caption.color }),
    // Ragged right without hyphenation in cells: narrow columns broke words every other line.
    table: style(size + TYPE_SCALE.table.delta, 1),
    tableHeader: style(size + TYPE_SCALE.table.delta, 1, { bold: true }),
    footnote: style(size + TYPE_SCALE.footnote.delta, 1, { hyphenate: true }),
    toc: style(size, TYPE_SCALE.tocSpacing),
    small: style(9, 1, { color: '5D6678' }),
  };
}
