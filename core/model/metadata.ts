import { z } from 'zod';

const shortText = z.string().trim().max(300);

/** Cover-page data of a mémoire (page de garde), entered when the mémoire is created. */
export const memoireMetaSchema = z.object({
  title: shortText.min(1, 'Indiquez un titre.'),
  subtitle: shortText.default(''),
  candidate: shortText.min(1, 'Indiquez le nom du candidat ou de la candidate.'),
  school: shortText.default(''),
  company: shortText.default(''),
  perimeter: shortText.default(''),
  tutor: shortText.default(''),
  schoolTutor: shortText.default(''),
  year: shortText.default(''),
  /** The certification prepared (title and RNCP level), printed on the cover. */
  certification: shortText.default(''),
  /** The submission date as the cover prints it (« 30 juin 2026 »). */
  submissionDate: shortText.default(''),
  confidential: z.boolean().default(false),
  /** What the confidential version prints in place of the company's name. */
  companyAlias: shortText.default('Société X'),
  sensitiveTerms: z.array(shortText).max(200).default([]),
  /** The school's or company's colour (hex), for the soutenance's slides. */
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Indiquez une couleur au format #RRVVBB.')
    .default('#1D4E89'),
});
export type MemoireMeta = z.infer<typeof memoireMetaSchema>;
export type MemoireMetaInput = z.input<typeof memoireMetaSchema>;

/** Length requirement of the school: a page window and how many words make a page. */
export const lengthTargetSchema = z
  .object({
    minPages: z.number().int().min(1).max(500),
    maxPages: z.number().int().min(1).max(500),
    wordsPerPage: z.number().int().min(100).max(1000),
  })
  .refine((l) => l.minPages <= l.maxPages, {
    message: 'Le nombre de pages minimum doit être inférieur ou égal au maximum.',
    path: ['maxPages'],
  });
export type LengthTarget = z.infer<typeof lengthTargetSchema>;

/** Per-file settings: which template and référentiel the mémoire follows, and its length target. */
export const memoireSettingsSchema = z.object({
  templateId: z.string().min(1),
  referentielId: z.string().min(1),
  length: lengthTargetSchema,
  /** The layout preset last used for export (core/export/presets). */
  exportPreset: z.string().default('times-12'),
});
export type MemoireSettings = z.infer<typeof memoireSettingsSchema>;
export type MemoireSettingsInput = z.input<typeof memoireSettingsSchema>;
