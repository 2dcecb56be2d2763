import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import { TYPE_SCALE } from '../../layout/layout-styles';
import { NEUTRAL_COLOR } from '../../schema/blocks/block-colors';
import type { LayoutPreset } from '../presets';

/** The line pitch of each kind of paragraph, in points, as the layout engine sets it. */
export interface DocxLineHeights {
  body: number;
  headings: [number, number, number];
  caption: number;
  table: number;
  toc: number;
}

/** Points to the units Word counts in: twentieths of a point (spacing) and half points (font sizes). */
export const twips = (pt: number) => Math.round(pt * 20);
export const halfPoints = (pt: number) => Math.round(pt * 2);

/** Word's proportional spacing: 240 is single spacing. */
const SINGLE = 240;

/** Paragraph and list spacing of our layout (layout-styles' bodyAfter, block-chunks' list items and indent), in twips. */
export const BODY_AFTER_TWIPS = twips(TYPE_SCALE.bodyAfter);
export const LIST_ITEM_AFTER_TWIPS = twips(2);
const LIST_INDENT_TWIPS = twips(18);
/** The list marker sits 4 pt into the indent, as in the PDF. */
const LIST_MARKER_TWIPS = twips(4);
/** Each sommaire level is 16 pt further in; a level-1 entry has 4 pt above it. */
const TOC_LEVEL_INDENT_TWIPS = twips(16);
const TOC_LEVEL1_BEFORE_TWIPS = twips(4);
/** A cell's text has 1 pt above and below it. */
const CELL_PADDING_TWIPS = twips(1);
/** The Word « Title » style spacing (the cover itself is written by zones); the sommaire's heading is 6 pt over the body. */
const TITLE_AFTER_TWIPS = twips(20);
const TITLE_LINE = Math.round(1.15 * SINGLE);
const TOC_HEADING_DELTA_PT = 6;
const TOC_HEADING_AFTER_TWIPS = twips(12);
/** The running header and the footer, small. */
export const MARGIN_TEXT_SIZE = halfPoints(9);
export const HEADER_COLOR = NEUTRAL_COLOR;

/** Exact line pitches when our layout gives them (its pages are then Word's and LibreOffice's), proportional spacing otherwise. */
function pitch(pt: number | undefined, proportional: number) {
  return pt ? { line: twips(pt), lineRule: LineRuleType.EXACT } : { line: proportional };
}

/**
 * The Word stylesheet: the preset's font and size, headings, body text, captions, table text and the
 * sommaire's entries, each with our layout's spacing and, when given, its exact line pitch.
 */
export function docxStyles(preset: LayoutPreset, lh: DocxLineHeights | undefined): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: preset.font, size: halfPoints(preset.sizePt), language: { value: 'fr-FR' } },
        paragraph: { spacing: pitch(lh?.body, Math.round(preset.lineSpacing * SINGLE)) },
      },
      ...Object.fromEntries(
        TYPE_SCALE.headings.map((h, i) => [
          `heading${i + 1}`,
          {
            run: { font: preset.font, size: halfPoints(preset.sizePt + h.delta), bold: true, italics: h.italic, color: h.color },
            paragraph: { spacing: { before: twips(h.before), after: twips(h.after), ...(lh ? pitch(lh.headings[i], SINGLE) : {}) }, keepNext: true },
          },
        ]),
      ),
      title: {
        run: { font: preset.font, size: halfPoints(TYPE_SCALE.cover.title.size), bold: true, color: TYPE_SCALE.cover.title.color },
        paragraph: { spacing: { after: TITLE_AFTER_TWIPS, line: TITLE_LINE } },
      },
    },
    paragraphStyles: [
      {
        id: 'BodyText',
        name: 'Body Text',
        basedOn: 'Normal',
        next: 'BodyText',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: BODY_AFTER_TWIPS } },
      },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'BodyText',
        quickFormat: true,
        run: { italics: true, size: halfPoints(preset.sizePt + TYPE_SCALE.caption.delta), color: TYPE_SCALE.caption.color },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: twips(TYPE_SCALE.caption.before), after: twips(TYPE_SCALE.caption.after), ...pitch(lh?.caption, SINGLE) },
        },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: halfPoints(preset.sizePt + TYPE_SCALE.table.delta) },
        paragraph: { spacing: { ...pitch(lh?.table, SINGLE), before: CELL_PADDING_TWIPS, after: CELL_PADDING_TWIPS } },
      },
      { id: 'TableHeading', name: 'Table Heading', basedOn: 'TableText', run: { bold: true } },
      // Sommaire entries as the PDF sets them (the pre-filled page numbers come from that layout).
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: level === 1 },
        paragraph: {
          spacing: { ...pitch(lh?.toc, Math.round(TYPE_SCALE.tocSpacing * SINGLE)), before: level === 1 ? TOC_LEVEL1_BEFORE_TWIPS : 0, after: 0 },
          indent: { left: (level - 1) * TOC_LEVEL_INDENT_TWIPS },
        },
      })),
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        run: { bold: true, size: halfPoints(preset.sizePt + TOC_HEADING_DELTA_PT) },
        paragraph: { spacing: { after: TOC_HEADING_AFTER_TWIPS } },
      },
    ],
  };
}

/** Puts `element` first in the paragraph properties that `opening` (a regular expression ending at `<w:pPr>`) finds. */
function firstInParagraphProperties(stylesXml: string, opening: RegExp, element: string, what: string): string {
  if (!opening.test(stylesXml)) throw new Error(`Feuille de styles Word : ${what} est introuvable`);
  return stylesXml.replace(opening, `$1${element}`);
}

const paragraphStyle = (id: string) => new RegExp(`(<w:style w:type="paragraph" w:styleId="${id}">(?:(?!</w:style>).)*?<w:pPr>)`, 's');

/**
 * Hyphenation where our layout hyphenates, and only there: running text and footnotes, never table
 * cells, headings, captions, the sommaire or the cover. The document's default paragraph turns it off
 * and Body Text and the footnotes turn it back on (`w:suppressAutoHyphens`, first in `w:pPr` as the
 * schema orders it), which the `docx` library cannot write.
 */
function hyphenationAsLaidOut(stylesXml: string): string {
  let xml = firstInParagraphProperties(stylesXml, /(<w:pPrDefault><w:pPr>)/, '<w:suppressAutoHyphens/>', 'le paragraphe par défaut');
  for (const id of ['BodyText', 'FootnoteText'])
    xml = firstInParagraphProperties(xml, paragraphStyle(id), '<w:suppressAutoHyphens w:val="0"/>', `le style ${id}`);
  return xml;
}

/**
 * A note's call is set at our layout's size and raise (`w:sz`, `w:position`), not as Word's or
 * LibreOffice's own superscript (about 58 % or 65 % of the text): its width is then the one our
 * line breaking measured, and a line ending on a call breaks where the PDF's does.
 */
function noteCallsAsLaidOut(stylesXml: string, preset: LayoutPreset): string {
  const style = /(<w:style w:type="character" w:styleId="FootnoteReference">(?:(?!<\/w:style>).)*?<w:rPr>)<w:vertAlign w:val="superscript"\/>/s;
  if (!style.test(stylesXml)) throw new Error('Feuille de styles Word : le style FootnoteReference est introuvable');
  const size = halfPoints(preset.sizePt * TYPE_SCALE.noteCall.scale);
  const rise = halfPoints(preset.sizePt * TYPE_SCALE.noteCall.rise);
  return stylesXml.replace(style, `$1<w:position w:val="${rise}"/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`);
}

/** What the stylesheet needs that the docx library cannot write, added to its XML after packing. */
export function finishStyles(preset: LayoutPreset): (stylesXml: string) => string {
  return (stylesXml) => noteCallsAsLaidOut(hyphenationAsLaidOut(stylesXml), preset);
}

/** The list levels of one kind of list: text 18 pt further in per level, the marker 4 pt in (the PDF's list geometry). */
function listLevels(format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) {
  return [0, 1, 2].map((level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: LIST_INDENT_TWIPS * (level + 1), hanging: LIST_INDENT_TWIPS - LIST_MARKER_TWIPS } } },
  }));
}

/** The numbering of headings (1, 1.1, 1.1.1, flush left) and of bulleted and numbered lists. */
export function docxNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: 'headings',
        levels: ['%1', '%1.%2', '%1.%2.%3'].map((text, level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 0, hanging: 0 } } },
        })),
      },
      { reference: 'bullets', levels: listLevels(LevelFormat.BULLET, (level) => (level === 0 ? '•' : '–')) },
      { reference: 'ordered', levels: listLevels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
    ],
  };
}
