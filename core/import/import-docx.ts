import type { PmNode } from '../model/document';
import { AppError } from '../errors';
import type { MemoireTemplate, TemplateSection } from '../referential/template-schema';
import { flattenSections } from '../referential/template-schema';
import { memoireSchema } from '../schema/extensions';
import { recognizeTableNode } from '../checks/recognize-table';
import { docxToHtml, type DocxImage } from './docx';
import { htmlToDocument } from './html-to-document';
import { mapHeadingScored } from './map-headings';
import type { DomWindow } from './sanitize-html';
import { DOCX_LIMITS, readZipEntry } from './zip-guard';
import { readZipDirectory } from '../zip/zip-directory';
import { parseSourcePart, sha256, SOURCE_PART } from '../export/docx/embedded-source';
import { pmDocSchema } from '../model/document';
import { parseDocument } from '../schema/extensions';

/** A keyword this long names its section surely enough to take a sub-heading out of its parent's. */
const STRONG_MATCH = 12;

/** A window able to parse HTML (the browser's, or jsdom's under Node). */
export type ParsingWindow = DomWindow & { DOMParser: new () => { parseFromString(text: string, type: string): Document } };

/** A heading of the draft and the template section it was matched to. */
export interface DraftHeading {
  /** Index of the heading among the document's top-level nodes. */
  index: number;
  level: number;
  text: string;
  sectionId: string | null;
}

/** What an import found, converted and left out; shown to the user before and after. */
export interface ImportReport {
  headings: number;
  mappedHeadings: number;
  paragraphs: number;
  lists: number;
  tables: number;
  /** Plain tables whose headers read like a business block (offered for conversion). */
  recognizedTables: Array<{ index: number; blockName: string; blockTitle: string }>;
  images: number;
  droppedImages: number;
  footnotes: number;
  warnings: string[];
  /** "memoire-studio": an unchanged export of the app, restored exactly; "word": a draft, converted. */
  origin: 'memoire-studio' | 'word';
}

/** A Word draft read into the editor's schema, before it becomes a .memoire. */
export interface DraftDocument {
  doc: PmNode;
  headings: DraftHeading[];
  images: DocxImage[];
  report: ImportReport;
}

/** Reads a Word draft into the editor's schema; the shells run it off the main thread with capped memory. */
export type DraftReader = (data: Buffer, template: MemoireTemplate) => Promise<DraftDocument>;

/** Largest number of top-level paragraphs and tables read from a draft (a 150-page mémoire has ~2 000). */
export const MAX_DRAFT_NODES = 20_000;
export const MAX_DRAFT_TABLES = 500;

/**
 * Turns mammoth's footnotes (a reference link, then a list at the end) into the editor's footnotes, and
 * its images into figures after their paragraph. Works on the parsed DOM before the sanitiser.
 */
function adaptMammothHtml(html: string, window: ParsingWindow): { html: string; footnotes: number } {
  const dom = new window.DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  let footnotes = 0;
  for (const ref of [...dom.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]')]) {
    const id = ref.getAttribute('href')!.slice(1);
    const note = dom.getElementById(id);
    if (!note) continue;
    const clone = note.cloneNode(true) as Element;
    clone.querySelectorAll('a[href^="#footnote-ref-"], a[href^="#endnote-ref-"]').forEach((a) => a.remove());
    const sup = dom.createElement('sup');
    sup.setAttribute('data-footnote', (clone.textContent ?? '').replace(/\s+/g, ' ').trim());
    (ref.closest('sup') ?? ref).replaceWith(sup);
    footnotes++;
  }
  dom.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]').forEach((li) => {
    const list = li.parentElement;
    li.remove();
    if (list && !list.children.length) list.remove();
  });
  for (const img of [...dom.querySelectorAll('img')]) {
    const src = img.getAttribute('src') ?? '';
    if (!src.startsWith('import-image:')) {
      img.remove();
      continue;
    }
    const figure = dom.createElement('figure');
    figure.setAttribute('data-figure', '');
    figure.setAttribute('data-attachment-id', src);
    const caption = dom.createElement('figcaption');
    caption.textContent = img.getAttribute('alt') ?? '';
    figure.appendChild(caption);
    const block = img.closest('p, li, td, th') ?? img;
    block.after(figure);
    img.remove();
    if (block !== img && block.tagName === 'P' && !(block.textContent ?? '').trim()) block.remove();
  }
  return { html: dom.body.innerHTML, footnotes };
}

function report(
  doc: PmNode,
  headings: DraftHeading[],
  images: DocxImage[],
  dropped: number,
  footnotes: number,
  warnings: string[],
  origin: ImportReport['origin'],
): ImportReport {
  const nodes = doc.content ?? [];
  const pm = memoireSchema().nodeFromJSON(doc);
  const recognizedTables: ImportReport['recognizedTables'] = [];
  pm.forEach((node, _offset, index) => {
    if (node.type.name !== 'table') return;
    const found = recognizeTableNode(node);
    if (found) recognizedTables.push({ index, blockName: found.spec.name, blockTitle: found.spec.title });
  });
  return {
    headings: headings.length,
    mappedHeadings: headings.filter((h) => h.sectionId).length,
    paragraphs: nodes.filter((n) => n.type === 'paragraph').length,
    lists: nodes.filter((n) => n.type === 'bulletList' || n.type === 'orderedList').length,
    tables: nodes.filter((n) => n.type === 'table').length,
    recognizedTables,
    images: images.length,
    droppedImages: dropped,
    footnotes,
    warnings,
    origin,
  };
}

/**
 * The mémoire an export of the app carries (core/export/docx/embedded-source), when the file's text
 * part is byte for byte the one exported: then it is restored exactly, figures pointing at the images
 * in their order. Null for any other file, or one edited in Word since.
 */
function embeddedMemoire(data: Buffer): PmNode | null {
  const entries = readZipDirectory(data);
  const part = entries.find((e) => e.name === SOURCE_PART);
  const main = entries.find((e) => e.name === 'word/document.xml');
  if (!part || !main) return null;
  const source = parseSourcePart(readZipEntry(data, part, DOCX_LIMITS.maxDocumentXmlBytes).toString('utf8'));
  if (!source || source.documentSha256 !== sha256(readZipEntry(data, main, DOCX_LIMITS.maxDocumentXmlBytes))) return null;
  const shape = pmDocSchema.safeParse(source.doc);
  if (!shape.success || !parseDocument(shape.data).ok) return null;
  let n = 0;
  const relink = (node: PmNode): PmNode => ({
    ...node,
    ...(node.type === 'figure' ? { attrs: { ...node.attrs, attachmentId: `import-image:${n++}` } } : {}),
    ...(node.content ? { content: node.content.map(relink) } : {}),
  });
  return relink(shape.data);
}

/**
 * Reads a Word draft: checked (zip bomb, password, size), converted by mammoth, footnotes and images
 * adapted, sanitised and parsed by the editor schema (as a paste is), headings matched to the
 * template's sections. Nothing is written: the caller decides, after the user checked the mapping.
 */
export async function readDocxDraft(data: Buffer, window: ParsingWindow, template: MemoireTemplate): Promise<DraftDocument> {
  const converted = await docxToHtml(data, { images: true });
  const adapted = adaptMammothHtml(converted.html, window);
  const restored = embeddedMemoire(data);
  const doc = restored ?? htmlToDocument(adapted.html, window);
  const nodes = doc.content ?? [];
  const warnings = [...new Set(converted.warnings)].slice(0, 20);
  if (nodes.length > MAX_DRAFT_NODES || nodes.filter((n) => n.type === 'table').length > MAX_DRAFT_TABLES) {
    throw new AppError(
      'too-large',
      `${nodes.length} éléments`,
      'Ce document Word est trop long pour être importé (plus de 20 000 paragraphes ou 500 tableaux) : découpez-le.',
    );
  }
  const sections = flattenSections(template.sections);
  const headings: DraftHeading[] = [];
  const words = (n: PmNode | undefined) =>
    (n?.content ?? [])
      .map((c) => c.text ?? '')
      .join('')
      .split(/\s+/).length;
  // A title block (a first heading, then the author and date lines) names the mémoire, not a section.
  const titleBlock =
    nodes[0]?.type === 'heading' && nodes[1]?.type === 'paragraph' && nodes[2]?.type === 'paragraph' && words(nodes[1]) <= 15 && words(nodes[2]) <= 15;
  // The mapped section of the nearest heading above, by level: a sub-heading stays in its parent's
  // section unless it names one of that section's own sub-sections ("10.1 Contexte" under a
  // negotiation is not the introduction).
  const open: Array<{ level: number; section: TemplateSection | null }> = [];
  nodes.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const text = (node.content ?? []).map((c) => c.text ?? '').join('');
    const level = Number(node.attrs?.level ?? 1);
    if (restored) {
      headings.push({ index, level, text, sectionId: (node.attrs?.sectionId as string | null | undefined) ?? null });
      return;
    }
    while (open.length && open[open.length - 1].level >= level) open.pop();
    const parent = [...open].reverse().find((o) => o.section)?.section ?? null;
    const match = index === 0 && titleBlock ? null : mapHeadingScored(text, sections);
    let section = match?.section ?? null;
    const related = (s: TemplateSection) => s.id === parent?.id || (parent?.children ?? []).some((c) => c.id === s.id);
    if (parent && section && !related(section) && (match?.score ?? 0) < STRONG_MATCH) section = null;
    open.push({ level, section });
    headings.push({ index, level, text, sectionId: section?.id ?? null });
  });
  return {
    doc,
    headings,
    images: converted.images,
    report: report(doc, headings, converted.images, converted.droppedImages, adapted.footnotes, warnings, restored ? 'memoire-studio' : 'word'),
  };
}

/**
 * The draft as it goes into the new mémoire: each heading tied to the section the user chose, the
 * chosen plain tables converted into their block, figures pointing at the stored images.
 */
export function finishDraft(
  draft: DraftDocument,
  mapping: ReadonlyMap<number, string | null>,
  convertTables: readonly number[],
  attachmentIds: ReadonlyMap<string, string>,
): PmNode {
  const pm = memoireSchema().nodeFromJSON(draft.doc);
  const content: PmNode[] = [];
  pm.forEach((node, _offset, index) => {
    const json = node.toJSON() as PmNode;
    if (json.type === 'heading') {
      const chosen = mapping.has(index) ? mapping.get(index)! : (draft.headings.find((h) => h.index === index)?.sectionId ?? null);
      content.push({ ...json, attrs: { ...json.attrs, sectionId: chosen } });
      return;
    }
    if (json.type === 'table' && convertTables.includes(index)) {
      const found = recognizeTableNode(node);
      if (found) {
        content.push({ type: found.spec.name, attrs: { data: found.data } });
        return;
      }
    }
    if (json.type === 'figure') {
      const ref = String(json.attrs?.attachmentId ?? '');
      content.push({ ...json, attrs: { ...json.attrs, attachmentId: attachmentIds.get(ref) ?? null } });
      return;
    }
    content.push(json);
  });
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}
