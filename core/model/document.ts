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

const markSchema = z.object({
  type: z.string().min(1).max(64),
  attrs: z.record(z.string(), z.unknown()).optional(),
});

/** Shape check of a ProseMirror JSON node; the editor schema check (core/schema) comes after it. */
export const pmNodeSchema: z.ZodType<PmNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(64),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(pmNodeSchema).optional(),
    marks: z.array(markSchema).optional(),
    text: z.string().optional(),
  }),
);

/** The root of a mémoire document: always a `doc` node. */
export const pmDocSchema = pmNodeSchema.refine((n) => n.type === 'doc', {
  message: 'Le document doit commencer par un nœud « doc ».',
});
