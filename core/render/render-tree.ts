import type { PmNode } from '../model/document';
import type { MemoireMeta } from '../model/metadata';
import { flattenSections, type MemoireTemplate, type TemplateSection } from '../referential/template-schema';
import { blockSpec } from '../schema/blocks/registry';
import { normalizeBlockData, type BlockData, type BlockName } from '../schema/blocks/block-spec';
import { nounCount, parseFrNumber } from '../schema/blocks/parse-values';
import { blockPrintForm } from './block-print';
import { frenchTypography, frenchText } from './french-typography';

/** A run of text with its formatting, or a footnote call. */
export interface Inline {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  href?: string;
  /** Set on a footnote call: its number (the text is empty). */
  footnote?: number;
  /** Set with `footnote` when the note is a reviewer's comment of the « version annotée ». */
  comment?: boolean;
}

/** A numbered caption: "Figure 3 : Organigramme", "Tableau 2 : Grille go / no go". */
export interface Caption {
  label: 'Figure' | 'Tableau';
  number: number;
  text: string;
  anchor: string;
}

/** One block of the printed mémoire, whatever the output format. */
export type RenderBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; number: string | null; text: string; anchor: string; sectionId: string | null }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'quote'; blocks: RenderBlock[] }
  | { kind: 'list'; ordered: boolean; items: RenderBlock[][] }
  | {
      kind: 'table';
      header: Inline[][] | null;
      rows: Inline[][][];
      caption: Caption | null;
      wide: boolean;
      source: string;
      /** Background colour of body cells (hex), by row and column: the PAC calendar's bars, the SWOT's quadrants. */
      fills?: Array<Array<string | null>>;
      /** Columns of one width whatever their text (the SWOT's two-by-two grid). */
      equalColumns?: boolean;
    }
  | { kind: 'figure'; attachmentId: string | null; alt: string; widthPercent: number; caption: Caption }
  | { kind: 'chart'; chart: ChartSpec; caption: Caption }
  | { kind: 'rule' };

/** A chart drawn from a business block, vector in both formats (a DrawingML chart in DOCX, paths in PDF). */
export interface ChartSpec {
  type: 'column' | 'line';
  categories: string[];
  series: Array<{ name: string; values: Array<number | null>; color: string }>;
  /** Unit of the values, shown on the axis ("%", "€"). */
  unit: string;
  /** A reference line across the plot (the KPI chart's objective, 100 %), drawn by every format. */
  target?: { value: number; label: string; color: string };
}

/**
 * One line of the cover, in the zone of the page it belongs to (school and certification at the top,
 * the title in the upper third, the people below, date and confidentiality at the foot). Written once
 * here; each exporter only sets it in its own way.
 */
export interface CoverLine {
  zone: 'top' | 'title' | 'people' | 'bottom';
  style: 'title' | 'subtitle' | 'strong' | 'normal' | 'small';
  text: string;
}

/**
 * The words around the body every format prints the same: the sommaire's title, the running header
 * (the title, shortened) and the footer « page 3 / 48 » (its two words; each format puts the numbers).
 */
export interface FrontMatter {
  sommaireTitle: string;
  shortTitle: string;
  pageWord: string;
  pageSeparator: string;
}

const SHORT_TITLE_MAX = 70;

/** The running header's title: the mémoire's, cut at a word short of 70 characters. */
export function frontMatter(title: string): FrontMatter {
  const cut = title.length > SHORT_TITLE_MAX ? `${title.slice(0, SHORT_TITLE_MAX - 3).replace(/\s+\S*$/, '')}…` : title;
  return { sommaireTitle: 'Sommaire', shortTitle: cut, pageWord: 'page', pageSeparator: '/' };
}

/** A sommaire line's text: « 2.1 Diagnostic externe », or the title alone when unnumbered. */
export function sommaireTitle(h: { number: string | null; text: string }): string {
  return h.number ? `${h.number}\u2002${h.text}` : h.text;
}

/** Why an export stops on a figure whose image is missing or unreadable: the same French words in every format. */
export function missingImageMessage(caption: Caption, alt: string): string {
  return `Image introuvable ou illisible dans le mémoire : « ${caption.text || alt} ». Remplacez-la puis exportez à nouveau.`;
}

/** The printed mémoire: cover data, body, and the lists the sommaire, table of figures and notes need. */
export interface RenderTree {
  cover: MemoireMeta;
  coverLines: CoverLine[];
  /** The file's properties (PDF Info and XMP, DOCX core properties). */
  properties: DocumentProperties;
  front: FrontMatter;
  body: RenderBlock[];
  headings: Array<{ level: number; number: string | null; text: string; anchor: string }>;
  captions: Caption[];
  /** `commentBy`: a reviewer's comment of the « version annotée » (PDF margin, Word comment), and its author. */
  footnotes: Array<{ number: number; text: string; commentBy?: string }>;
  /** The lists printed after the body and before the annexes (each only when it has entries). */
  endLists: EndList[];
  /** Index in `body` where the annexes section starts (`body.length` without one): the lists go there. */
  annexesAt: number;
  /** The attached PDF annexes as the annexes section announces them (the PDF lists them in its sommaire too). */
  annexes: Array<{ label: string; name: string; pages: number | null }>;
}

/** What a file says of itself, written once for both formats. */
export interface DocumentProperties {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  description: string;
}

/** The properties of an exported mémoire, from its cover. */
export function documentProperties(c: MemoireMeta): DocumentProperties {
  return {
    title: c.title,
    author: c.candidate,
    subject: c.subtitle || 'Mémoire de fin d’année — Plan d’action commerciale',
    keywords: ['mémoire', 'plan d’action commerciale', c.company].filter(Boolean),
    description: `${c.school}${c.year ? ` — ${c.year}` : ''}`,
  };
}

/** « Table des figures » or « Liste des tableaux »: one line per caption, with its anchor for the page. */
export interface EndList {
  anchor: 'table-des-figures' | 'liste-des-tableaux';
  title: string;
  /** The captions listed; their numbers are those of the printed order (see renumberCaptions). */
  entries: Caption[];
}

/** « Tableau 3 : Grille go / no go », as a caption and a list line print it. */
export function captionTitle(c: Caption): string {
  return `${c.label} ${c.number}\u00a0: ${c.text}`;
}

/**
 * Numbers the captions again in the order the blocks print (a layout may lift text and tables in
 * front of a turned page): Figure 1, 2… and Tableau 1, 2… as the reader meets them, in every format.
 */
export function renumberCaptions(blocks: readonly RenderBlock[], lists: readonly EndList[]): void {
  const next: Record<Caption['label'], number> = { Figure: 0, Tableau: 0 };
  const visit = (b: RenderBlock) => {
    if ((b.kind === 'table' || b.kind === 'figure' || b.kind === 'chart') && b.caption) b.caption.number = ++next[b.caption.label];
    if (b.kind === 'quote') b.blocks.forEach(visit);
    if (b.kind === 'list') b.items.flat().forEach(visit);
  };
  blocks.forEach(visit);
  for (const list of lists) list.entries.sort((a, b) => a.number - b.number);
}

/** The template section the annexes go in (attached PDFs follow it; `includeAnnexes: false` leaves it out). */
export const ANNEXES_SECTION = 'annexes';

/** What to print. */
export interface RenderOptions {
  /** Replace the company's name and the sensitive terms ("version confidentielle"). */
  confidential?: boolean;
  includeAnnexes?: boolean;
  /** Print only this template section (for the tutor). */
  sectionId?: string;
  /** The notes that are reviewers' comments (the « version annotée »): note text → author. */
  commentNotes?: ReadonlyMap<string, string>;
  /** Paragraphs already converted, by node (the live page count of a long mémoire); not used for a confidential version. */
  memo?: RenderMemo;
  /** The PDF annexes attached to the mémoire, listed in its annexes section (the PDF export merges them after it). */
  attachedAnnexes?: ReadonlyArray<{ name: string; pages: number | null }>;
}

/**
 * Converted nodes kept by node object: an editor's unchanged paragraph, list or table is the same
 * object from one count to the next, so it is not converted again. Headings and whatever carries a
 * number (notes, captions) are converted each time: their numbers depend on what comes before.
 */
export type RenderMemo = WeakMap<PmNode, RenderBlock[]>;

const DEFAULT_COMPANY_ALIAS = 'Société X';
const MASK_TERM = '[confidentiel]';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const sameMarks = (a: Inline, b: Inline) =>
  a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.strike === b.strike && a.href === b.href;

/** Replaces the company and sensitive terms, whole words, any case. */
export function masker(meta: MemoireMeta, confidential: boolean): (text: string) => string {
  if (!confidential) return (t) => t;
  const terms = [
    ...(meta.company ? [{ re: meta.company, by: meta.companyAlias || DEFAULT_COMPANY_ALIAS }] : []),
    ...meta.sensitiveTerms.filter(Boolean).map((t) => ({ re: t, by: MASK_TERM })),
  ].sort((a, b) => b.re.length - a.re.length);
  if (!terms.length) return (t) => t;
  const patterns = terms.map(({ re, by }) => ({ re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(re)}(?![\\p{L}\\p{N}])`, 'giu'), by }));
  return (text) => patterns.reduce((t, { re, by }) => t.replace(re, by), text);
}

/** Which top-level nodes to print: all, without annexes, or one section. */
function selectNodes(doc: PmNode, options: RenderOptions): PmNode[] {
  const nodes = doc.content ?? [];
  const skip = new Set<string>();
  if (options.includeAnnexes === false) skip.add(ANNEXES_SECTION);
  const out: PmNode[] = [];
  let skipping: number | null = null; // level of the heading being skipped
  let keeping: number | null = options.sectionId ? null : 0;
  for (const node of nodes) {
    if (node.type === 'heading') {
      const level = Number(node.attrs?.level ?? 1);
      const id = (node.attrs?.sectionId as string | null) ?? null;
      if (skipping !== null && level <= skipping) skipping = null;
      if (id && skip.has(id)) skipping = level;
      if (options.sectionId) {
        if (keeping !== null && level <= keeping) keeping = null;
        if (id === options.sectionId) keeping = level;
      }
    }
    if (skipping === null && keeping !== null) out.push(node);
  }
  return out;
}

/**
 * Turns a mémoire into the tree every exporter prints: headings numbered 1, 1.1, 1.1.1 (unnumbered
 * front and back matter), captions and footnotes numbered in order, business blocks in their print
 * form, French typography applied, the template's guidance left out.
 */
export function buildRenderTree(doc: PmNode, meta: MemoireMeta, template: MemoireTemplate, options: RenderOptions = {}): RenderTree {
  const mask = masker(meta, options.confidential === true);
  const text = (t: string) => frenchText(mask(t));
  const sections = new Map(flattenSections(template.sections).map((s) => [s.id, s]));
  const counters = [0, 0, 0];
  const headings: RenderTree['headings'] = [];
  const captions: Caption[] = [];
  const footnotes: RenderTree['footnotes'] = [];
  let unnumberedLevel: number | null = null;
  const blocksInDoc = new Map<BlockName, BlockData>();
  for (const node of doc.content ?? []) {
    const spec = blockSpec(node.type);
    if (spec && !blocksInDoc.has(spec.name)) blocksInDoc.set(spec.name, normalizeBlockData(spec, node.attrs?.data));
  }

  const captionCounts: Record<Caption['label'], number> = { Figure: 0, Tableau: 0 };
  const caption = (label: Caption['label'], t: string): Caption => {
    const number = ++captionCounts[label];
    const c: Caption = { label, number, text: text(t), anchor: `${label === 'Figure' ? 'fig' : 'tab'}-${number}` };
    captions.push(c);
    return c;
  };

  const inlines = (node: PmNode): Inline[] => {
    const runs: Inline[] = [];
    for (const child of node.content ?? []) {
      if (child.type === 'text') {
        const run: Inline = { text: mask(child.text ?? '') };
        for (const m of child.marks ?? []) {
          if (m.type === 'bold') run.bold = true;
          else if (m.type === 'italic') run.italic = true;
          else if (m.type === 'underline') run.underline = true;
          else if (m.type === 'strike') run.strike = true;
          else if (m.type === 'link' && typeof m.attrs?.href === 'string' && /^(https?:|mailto:)/i.test(m.attrs.href)) run.href = m.attrs.href;
        }
        runs.push(run);
      } else if (child.type === 'hardBreak') runs.push({ text: '\n' });
      else if (child.type === 'footnote') {
        const number = footnotes.length + 1;
        const raw = String(child.attrs?.text ?? '');
        const author = options.commentNotes?.get(raw);
        footnotes.push({ number, text: text(raw), ...(author !== undefined ? { commentBy: mask(author) } : {}) });
        runs.push({ text: '', footnote: number, ...(author !== undefined ? { comment: true } : {}) });
      }
    }
    // Runs with the same marks are one run on paper: merged first, fewer pieces for the typography and every exporter.
    const merged: Inline[] = [];
    for (const r of runs) {
      const last = merged[merged.length - 1];
      if (last && !last.footnote && !r.footnote && sameMarks(last, r)) last.text += r.text;
      else merged.push({ ...r });
    }
    const typeset = frenchTypography(merged.map((r) => r.text));
    merged.forEach((r, i) => (r.text = typeset[i]));
    return merged.filter((r) => r.text || r.footnote);
  };

  const cellInlines = (cell: PmNode): Inline[] => (cell.content ?? []).flatMap((p, i) => (i ? [{ text: '\n' }, ...inlines(p)] : inlines(p)));

  const convert = (node: PmNode): RenderBlock[] => {
    switch (node.type) {
      case 'guidance':
        return [];
      case 'heading': {
        const level = Math.min(3, Math.max(1, Number(node.attrs?.level ?? 1))) as 1 | 2 | 3;
        const sectionId = (node.attrs?.sectionId as string | null) ?? null;
        const section: TemplateSection | undefined = sectionId ? sections.get(sectionId) : undefined;
        if (unnumberedLevel !== null && level <= unnumberedLevel) unnumberedLevel = null;
        if (section && !section.numbered) unnumberedLevel = level;
        let number: string | null = null;
        if (unnumberedLevel === null) {
          counters[level - 1]++;
          for (let l = level; l < 3; l++) counters[l] = 0;
          number = counters.slice(0, level).join('.');
        }
        const title = text(node.content?.map((c) => c.text ?? '').join('') ?? '');
        const anchor = `h-${headings.length + 1}`;
        headings.push({ level, number, text: title, anchor });
        return [{ kind: 'heading', level, number, text: title, anchor, sectionId }];
      }
      case 'paragraph': {
        const runs = inlines(node);
        return runs.length ? [{ kind: 'paragraph', inlines: runs }] : [];
      }
      case 'blockquote':
        return [{ kind: 'quote', blocks: (node.content ?? []).flatMap(convert) }];
      case 'bulletList':
      case 'orderedList':
        return [{ kind: 'list', ordered: node.type === 'orderedList', items: (node.content ?? []).map((item) => (item.content ?? []).flatMap(convert)) }];
      case 'table': {
        const rows = node.content ?? [];
        const hasHeader = rows[0]?.content?.every((c) => c.type === 'tableHeader') ?? false;
        const cells = (row: PmNode) => (row.content ?? []).map(cellInlines);
        return [
          {
            kind: 'table',
            header: hasHeader ? cells(rows[0]) : null,
            rows: rows.slice(hasHeader ? 1 : 0).map(cells),
            caption: null,
            wide: (rows[0]?.content?.length ?? 0) > 6,
            source: 'table',
          },
        ];
      }
      case 'figure':
        return [
          {
            kind: 'figure',
            attachmentId: (node.attrs?.attachmentId as string | null) ?? null,
            alt: String(node.attrs?.alt ?? ''),
            widthPercent: Number(node.attrs?.width ?? 100),
            caption: caption('Figure', node.content?.map((c) => c.text ?? '').join('') || String(node.attrs?.alt ?? '')),
          },
        ];
      case 'horizontalRule':
        return [{ kind: 'rule' }];
      default: {
        const spec = blockSpec(node.type);
        if (!spec) return [];
        return blockPrintForm(spec, normalizeBlockData(spec, node.attrs?.data), { text, cell: (t) => (t ? [{ text: text(t) }] : []), caption, blocksInDoc });
      }
    }
  };

  const memo = options.confidential ? undefined : options.memo;
  /** `convert`, through the memo for nodes whose print form owes nothing to their place. */
  const convertOnce = (node: PmNode): RenderBlock[] => {
    if (!memo || node.type === 'heading') return convert(node);
    const known = memo.get(node);
    if (known) return known;
    const numbered = footnotes.length + captions.length + headings.length;
    const converted = convert(node);
    if (footnotes.length + captions.length + headings.length === numbered) memo.set(node, converted);
    return converted;
  };

  const cover: MemoireMeta = { ...meta };
  for (const key of ['title', 'subtitle', 'company', 'perimeter', 'certification', 'submissionDate'] as const) cover[key] = text(cover[key]);
  const body = selectNodes(doc, options).flatMap(convertOnce);
  const annexes = options.includeAnnexes !== false && indexOfSection(body, ANNEXES_SECTION) !== null ? annexTitles(options.attachedAnnexes ?? [], text) : [];
  listAttachedAnnexes(body, annexes);
  const printed = withoutEmptyEndSections(body);
  const printedAnchors = new Set(printed.flatMap((b) => (b.kind === 'heading' ? [b.anchor] : [])));
  return {
    cover,
    coverLines: coverLines({ ...cover, confidential: cover.confidential || options.confidential === true }),
    properties: documentProperties(cover),
    front: frontMatter(cover.title),
    body: printed,
    headings: headings.filter((h) => printedAnchors.has(h.anchor)),
    captions,
    footnotes,
    endLists: endLists(captions),
    annexesAt: indexOfSection(printed, ANNEXES_SECTION) ?? printed.length,
    annexes,
  };
}

/** The cover's lines from its settings, empty ones left out. */
export function coverLines(c: MemoireMeta): CoverLine[] {
  const lines: Array<CoverLine | null> = [
    c.school ? { zone: 'top', style: 'strong', text: c.school } : null,
    c.certification ? { zone: 'top', style: 'normal', text: c.certification } : null,
    { zone: 'title', style: 'title', text: c.title },
    c.subtitle ? { zone: 'title', style: 'subtitle', text: c.subtitle } : null,
    { zone: 'people', style: 'strong', text: `Mémoire présenté par ${c.candidate}` },
    c.company ? { zone: 'people', style: 'normal', text: `${c.company}${c.perimeter ? ` — ${c.perimeter}` : ''}` } : null,
    c.tutor ? { zone: 'people', style: 'small', text: `Tuteur ou tutrice en entreprise\u00a0: ${c.tutor}` } : null,
    c.schoolTutor ? { zone: 'people', style: 'small', text: `Tuteur ou tutrice école\u00a0: ${c.schoolTutor}` } : null,
    c.submissionDate ? { zone: 'bottom', style: 'normal', text: `Date de remise\u00a0: ${c.submissionDate}` } : null,
    c.year ? { zone: 'bottom', style: 'normal', text: c.year } : null,
    c.confidential ? { zone: 'bottom', style: 'strong', text: 'Document confidentiel — diffusion réservée au jury' } : null,
  ];
  return lines.filter((l): l is CoverLine => l !== null);
}

function indexOfSection(body: readonly RenderBlock[], sectionId: string): number | null {
  const i = body.findIndex((b) => b.kind === 'heading' && b.sectionId === sectionId);
  return i < 0 ? null : i;
}

/** « Annexe 2 : Organigramme » for each attached PDF, in order. */
function annexTitles(annexes: ReadonlyArray<{ name: string; pages: number | null }>, text: (t: string) => string): RenderTree['annexes'] {
  return annexes.map((a, i) => ({ label: `Annexe ${i + 1}`, name: text(a.name.replace(/\.pdf$/i, '')), pages: a.pages }));
}

/** The attached PDF annexes, announced in the annexes section (one line each) in every format. */
function listAttachedAnnexes(body: RenderBlock[], annexes: RenderTree['annexes']): void {
  const at = indexOfSection(body, ANNEXES_SECTION);
  if (at === null || !annexes.length) return;
  const heading = body[at] as Extract<RenderBlock, { kind: 'heading' }>;
  let end = at + 1;
  while (end < body.length && !(body[end].kind === 'heading' && (body[end] as { level: number }).level <= heading.level)) end++;
  const lines: RenderBlock[] = annexes.map((a) => ({
    kind: 'paragraph',
    inlines: [{ text: `${a.label}\u00a0: `, bold: true }, { text: a.name + (a.pages ? ` (${nounCount(a.pages, 'page')})` : '') }],
  }));
  body.splice(end, 0, ...lines);
}

/**
 * An unnumbered section after the last numbered one (bibliographie, annexes) with nothing in it is
 * not printed: no page with a lone « Annexes » title.
 */
function withoutEmptyEndSections(body: RenderBlock[]): RenderBlock[] {
  const lastNumbered = body.reduce((last, b, i) => (b.kind === 'heading' && b.number !== null ? i : last), -1);
  const empty = new Set<number>();
  body.forEach((b, i) => {
    if (i <= lastNumbered || b.kind !== 'heading' || b.number !== null) return;
    const next = body[i + 1];
    if (!next || (next.kind === 'heading' && next.level <= b.level)) empty.add(i);
  });
  return empty.size ? body.filter((_, i) => !empty.has(i)) : body;
}

/** The table of figures and the list of tables, from the captions in order. */
function endLists(captions: readonly Caption[]): EndList[] {
  const list = (label: Caption['label'], anchor: EndList['anchor'], title: string): EndList[] => {
    const entries = captions.filter((c) => c.label === label);
    return entries.length ? [{ anchor, title, entries }] : [];
  };
  return [...list('Figure', 'table-des-figures', 'Table des figures'), ...list('Tableau', 'liste-des-tableaux', 'Liste des tableaux')];
}

/**
 * Whether a table cell holds a figure (an amount, a rate, a count): set flush right in every format
 * so that units and decimals line up.
 */
export function isFigureCell(cell: readonly Inline[]): boolean {
  return parseFrNumber(cell.map((i) => i.text).join('')) !== null;
}

/** Whether a block is a business block's summary, which prints on the page of what comes before it. */
export function isBlockSummary(block: RenderBlock | undefined): boolean {
  return block?.kind === 'table' && block.source.endsWith('-summary');
}

/** Every figure of the printed body, in lists and quotations too. */
export function figuresOf(blocks: readonly RenderBlock[]): Array<Extract<RenderBlock, { kind: 'figure' }>> {
  const out: Array<Extract<RenderBlock, { kind: 'figure' }>> = [];
  const stack = [...blocks].reverse();
  while (stack.length) {
    const block = stack.pop()!;
    if (block.kind === 'figure') out.push(block);
    if (block.kind === 'quote') stack.push(...[...block.blocks].reverse());
    if (block.kind === 'list') stack.push(...block.items.flat().reverse());
  }
  return out;
}
