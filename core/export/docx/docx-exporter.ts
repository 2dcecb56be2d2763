import { ChartRun } from 'docx/charts';
import {
  AlignmentType,
  Bookmark,
  LineRuleType,
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
  LevelFormat,
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
  /** Page of each heading and caption anchor, counted from the cover, to pre-fill the sommaire and the table des figures. */
  tocPages?: Map<string, number>;
  /** Column widths of each table in points, from the layout engine, so Word and LibreOffice set the columns as the PDF does. */
  tableWidths?: Map<RenderBlock, number[]>;
  /** The tables our layout set on landscape pages; without it, the tree's `wide` hint decides. */
  landscapeTables?: Set<RenderBlock>;
  /** Line heights of our layout, in points: written as exact spacing so Word and LibreOffice set the PDF's lines. */
  lineHeights?: DocxLineHeights;
}

/** The line pitch of each kind of paragraph, in points, as the layout engine sets it. */
export interface DocxLineHeights {
  body: number;
  headings: [number, number, number];
  caption: number;
  table: number;
  toc: number;
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
const COVER_RUN: Record<CoverLine['style'], { size: number; bold?: boolean; color?: string; after: number }> = {
  title: { size: 52, bold: true, color: '1F5FBF', after: 240 },
  subtitle: { size: 28, after: 200 },
  strong: { size: 26, bold: true, after: 160 },
  normal: { size: 24, after: 120 },
  small: { size: 22, after: 100 },
};

/** Paragraph and list spacing of our layout (layout-styles' bodyAfter, block-chunks' list items and indent), in twips. */
const BODY_AFTER_TWIPS = TYPE_SCALE.bodyAfter * 20;
const LIST_ITEM_AFTER_TWIPS = 40;
const LIST_INDENT_TWIPS = 360;

/** Points to the units Word counts in: twentieths of a point (spacing) and half points (font sizes). */
const twips = (pt: number) => Math.round(pt * 20);
const halfPoints = (pt: number) => Math.round(pt * 2);

/** One decimal, in the French locale (LCID 0x40C): a decimal comma in Word and LibreOffice alike. */
const FRENCH_ONE_DECIMAL = '[$-40C]0.0';

function coverSection(tree: RenderTree) {
  let zone: CoverLine['zone'] | null = null;
  const children = tree.coverLines.map((l) => {
    const look = COVER_RUN[l.style];
    const before = l.zone !== zone ? COVER_ZONE_BEFORE[l.zone] : 0;
    zone = l.zone;
    // An exact proportional line height: a wrapped title never overlaps itself (LibreOffice did with the Title style).
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before, after: look.after, line: 264, lineRule: LineRuleType.AUTO },
      children: [new TextRun({ text: l.text, size: look.size, bold: look.bold, color: look.color })],
    });
  });
  return { properties: { titlePage: true }, children };
}

/**
 * Writes the mémoire as a Word document from the render tree: real styles (Title, Heading 1–3 with
 * multilevel numbering, Caption, TOC), a sommaire field, header with the short title, footer
 * "page X / Y", cover section without numbering, footnotes and document properties in French.
 */
export async function exportDocx(tree: RenderTree, options: DocxOptions): Promise<Uint8Array> {
  const { preset } = options;
  const margin = convertMillimetersToTwip(preset.marginsCm * 10);
  // Exact line pitches when our layout gives them (its pages are then Word's and LibreOffice's),
  // proportional spacing otherwise.
  const lh = options.lineHeights;
  const pitch = (pt: number | undefined, auto: number) => (pt ? { line: Math.round(pt * 20), lineRule: LineRuleType.EXACT } : { line: auto });
  const notes = tree.footnotes.filter((f) => f.commentBy === undefined);
  const footnotes = Object.fromEntries(notes.map((f) => [f.number, { children: [new Paragraph({ children: [new TextRun(f.text)] })] }]));
  const comments = tree.footnotes
    .filter((f) => f.commentBy !== undefined)
    .map((f) => ({ id: f.number, author: f.commentBy, initials: initials(f.commentBy!), children: [new Paragraph({ children: [new TextRun(f.text)] })] }));

  // Pre-filled with the pages of our layout: LibreOffice does not update fields, Word does on opening.
  const pageOf = (anchor: string) => options.tocPages?.get(anchor);
  const front: Array<Paragraph | TableOfContents> = [
    new Paragraph({ style: 'TOCHeading', children: [new TextRun(tree.front.sommaireTitle)] }),
    new TableOfContents(tree.front.sommaireTitle, {
      hyperlink: true,
      headingStyleRange: '1-3',
      cachedEntries: tree.headings.map((h) => ({ title: sommaireTitle(h), level: h.level, page: pageOf(h.anchor), href: h.anchor })),
    }),
  ];
  // The lists of figures and tables, as Word fields over the SEQ numbers of the captions, before the annexes.
  const lists: Array<Paragraph | TableOfContents> = tree.endLists.flatMap((list) => [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ style: 'TOCHeading', children: [new Bookmark({ id: list.anchor, children: [new TextRun(list.title)] })] }),
    new TableOfContents(list.title, {
      hyperlink: true,
      captionLabelIncludingNumbers: list.anchor === 'table-des-figures' ? 'Figure' : 'Tableau',
      cachedEntries: list.entries.map((e) => ({ title: captionTitle(e), level: 1, page: pageOf(e.anchor), href: e.anchor })),
    }),
  ]);

  // Wide tables (the PAC's nine columns) get a landscape page of their own; the text stays in portrait.
  // A new group starts where the annexes do, so the lists go in front of them (its section break
  // already starts a page: the first list's page break is left out there).
  const groups: Array<{ landscape: boolean; blocks: RenderBlock[]; listsFirst: boolean }> = [];
  const turned = tree.body.map((block) => block.kind === 'table' && (options.landscapeTables ? options.landscapeTables.has(block) : block.wide));
  // A heading right before a turned table goes on its page, as in our layout.
  for (let i = turned.length - 2; i >= 0; i--) if (tree.body[i].kind === 'heading' && turned[i + 1]) turned[i] = true;
  tree.body.forEach((block, i) => {
    const landscape = turned[i];
    const last = groups[groups.length - 1];
    if (last && last.landscape === landscape && i !== tree.annexesAt) last.blocks.push(block);
    else groups.push({ landscape, blocks: [block], listsFirst: i === tree.annexesAt });
  });
  if (!groups.length) groups.push({ landscape: false, blocks: [], listsFirst: false });
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
    footnotes,
    ...(comments.length ? { comments: { children: comments } } : {}),
    styles: {
      default: {
        document: {
          run: { font: preset.font, size: preset.sizePt * 2, language: { value: 'fr-FR' } },
          paragraph: { spacing: pitch(lh?.body, Math.round(preset.lineSpacing * 240)) },
        },
        ...Object.fromEntries(
          TYPE_SCALE.headings.map((h, i) => [
            `heading${i + 1}`,
            {
              run: { font: preset.font, size: halfPoints(preset.sizePt + h.delta), bold: true, italics: h.italic, color: h.color },
              paragraph: { spacing: { before: twips(h.before), after: twips(h.after), ...(lh ? pitch(lh.headings[i], 240) : {}) }, keepNext: true },
            },
          ]),
        ),
        title: { run: { font: preset.font, size: 52, bold: true, color: '1F5FBF' }, paragraph: { spacing: { after: 400, line: 276 } } },
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
            spacing: { before: twips(TYPE_SCALE.caption.before), after: twips(TYPE_SCALE.caption.after), ...pitch(lh?.caption, 240) },
          },
        },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: halfPoints(preset.sizePt + TYPE_SCALE.table.delta) },
          paragraph: { spacing: { ...pitch(lh?.table, 240), before: 20, after: 20 } },
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
            spacing: { ...pitch(lh?.toc, Math.round(TYPE_SCALE.tocSpacing * 240)), before: level === 1 ? 80 : 0, after: 0 },
            indent: { left: (level - 1) * 320 },
          },
        })),
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          run: { bold: true, size: (preset.sizePt + 6) * 2 },
          paragraph: { spacing: { after: 240 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'headings',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
            { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 0, hanging: 0 } } } },
            {
              level: 2,
              format: LevelFormat.DECIMAL,
              text: '%1.%2.%3',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 0, hanging: 0 } } },
            },
          ],
        },
        // Text 18 pt further in per level, the marker 4 pt in: the PDF's list geometry.
        {
          reference: 'bullets',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level === 0 ? '•' : '–',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: LIST_INDENT_TWIPS * (level + 1), hanging: LIST_INDENT_TWIPS - 80 } } },
          })),
        },
        {
          reference: 'ordered',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: LIST_INDENT_TWIPS * (level + 1), hanging: LIST_INDENT_TWIPS - 80 } } },
          })),
        },
      ],
    },
    sections: [
      coverSection(tree),
      ...groups.map((group, i) => ({
        // Pages count from the cover (which shows no footer): NUMPAGES is then right in Word and in
        // LibreOffice, which leaves SECTIONPAGES empty.
        properties: {
          page: {
            size: { orientation: group.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: tree.front.shortTitle, italics: true, size: 18, color: '5D6678' })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: [`${tree.front.pageWord} `, PageNumber.CURRENT, ` ${tree.front.pageSeparator} `, PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...(i === 0 ? front : []),
          ...(group.listsFirst ? lists.slice(1) : []),
          ...convert(group.blocks, options),
          ...(listsAtEnd && i === groups.length - 1 ? lists : []),
        ],
      })),
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
