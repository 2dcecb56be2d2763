import { getSchema, type AnyExtension } from '@tiptap/core';
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { SectionHeading } from './section-heading';
import { Guidance } from './guidance';
import { Figure } from './figure';
import { Footnote } from './footnote';
import { blockExtensions } from './blocks/block-node';
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
    ...blockExtensions(),
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

/** A checked document: the ProseMirror node built from the JSON, or why it was refused. */
export type ParsedDocument = { ok: true; node: ProseMirrorNode } | { ok: false; message: string };

/**
 * Builds the ProseMirror node of a JSON document, refusing anything the mémoire schema does not
 * allow (a foreign node type, a paragraph inside a text node…) with a French message.
 */
export function parseDocument(doc: PmNode): ParsedDocument {
  try {
    const node = memoireSchema().nodeFromJSON(doc);
    node.check();
    return { ok: true, node };
  } catch (error) {
    return { ok: false, message: `Document non conforme au modèle de l'éditeur : ${(error as Error).message}` };
  }
}

/** Checks a JSON document against the mémoire schema (see `parseDocument`). */
export function checkDocument(doc: PmNode): DocumentCheck {
  const parsed = parseDocument(doc);
  return parsed.ok ? { ok: true } : parsed;
}
