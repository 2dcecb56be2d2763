import { buildRenderTree, type RenderOptions } from '../render/render-tree';
import { exportDocx } from './docx/docx-exporter';
import { layoutPreset } from './presets';
import { writeFileAtomic } from './write-file-atomic';
import type { MemoireFile } from '../store/memoire-file';
import type { MemoireTemplate } from '../referential/template-schema';

/** An export request: where, in which format, with which options. */
export interface ExportRequest extends RenderOptions {
  format: 'docx';
  out: string;
  presetId?: string;
}

/**
 * Exports an open mémoire: builds the render tree, writes the format's bytes, then writes them to the
 * target through a temporary file. The mémoire itself is only read.
 */
export async function exportMemoire(file: MemoireFile, template: MemoireTemplate, request: ExportRequest): Promise<{ path: string; bytes: number }> {
  const { meta } = file.getMemoire();
  const tree = buildRenderTree(file.getDocument().doc, meta, template, request);
  const images = (id: string) => {
    try {
      return file.getAttachment(id).data;
    } catch {
      return null;
    }
  };
  const bytes = await exportDocx(tree, { preset: layoutPreset(request.presetId), images });
  writeFileAtomic(request.out, bytes);
  return { path: request.out, bytes: bytes.length };
}
