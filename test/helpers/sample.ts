import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadTemplateLibrary } from '../../core/referential/load-templates';
import { documentFromTemplate } from '../../core/document/from-template';
import type { NewMemoire } from '../../core/store/memoire-file';
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

/** SHA-256 of a file, to prove it was not modified. */
export function fileHash(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
