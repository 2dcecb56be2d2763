import { ChartRun } from 'docx/charts';
import {
  AlignmentType,
  Bookmark,
  LineRuleType,
  NumberFormat,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  FootnoteReferenceRun,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { TYPE_SCALE } from '../../layout/layout-styles';
import {
  BODY_AFTER_TWIPS,
  HEADER_COLOR,
  LIST_ITEM_AFTER_TWIPS,
  MARGIN_TEXT_SIZE,
  halfPoints,
  docxNumbering,
  docxStyles,
  finishStyles,
  type DocxLineHeights,
} from './docx-styles';
import { replaceZipEntry } from './zip-entry';
import {
  captionTitle,
  isBlockSummary,
  isFigureCell,
  missingImageMessage,
  sommaireTitle,
  type Caption,
  type CoverLine,
  type Inline,
  type RenderBlock,
  type RenderTree,
} from '../../render/render-tree';
import type { LayoutPreset } from '../presets';
import { printableInfo } from '../../images/prepare-image';
import { AppError } from '../../errors';

/** Image bytes of the mémoire's attachments, by id. */
export type ImageSource = (attachmentId: string) => Uint8Array | null;

/** What the DOCX export needs besides the render tree. */
export interface DocxOptions {
  preset: LayoutPreset;
  images: ImageSource;
  /** Text width available for images, in pixels at 96 dpi. */
  maxImageWidthPx?: number;
  /** Page of each heading and caption anchor, as the body is numbered (from 1), to pre-fill the sommaire and the table des figures. */
  tocPages?: Map<string, number>;
  /** The body's pages in our layout: the footer's « page X / Y » total, pre-filled (LibreOffice cannot compute « all pages but the front matter »: a formula over NUMPAGES prints both numbers). */
  bodyPages?: number;
  /** Column widths of each table in points, from the layout engine, so Word and LibreOffice set the columns as the PDF does. */
  tableWidths?: Map<RenderBlock, number[]>;
  /** The tables our layout set on landscape pages; without it, the tree's `wide` hint decides. */
  landscapeTables?: Set<RenderBlock>;
  /** Line heights of our layout, in points: written as exact spacing so Word and LibreOffice set the PDF's lines. */
  lineHeights?: DocxLineHeights;
}

const HEADING_LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '9AA3B2' } as const;

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase())
    .join('')
    .slice(0, 4);
}

function runs(inlines: Inline[]): ParagraphChild[] {
  return inlines.flatMap((i): ParagraphChild[] => {
    // A reviewer's comment of the « version annotée » is a Word comment, shown in Word's margin.
    if (i.footnote && i.comment)
      return [new CommentRangeStart(i.footnote), new CommentRangeEnd(i.footnote), new TextRun({ children: [new CommentReference(i.footnote)] })];
    if (i.footnote) return [new FootnoteReferenceRun(i.footnote)];
    const parts = i.text.split('\n');
    const textRuns = parts.map(
      (part, n) =>
        new TextRun({
          text: part,
          bold: i.bold,
          italics: i.italic,
          underline: i.underline ? {} : undefined,
          strike: i.strike,
          break: n > 0 ? 1 : undefined,
          style: i.href ? 'Hyperlink' : undefined,
        }),
    );
    return i.href ? [new ExternalHyperlink({ link: i.href, children: textRuns })] : textRuns;
  });
}

/** "Figure 3 : …" with the number as a SEQ field (cached), so Word's table of figures finds it. */
function captionParagraph(caption: Caption, keepNext = false): Paragraph {
  return new Paragraph({
    style: 'Caption',
    keepNext: keepNext || caption.label === 'Tableau',
    children: [
      new Bookmark({
        id: caption.anchor,
        children: [
          new TextRun(`${caption.label} `),
          new SimpleField(`SEQ ${caption.label} \\* ARABIC`, String(caption.number)),
          new TextRun(`\u00a0: ${caption.text}`),
        ],
      }),
    ],
  });
}

function table(block: Extract<RenderBlock, { kind: 'table' }>, widths: number[] | undefined, keepNext = false): Array<Paragraph | Table> {
  const columns = Math.max(block.header?.length ?? 0, ...block.rows.map((r) => r.length), 1);
  const twips = widths?.length === columns ? widths.map((w) => Math.round(w * 20)) : null;
  const makeCell = (content: Inline[], header: boolean, fill: string | null | undefined, column: number, keep = false) => {
    const shade = header ? 'E8EDF5' : fill;
    return new TableCell({
      children: [
        new Paragraph({
          style: header ? 'TableHeading' : 'TableText',
          keepNext: keep || undefined,
          alignment: !header && isFigureCell(content) ? AlignmentType.RIGHT : undefined,
          children: runs(content),
        }),
      ],
      shading: shade ? { fill: shade, type: 'clear', color: 'auto' } : undefined,
      width: twips ? { size: twips[column], type: WidthType.DXA } : undefined,
    });
  };
  const pad = (cells: Inline[][]) => [...cells, ...Array.from({ length: columns - cells.length }, () => [] as Inline[])];
  const rows: TableRow[] = [];
  // Header rows repeat at the top of each page; `tableHeader: false` is omitted, some readers take it for true.
  if (block.header) rows.push(new TableRow({ tableHeader: true, cantSplit: true, children: pad(block.header).map((c, k) => makeCell(c, true, null, k)) }));
  const last = block.rows.length - 1;
  block.rows.forEach((row, r) =>
    rows.push(new TableRow({ cantSplit: true, children: pad(row).map((c, k) => makeCell(c, false, block.fills?.[r]?.[k], k, keepNext && r === last)) })),
  );
  const out: Array<Paragraph | Table> = [];
  if (block.caption) out.push(captionParagraph(block.caption));
  // Borders set once on the table rather than on each cell: the same lines, far less XML to build.
  out.push(
    new Table({
      rows,
      ...(twips
        ? { columnWidths: twips, layout: TableLayoutType.FIXED, width: { size: twips.reduce((a, b) => a + b, 0), type: WidthType.DXA } }
        : { width: { size: 100, type: WidthType.PERCENTAGE } }),
      margins: { left: 80, right: 80, top: 0, bottom: 0 },
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    }),
  );
  out.push(new Paragraph({ style: 'TableText', keepNext: keepNext || undefined, children: [] }));
  return out;
}

/** Converts render blocks to Word paragraphs and tables. */
function convert(blocks: RenderBlock[], options: DocxOptions, listLevel = 0): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  for (const [k, block] of blocks.entries()) {
    // A block's summary stays on the page of what it sums up, as in our layout.
    const keepWithSummary = isBlockSummary(blocks[k + 1]);
    switch (block.kind) {
      case 'heading': {
        const numbered = block.number !== null;
        const props: IParagraphOptions = {
          heading: HEADING_LEVELS[block.level - 1],
          numbering: numbered ? { reference: 'headings', level: block.level - 1 } : undefined,
          pageBreakBefore: block.level === 1,
          keepNext: true,
          children: [new Bookmark({ id: block.anchor, children: [new TextRun(block.text)] })],
        };
        out.push(new Paragraph(props));
        break;
      }
      case 'paragraph':
        out.push(new Paragraph({ style: 'BodyText', children: runs(block.inlines) }));
        break;
      case 'quote':
        out.push(...convert(block.blocks, options, listLevel));
        break;
      case 'list':
        block.items.forEach((item, n) => {
          item.forEach((b, i) => {
            if (b.kind === 'paragraph' && i === 0) {
              // Items close together, the list as a whole spaced like a paragraph: as our layout sets it.
              const after = n === block.items.length - 1 ? BODY_AFTER_TWIPS : LIST_ITEM_AFTER_TWIPS;
              out.push(
                new Paragraph({
                  style: 'BodyText',
                  spacing: { after },
                  children: runs(b.inlines),
                  numbering: { reference: block.ordered ? 'ordered' : 'bullets', level: Math.min(listLevel, 2) },
                }),
              );
            } else out.push(...convert([b], options, listLevel + 1));
          });
        });
        break;
      case 'table':
        out.push(...table(block, options.tableWidths?.get(block), keepWithSummary));
        break;
      case 'figure': {
        const data = block.attachmentId ? options.images(block.attachmentId) : null;
        if (!data) throw new AppError('unknown-attachment', block.attachmentId ?? '', missingImageMessage(block.caption, block.alt));
        const info = printableInfo(data, block.caption.text || block.alt);
        const maxWidth = ((options.maxImageWidthPx ?? 600) * block.widthPercent) / 100;
        const scale = Math.min(1, maxWidth / info.width);
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            // The 8 pt above an image our layout leaves (block-chunks' figure).
            spacing: { before: 160, line: 240, lineRule: 'auto' },
            children: [
              new ImageRun({
                type: info.type,
                data,
                transformation: { width: Math.round(info.width * scale), height: Math.round(info.height * scale) },
                altText: { name: block.alt, description: block.caption.text, title: block.caption.text },
              }),
            ],
          }),
        );
        out.push(captionParagraph(block.caption, keepWithSummary));
        break;
      }
      case 'chart': {
        const { chart } = block;
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            // Single spacing: with the body's proportional spacing, LibreOffice squeezes the chart to a line.
            spacing: { line: 240, lineRule: 'auto' },
            children: [
              new ChartRun({
                type: chart.type,
                categories: chart.categories,
                series: [
                  ...chart.series.map((s) => ({ name: s.name, values: s.values, color: s.color, ...(chart.type === 'line' ? { markers: true } : {}) })),
                  // The reference line as Word draws one: a dashed series of constant value, without markers or labels.
                  ...(chart.target
                    ? [
                        {
                          name: chart.target.label,
                          values: chart.categories.map(() => chart.target!.value),
                          color: chart.target.color,
                          markers: false,
                          dataLabels: false as const,
                          line: { color: chart.target.color, width: 1, dash: 'dash' as const },
                        },
                      ]
                    : []),
                ],
                legend: { position: 'bottom' },
                // A French locale on the format: the labels read « 33,3 » whatever the reader's own locale.
                dataLabels: chart.type === 'column' ? { value: true, numberFormat: FRENCH_ONE_DECIMAL } : undefined,
                valueAxis: { numberFormat: chart.unit === '%' ? '0" %"' : undefined, minimum: 0 },
                font: { name: options.preset.font },
                transformation: { width: 560, height: 300 },
                altText: { name: block.caption.text, description: block.caption.text, title: block.caption.text },
              }),
            ],
          }),
        );
        out.push(captionParagraph(block.caption, keepWithSummary));
        break;
      }
      case 'rule':
        out.push(new Paragraph({ border: { bottom: BORDER }, children: [] }));
        break;
    }
  }
  return out;
}

// The cover's zones spread down the page as in the PDF: space before each zone's first line (twips).
const COVER_ZONE_BEFORE: Record<CoverLine['zone'], number> = { top: 0, title: 2600, people: 2400, bottom: 2200 };
/** Space under each cover line, in twips, by its style. */
const COVER_AFTER: Record<CoverLine['style'], number> = { title: 240, subtitle: 200, strong: 160, normal: 120, small: 100 };

/** One decimal, in the French locale (LCID 0x40C): a decimal comma in Word and LibreOffice alike. */
const FRENCH_ONE_DECIMAL = '[$-40C]0.0';

function coverSection(tree: RenderTree) {
  let zone: CoverLine['zone'] | null = null;
  const children = tree.coverLines.map((l) => {
    const look: { size: number; bold?: boolean; color?: string } = TYPE_SCALE.cover[l.style];
    const before = l.zone !== zone ? COVER_ZONE_BEFORE[l.zone] : 0;
    zone = l.zone;
    // An exact proportional line height: a wrapped title never overlaps itself (LibreOffice did with the Title style).
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: COVER_AFTER[l.style], line: 264, lineRule: LineRuleType.AUTO },
      children: [new TextRun({ text: l.text, size: halfPoints(look.size), bold: look.bold, color: look.color })],
    });
  });
  // The cover is page i (it shows no number), as in the PDF's page labels.
  return { properties: { titlePage: true, page: { pageNumbers: { start: 1, formatType: NumberFormat.LOWER_ROMAN } } }, children };
}

/** The footnotes, and a reviewer's comments of the « version annotée » as Word comments. */
function notesAndComments(tree: RenderTree) {
  const paragraph = (text: string) => [new Paragraph({ children: [new TextRun(text)] })];
  const footnotes = Object.fromEntries(tree.footnotes.filter((f) => f.commentBy === undefined).map((f) => [f.number, { children: paragraph(f.text) }]));
  const comments = tree.footnotes.flatMap((f) =>
    f.commentBy === undefined ? [] : [{ id: f.number, author: f.commentBy, initials: initials(f.commentBy), children: paragraph(f.text) }],
  );
  return { footnotes, ...(comments.length ? { comments: { children: comments } } : {}) };
}

/** The sommaire field, pre-filled with the pages of our layout (LibreOffice does not update fields, Word does on opening). */
function sommaire(tree: RenderTree, pageOf: (anchor: string) => number | undefined): Array<Paragraph | TableOfContents> {
  return [
    new Paragraph({ style: 'TOCHeading', children: [new TextRun(tree.front.sommaireTitle)] }),
    new TableOfContents(tree.front.sommaireTitle, {
      hyperlink: true,
      headingStyleRange: '1-3',
      cachedEntries: tree.headings.map((h) => ({ title: sommaireTitle(h), level: h.level, page: pageOf(h.anchor), href: h.anchor })),
    }),
  ];
}

/** The lists of figures and tables, as Word fields over the SEQ numbers of the captions, each on a new page. */
function endLists(tree: RenderTree, pageOf: (anchor: string) => number | undefined): Array<Paragraph | TableOfContents> {
  return tree.endLists.flatMap((list) => [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ style: 'TOCHeading', children: [new Bookmark({ id: list.anchor, children: [new TextRun(list.title)] })] }),
    new TableOfContents(list.title, {
      hyperlink: true,
      captionLabelIncludingNumbers: list.anchor === 'table-des-figures' ? 'Figure' : 'Tableau',
      cachedEntries: list.entries.map((e) => ({ title: captionTitle(e), level: 1, page: pageOf(e.anchor), href: e.anchor })),
    }),
  ]);
}

/** The preset's margin on the four sides, in twips. */
type PageMargins = { top: number; bottom: number; left: number; right: number };

/** A run of body blocks set on pages of one orientation; `listsFirst` where the annexes start. */
interface PageGroup {
  landscape: boolean;
  blocks: RenderBlock[];
  listsFirst: boolean;
}

/**
 * The body cut where the orientation changes: wide tables (the PAC's nine columns) get a landscape
 * page of their own, with the heading right before them as in our layout; the text stays in portrait.
 * A new group starts where the annexes do, so the lists go in front of them.
 */
function pageGroups(tree: RenderTree, options: DocxOptions): PageGroup[] {
  const groups: PageGroup[] = [];
  const turned = tree.body.map((block) => block.kind === 'table' && (options.landscapeTables ? options.landscapeTables.has(block) : block.wide));
  for (let i = turned.length - 2; i >= 0; i--) if (tree.body[i].kind === 'heading' && turned[i + 1]) turned[i] = true;
  tree.body.forEach((block, i) => {
    const landscape = turned[i];
    const last = groups[groups.length - 1];
    if (last && last.landscape === landscape && i !== tree.annexesAt) last.blocks.push(block);
    else groups.push({ landscape, blocks: [block], listsFirst: i === tree.annexesAt });
  });
  if (!groups.length) groups.push({ landscape: false, blocks: [], listsFirst: false });
  return groups;
}

/** The front matter (sommaire) on its own pages, numbered in small roman numerals after the cover, without running header, as in the PDF. */
function frontSection(tree: RenderTree, pageOf: (anchor: string) => number | undefined, margin: PageMargins) {
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: MARGIN_TEXT_SIZE })] })],
  });
  return {
    properties: {
      page: { margin, pageNumbers: { formatType: NumberFormat.LOWER_ROMAN } },
    },
    headers: { default: new Header({ children: [] }) },
    footers: { default: footer },
    children: sommaire(tree, pageOf),
  };
}

/** The running header (the short title, right) and the footer « page X / Y » of every body page. */
function marginTexts(tree: RenderTree, bodyPages: number | undefined) {
  const header = new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: tree.front.shortTitle, italics: true, size: MARGIN_TEXT_SIZE, color: HEADER_COLOR })],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [
              `${tree.front.pageWord} `,
              PageNumber.CURRENT,
              ` ${tree.front.pageSeparator} `,
              bodyPages === undefined ? PageNumber.TOTAL_PAGES : String(bodyPages),
            ],
            size: MARGIN_TEXT_SIZE,
          }),
        ],
      }),
    ],
  });
  return { headers: { default: header }, footers: { default: footer } };
}

/**
 * Writes the mémoire as a Word document from the render tree: real styles (Title, Heading 1–3 with
 * multilevel numbering, Caption, TOC), a sommaire field, header with the short title, footer
 * "page X / Y", cover section without numbering, footnotes and document properties in French.
 */
export async function exportDocx(tree: RenderTree, options: DocxOptions): Promise<Uint8Array> {
  const side = convertMillimetersToTwip(options.preset.marginsCm * 10);
  const margin: PageMargins = { top: side, bottom: side, left: side, right: side };
  const pageOf = (anchor: string) => options.tocPages?.get(anchor);
  const lists = endLists(tree, pageOf);
  const groups = pageGroups(tree, options);
  const listsAtEnd = !groups.some((g) => g.listsFirst);
  const doc = new Document({
    creator: tree.properties.author,
    title: tree.properties.title,
    subject: tree.properties.subject,
    keywords: tree.properties.keywords.join(', '),
    description: tree.properties.description,
    features: { updateFields: true },
    // Word's side of our hyphenation rules: at most two hyphenated lines in a row, words in capitals never split.
    hyphenation: { autoHyphenation: true, consecutiveHyphenLimit: 2, doNotHyphenateCaps: true },
    ...notesAndComments(tree),
    styles: docxStyles(options.preset, options.lineHeights),
    numbering: docxNumbering(),
    sections: [
      coverSection(tree),
      frontSection(tree, pageOf, margin),
      ...groups.map((group, i) => ({
        // The body is numbered from 1 (the PDF's page labels); the sections after the first continue it.
        properties: {
          page: {
            size: { orientation: group.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin,
            pageNumbers: { ...(i === 0 ? { start: 1 } : {}), formatType: NumberFormat.DECIMAL },
          },
        },
        // A header and footer of its own for each section, as Word writes them.
        ...marginTexts(tree, options.bodyPages),
        // Where the annexes start, the section break already starts a page: the first list's page break is left out.
        children: [...(group.listsFirst ? lists.slice(1) : []), ...convert(group.blocks, options), ...(listsAtEnd && i === groups.length - 1 ? lists : [])],
      })),
    ],
  });
  return replaceZipEntry(await Packer.toBuffer(doc), 'word/styles.xml', finishStyles(options.preset));
}
