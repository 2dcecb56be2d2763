import { getSchema, type AnyExtension } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { SectionHeading } from './section-heading';
import { Guidance } from './guidance';
import { Figure } from './figure';
import { Footnote } from './footnote';
import type { PmNode } from '../model/document';

/**
 * The extensions that make up a mémoire document. The editor, the importers, the checks and the
 * exporters all build from this one list; the renderer adds its views and UI-only extensions on top.
 */
export function memoireExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [1, 2, 3] },
      codeBlock: false,
      code: false,
      link: {
        openOnClick: false,
        autolink: true,
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url, ctx) => /^(https?:|mailto:)/i.test(url) && ctx.defaultValidate(url),
      },
    }),
    SectionHeading,
    TableKit.configure({ table: { resizable: false } }),
    Guidance,
    Figure,
    Footnote,
  ];
}

let cachedSchema: Schema | null = null;

/** The ProseMirror schema of a mémoire document (built once). */
export function memoireSchema(): Schema {
  cachedSchema ??= getSchema(memoireExtensions());
  return cachedSchema;
}

/** Result of checking a JSON document against the editor schema. */
export type DocumentCheck = { ok: true } | { ok: false; message: string };

/**
 * Checks that a document only uses nodes and marks of the mémoire schema, in allowed places.
 * Anything else (a foreign node type, a paragraph inside a text node…) is refused with a French message.
 */
export function checkDocument(doc: PmNode): DocumentCheck {
  try {
    memoireSchema().nodeFromJSON(doc).check();
    return { ok: true };
  } catch (error) {
    return { ok: false, message: `Document non conforme au modèle de l'éditeur : ${(error as Error).message}` };
  }
}
