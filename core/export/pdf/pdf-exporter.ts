import type { RenderTree } from '../../render/render-tree';
import { loadFontFamily } from '../../layout/fonts';
import { layoutDocument, type LaidDocument } from '../../layout/layout-document';
import { layoutStyles, type LineModel } from '../../layout/layout-styles';
import type { ChunkMemo } from '../../layout/block-chunks';
import type { LayoutPreset } from '../presets';
import { imageInfo } from '../../images/image-info';
import { writePdf, type OutlineEntry, type PdfAnnex } from './pdf-writer';

/** What the PDF export needs besides the render tree. */
export interface PdfOptions {
  preset: LayoutPreset;
  fontsDir: string;
  images: (attachmentId: string) => Uint8Array | null;
  annexes?: PdfAnnex[];
}

/** How a layout is run: Word's or Writer's line heights, and whether pages are drawn or only counted. */
export interface LayoutMode {
  lineModel?: LineModel;
  measureOnly?: boolean;
  /** The live page count's chunks kept between counts (with measureOnly). */
  memo?: ChunkMemo;
}

/** Lays out a render tree with a preset's fonts and sizes (the PDF's pages, the page count, the DOCX sommaire). */
export function layoutTree(
  tree: RenderTree,
  preset: LayoutPreset,
  fontsDir: string,
  images: (id: string) => Uint8Array | null,
  mode: LayoutMode = {},
): LaidDocument {
  const family = loadFontFamily(fontsDir, preset.font);
  const sizes = new Map<string, { width: number; height: number } | null>();
  const imageSize = (id: string) => {
    if (!sizes.has(id)) {
      const data = images(id);
      const info = data ? imageInfo(data) : null;
      sizes.set(id, info ? { width: info.width, height: info.height } : null);
    }
    return sizes.get(id)!;
  };
  return layoutDocument(tree, {
    styles: layoutStyles(preset, family, mode.lineModel, mode.measureOnly),
    imageSize,
    memo: mode.measureOnly ? mode.memo : undefined,
  });
}

/** Headings nested by level, for the PDF's bookmarks. */
export function outlineOf(laid: LaidDocument): OutlineEntry[] {
  const root: OutlineEntry[] = [];
  const stack: Array<{ level: number; entry: OutlineEntry }> = [];
  for (const h of laid.toc) {
    const entry: OutlineEntry = { title: h.title.replace(/\s+/g, ' '), anchor: h.anchor, children: [] };
    while (stack.length && stack[stack.length - 1].level >= h.level) stack.pop();
    (stack.length ? stack[stack.length - 1].entry.children : root).push(entry);
    stack.push({ level: h.level, entry });
  }
  return root;
}

/** Writes the mémoire as a PDF from the render tree, through the app's own layout engine. */
export async function exportPdf(tree: RenderTree, options: PdfOptions): Promise<Uint8Array> {
  const laid = layoutTree(tree, options.preset, options.fontsDir, options.images);
  const family = loadFontFamily(options.fontsDir, options.preset.font);
  return writePdf(laid, {
    family,
    images: options.images,
    properties: tree.properties,
    outline: outlineOf(laid),
    annexes: options.annexes ?? [],
  });
}
