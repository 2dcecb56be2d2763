import { z } from 'zod';
import { lengthTargetSchema } from '../model/metadata';

/** A section of a mémoire template; its `weight` is its share of the total length target. */
export interface TemplateSection {
  id: string;
  title: string;
  level: 1 | 2 | 3;
  criteria: string[];
  guidance: string;
  weight: number;
  numbered: boolean;
  kind: 'front' | 'body' | 'back';
  /** Business blocks seeded in this section of a new mémoire. */
  blocks: string[];
  /** Normalised words by which a heading of an imported document is recognised as this section. */
  keywords: string[];
  children?: TemplateSection[];
}

export const templateSectionSchema: z.ZodType<TemplateSection> = z.lazy(() =>
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    criteria: z.array(z.string()),
    guidance: z.string().min(1),
    weight: z.number().min(0).max(1),
    numbered: z.boolean(),
    kind: z.enum(['front', 'body', 'back']),
    blocks: z.array(z.string()).default([]),
    keywords: z.array(z.string()).default([]),
    children: z.array(templateSectionSchema).optional(),
  }),
);

/** A mémoire template: the sections that follow the référentiel, their guidance and length shares. */
export const memoireTemplateSchema = z.object({
  id: z.string().min(1),
  /** A mémoire, checked against the mémoire criteria, or an exam practice document, checked against the case-study ones. */
  kind: z.enum(['memoire', 'practice']).default('memoire'),
  title: z.string().min(1),
  referentielId: z.string().min(1),
  description: z.string(),
  length: lengthTargetSchema,
  sections: z.array(templateSectionSchema).min(1),
  cover: z.object({ fields: z.array(z.string()) }),
});
export type MemoireTemplate = z.infer<typeof memoireTemplateSchema>;

/** The template's sections in reading order, children after their parent. */
export function flattenSections(sections: TemplateSection[]): TemplateSection[] {
  return sections.flatMap((s) => [s, ...flattenSections(s.children ?? [])]);
}
