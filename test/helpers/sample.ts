import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { documentFromTemplate } from '../../core/document/from-template';
import { MemoireFile, type NewMemoire } from '../../core/store/memoire-file';
import { join } from 'node:path';
import { generateMemoire } from '../fixtures/generate-memoire';
import type { PmNode } from '../../core/model/document';
import { memoireMetaSchema } from '../../core/model/metadata';
import { TEMPLATES_DIR } from './paths';

/** The bundled template library. */
export const library = loadTemplateLibrary(TEMPLATES_DIR);
/** The mémoire template of the référentiel. */
export const template = library.templates.get('memoire-pac')!;

/** A new mémoire's content, as the app creates it. */
export function sampleMemoire(title = 'Développer le segment PME en Auvergne'): NewMemoire {
  return {
    meta: memoireMetaSchema.parse({ title, candidate: 'Camille Martin', company: 'Vialis Services', year: '2026' }),
    settings: { templateId: template.id, referentielId: template.referentielId, length: template.length },
    doc: documentFromTemplate(template),
  };
}

/** The Vialis Services mémoire of the export tests, with a given document. */
export function vialisMemoire(doc: PmNode): NewMemoire {
  return {
    meta: memoireMetaSchema.parse({
      title: 'Conquérir les PME du Puy-de-Dôme',
      candidate: 'Camille Martin',
      company: 'Vialis Services',
      school: 'ESC Clermont',
      year: '2026',
    }),
    settings: { templateId: template.id, referentielId: template.referentielId, length: template.length },
    doc,
  };
}

/** A 2×1 PNG, for a figure that prints. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAAEUlEQVR42mP8z8DwnwEIGBgAHf4D/eUOHEAAAAAASUVORK5CYII=', 'base64');

/**
 * The Vialis mémoire the export tests print: generated at `words`, its fourth paragraph replaced by
 * `sentence` with a footnote, an organigram figure after it (its image attached, or named and
 * missing, or none); written as « Mémoire Camille.memoire » in `dir`, closed.
 */
export function writeVialisMemoire(dir: string, options: { words: number; sentence: string; image: 'png' | 'missing' | false }): MemoireFile {
  const doc = generateMemoire(template, options.words);
  doc.content![3] = {
    type: 'paragraph',
    content: [
      { type: 'text', text: options.sentence },
      { type: 'footnote', attrs: { text: 'Source : INSEE, 2025.' } },
    ],
  };
  const file = MemoireFile.create(join(dir, 'Mémoire Camille.memoire'), vialisMemoire(doc));
  if (options.image) {
    const id = options.image === 'missing' ? 'absente' : file.addAttachment('image', 'orga.png', 'image/png', TINY_PNG).id;
    const current = file.getDocument().doc;
    current.content!.splice(4, 0, {
      type: 'figure',
      attrs: { attachmentId: id, alt: 'Organigramme', width: 50 },
      content: [{ type: 'text', text: 'Organigramme de l’agence' }],
    });
    file.saveDocument(current, 1);
  }
  return file;
}

/** SHA-256 of a file, to prove it was not modified. */
export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
