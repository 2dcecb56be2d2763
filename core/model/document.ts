import { z } from 'zod';

/** A ProseMirror mark as stored in the .memoire file (JSON form). */
export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}

/** A ProseMirror node as stored in the .memoire file (JSON form, as `editor.getJSON()` gives it). */
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  marks?: PmMark[];
  text?: string;
}

const MAX_DEPTH = 64;

/** Why a value is not a ProseMirror JSON node, or null when it is one. Iterative: documents are large. */
function pmNodeShapeError(value: unknown): string | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_DEPTH) return 'document trop profondément imbriqué';
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return 'nœud attendu';
    const n = node as Record<string, unknown>;
    if (typeof n.type !== 'string' || n.type.length === 0 || n.type.length > 64) return 'type de nœud invalide';
    if (n.text !== undefined && typeof n.text !== 'string') return 'texte invalide';
    if (n.attrs !== undefined && (typeof n.attrs !== 'object' || n.attrs === null || Array.isArray(n.attrs))) return 'attributs invalides';
    if (n.marks !== undefined) {
      if (!Array.isArray(n.marks)) return 'marques invalides';
      for (const m of n.marks as unknown[]) {
        const mark = m as Record<string, unknown> | null;
        if (typeof mark !== 'object' || mark === null || typeof mark.type !== 'string' || mark.type.length === 0 || mark.type.length > 64)
          return 'marque invalide';
        if (mark.attrs !== undefined && (typeof mark.attrs !== 'object' || mark.attrs === null || Array.isArray(mark.attrs)))
          return 'attributs de marque invalides';
      }
    }
    if (n.content !== undefined) {
      if (!Array.isArray(n.content)) return 'contenu invalide';
      for (const child of n.content) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return null;
}

/**
 * Shape check of a ProseMirror JSON node; the editor schema check (core/schema) comes after it.
 * Hand-written rather than a recursive zod object: it runs on the whole mémoire at every autosave.
 */
export const pmNodeSchema = z.custom<PmNode>().superRefine((value, ctx) => {
  const error = pmNodeShapeError(value);
  if (error) ctx.addIssue({ code: 'custom', message: `Document illisible : ${error}.` });
});

/** The root of a mémoire document: always a `doc` node. */
export const pmDocSchema = pmNodeSchema.refine((n) => n.type === 'doc', {
  message: 'Le document doit commencer par un nœud « doc ».',
});
