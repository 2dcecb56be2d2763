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
    bodyAfter: 6,
    headings: [
      { style: style(size + 6, 1, { bold: true, color: '1D2433' }), before: 12, after: 12 },
      { style: style(size + 3, 1, { bold: true, color: '1D2433' }), before: 12, after: 6 },
      { style: style(size + 1, 1, { bold: true, italic: true }), before: 10, after: 5 },
    ],
    caption: style(size - 1, 1, { italic: true, align: 'center', color: '444C5C' }),
    // Ragged right without hyphenation in cells: narrow columns broke words every other line.
    table: style(size - 2, 1),
    tableHeader: style(size - 2, 1, { bold: true }),
    footnote: style(size - 2, 1, { hyphenate: true }),
    toc: style(size, 1.25),
    small: style(9, 1, { color: '5D6678' }),
  };
}
