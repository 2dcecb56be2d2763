import { readableDocument } from '../schema/document-repair';
import type { PmNode } from '../model/document';
import { buildRenderTree, figuresOf, type RenderMemo, type RenderOptions, type RenderTree } from '../render/render-tree';
import { printableInfo } from '../images/prepare-image';
import type { ChunkMemo } from '../layout/block-chunks';
import { exportDocx } from './docx/docx-exporter';
import type { DocxLineHeights } from './docx/docx-styles';
import { layoutStyles } from '../layout/layout-styles';
import { loadFontFamily } from '../layout/fonts';
import { exportPdf, layoutTree } from './pdf/pdf-exporter';
import { layoutPreset, type LayoutPreset } from './presets';
import { writeFileAtomic } from './write-file-atomic';
import { loadAnnex } from './pdf/annex';
import { assertExportTarget } from './export-target';
import { embedSource } from './docx/embedded-source';
import { annotateDocument } from '../review/annotate';
import type { MemoireFile } from '../store/memoire-file';
import type { MemoireTemplate } from '../referential/template-schema';

/** The formats a mémoire exports to. */
export type ExportFormat = 'docx' | 'pdf';

/** An export request: where, in which format, with which options. */
export interface ExportRequest extends RenderOptions {
  format: ExportFormat;
  out: string;
  presetId?: string;
  /** Replace an existing export file (never a mémoire). */
  overwrite: boolean;
  /** Other files the export must never replace (the mémoires open in the app); the exported one always is. */
  protectedPaths?: readonly string[];
  /** « Version annotée » : the open comments printed as notes where they apply. */
  annotated?: boolean;
}

/** Where the app's fonts are (the PDF embeds them, the layout measures with them). */
export interface ExportEnvironment {
  fontsDir: string;
}

function imagesOf(file: MemoireFile): (id: string) => Uint8Array | null {
  return (id) => {
    try {
      return file.getAttachment(id).data;
    } catch {
      return null;
    }
  };
}

/** Bytes of a mémoire in one format, from its render tree. */
async function renderFormat(
  file: MemoireFile,
  tree: RenderTree,
  format: ExportFormat,
  preset: LayoutPreset,
  env: ExportEnvironment,
  withAnnexes: boolean,
): Promise<Uint8Array> {
  const images = imagesOf(file);
  if (format === 'pdf') {
    const annexes = withAnnexes ? file.listAttachments('annex').map((a) => ({ name: a.name, data: file.getAttachment(a.id).data })) : [];
    return exportPdf(tree, { preset, fontsDir: env.fontsDir, images, annexes });
  }
  return exportDocxPaged(tree, preset, env, images);
}

/**
 * The DOCX with its sommaire, table des figures and footer total pre-filled with the pages our layout
 * finds, numbered as the PDF numbers them (front matter in roman numerals, body from 1), with Writer's
 * line heights: Word updates the fields itself on opening, LibreOffice does not.
 */
export function exportDocxPaged(
  tree: RenderTree,
  preset: LayoutPreset,
  env: ExportEnvironment,
  images: (id: string) => Uint8Array | null,
): Promise<Uint8Array> {
  const laid = layoutTree(tree, preset, env.fontsDir, images, { measureOnly: true });
  const pages = new Map([...laid.anchors].map(([anchor, place]) => [anchor, place.page + 1 - laid.bodyStart]));
  const s = layoutStyles(preset, loadFontFamily(env.fontsDir, preset.font));
  const lineHeights: DocxLineHeights = {
    body: s.body.lineHeight,
    headings: [s.headings[0].style.lineHeight, s.headings[1].style.lineHeight, s.headings[2].style.lineHeight],
    caption: s.caption.lineHeight,
    table: s.table.lineHeight,
    toc: s.toc.lineHeight,
  };
  return exportDocx(
    { ...tree, body: laid.printedBody },
    { preset, images, tocPages: pages, bodyPages: laid.bodyPages, tableWidths: laid.tableWidths, landscapeTables: laid.landscapeTables, lineHeights },
  );
}

/**
 * Checks every figure's image before any page is laid out, so an image neither format can print (one
 * stored by an older version: 20 000² pixels, GIF) stops the export with its name in French.
 */
function assertPrintableFigures(file: MemoireFile, tree: RenderTree): void {
  for (const figure of figuresOf(tree.body)) {
    const data = figure.attachmentId ? imagesOf(file)(figure.attachmentId) : null;
    if (data) printableInfo(data, figure.caption.text || figure.alt);
  }
}

/**
 * Exports an open mémoire: builds the render tree, writes the format's bytes, then writes them to the
 * target through a temporary file. The mémoire itself is only read.
 */
export async function exportMemoire(
  file: MemoireFile,
  template: MemoireTemplate,
  request: ExportRequest,
  env: ExportEnvironment,
): Promise<{ path: string; bytes: number }> {
  assertExportTarget(request.out, { protectedPaths: [file.path, ...(request.protectedPaths ?? [])], overwrite: request.overwrite });
  const { meta } = file.getMemoire();
  const doc = readableDocument(file);
  const annotated = request.annotated ? annotateDocument(doc, file.listComments()) : null;
  const withAnnexes = request.includeAnnexes !== false && !request.sectionId;
  // Page counts kept with the annexes; one stored before they were counted is opened to count it.
  const attachedAnnexes = withAnnexes
    ? await Promise.all(
        file
          .listAttachments('annex')
          .map(async (a) => ({ name: a.name, pages: a.pages ?? (await loadAnnex(a.name, file.getAttachment(a.id).data)).getPageCount() })),
      )
    : [];
  const tree = buildRenderTree(annotated?.doc ?? doc, meta, template, { ...request, commentNotes: annotated?.commentNotes, attachedAnnexes });
  assertPrintableFigures(file, tree);
  let bytes = await renderFormat(file, tree, request.format, layoutPreset(request.presetId), env, withAnnexes);
  // A whole, non-confidential Word export carries the mémoire itself, so importing it back is exact.
  // Never in a confidential version (the masked company would be in it) nor in a one-section export.
  if (request.format === 'docx' && !request.confidential && !request.sectionId && !request.annotated) bytes = await embedSource(bytes, doc);
  writeFileAtomic(request.out, bytes);
  return { path: request.out, bytes: bytes.length };
}

/** What the live page count keeps between counts: converted nodes and their counted chunks. */
export interface LiveCountMemo {
  render: RenderMemo;
  chunks: ChunkMemo;
}

/** An empty memo for a newly opened mémoire. */
export function liveCountMemo(): LiveCountMemo {
  return { render: new WeakMap(), chunks: new WeakMap() };
}

/**
 * The mémoire's length as it prints with a preset: the body pages the school's window counts (no
 * cover, no sommaire, no annexes), and the sommaire's pages. One layout, for the editor's live count.
 */
export function countPages(
  file: MemoireFile,
  template: MemoireTemplate,
  presetId: string | undefined,
  env: ExportEnvironment,
  live?: { doc: PmNode; memo: LiveCountMemo },
): { countedPages: number; frontPages: number } {
  const { meta } = file.getMemoire();
  // The editor's live count passes the document it keeps in memory and a memo of its unchanged
  // paragraphs: nothing is read back from the file, and only what changed is converted again.
  const tree = buildRenderTree(live?.doc ?? readableDocument(file), meta, template, { includeAnnexes: false, memo: live?.memo.render });
  const laid = layoutTree(tree, layoutPreset(presetId), env.fontsDir, imagesOf(file), { measureOnly: true, memo: live?.memo.chunks });
  return { countedPages: laid.bodyPages, frontPages: laid.bodyStart };
}
