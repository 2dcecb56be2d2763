import { z } from 'zod';
import { pmDocSchema, pmNodeSchema } from '../model/document';
import { memoireMetaSchema, memoireSettingsSchema, lengthTargetSchema } from '../model/metadata';
import { snapshotInfoSchema } from '../model/history';
import { base64Length, MAX_FILE_BYTES, MAX_IMAGE_BYTES, MAX_REVIEW_CHARS } from './limits';
import { commentAnchorSchema, commentSchema, verdictSchema } from '../model/review';
import { memoireTemplateSchema } from '../referential/template-schema';
import { referentielSchema } from '../referential/referentiel-schema';
import { thresholdsSchema } from '../checks/thresholds';
import { savedPlanSchema, slidePlanSchema } from '../soutenance/slide-plan';
import { pacingReportSchema, rehearsalTimingsSchema } from '../soutenance/rehearsal';

const handle = z.string().uuid();
const filePath = z.string().min(1).max(4096);
const empty = z.object({}).strict();
const ok = z.object({ ok: z.literal(true) });
/** One word as the spelling check reads them: letters, joined by apostrophes or hyphens. */
const spellingWord = z
  .string()
  .max(60)
  .regex(/^[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*$/u, 'Un mot du dictionnaire ne contient que des lettres, des apostrophes ou des traits d’union.');

/** A file in the recent list or the workspace listing. */
export const fileEntrySchema = z.object({
  path: z.string(),
  title: z.string(),
  openedAt: z.string().nullable(),
  exists: z.boolean(),
});

/** Everything the editor needs once a mémoire is open. */
export const openedMemoireSchema = z.object({
  handle,
  path: z.string(),
  meta: memoireMetaSchema,
  settings: memoireSettingsSchema,
  doc: pmDocSchema,
  revision: z.number().int(),
  updatedAt: z.string(),
  template: memoireTemplateSchema,
  /** The référentiel and rule thresholds the live checklist runs with. */
  referentiel: referentielSchema,
  thresholds: thresholdsSchema,
  /** Set when opening migrated an older file: where its backup was written. */
  migrationBackup: z.string().nullable(),
  /**
   * Set when the stored document holds what this editor cannot represent exactly: `doc` is then a
   * repaired copy for reading, and nothing is saved over the file.
   */
  readOnly: z
    .object({
      /** `unrepresentable`: elements this editor cannot show; `altered`: the text no longer matches its save digest. */
      kind: z.enum(['unrepresentable', 'altered']),
      reason: z.string(),
      dropped: z.array(z.string()),
      /** For an altered text: the newest version kept in the history, offered instead. */
      lastSnapshot: snapshotInfoSchema.nullable(),
    })
    .nullable(),
});
export type OpenedMemoire = z.infer<typeof openedMemoireSchema>;

const draftHeadingSchema = z.object({ index: z.number().int(), level: z.number().int(), text: z.string(), sectionId: z.string().nullable() });
const importReportSchema = z.object({
  headings: z.number().int(),
  mappedHeadings: z.number().int(),
  paragraphs: z.number().int(),
  lists: z.number().int(),
  tables: z.number().int(),
  recognizedTables: z.array(z.object({ index: z.number().int(), blockName: z.string(), blockTitle: z.string() })),
  images: z.number().int(),
  droppedImages: z.number().int(),
  footnotes: z.number().int(),
  warnings: z.array(z.string()),
  origin: z.enum(['memoire-studio', 'word']),
});

const imageMime = z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/**
 * Every call between the UI and the back end: name -> input and output schemas. Electron IPC and
 * the local HTTP host both serve exactly this, and validate every request against it.
 */
const exportFormat = z.enum(['docx', 'pdf']);
/** What the export dialog may be asked for: a mémoire or grid format, or a tutor's review file. */
const exportTarget = z.enum(['docx', 'pdf', 'relecture', 'pptx']);
const annexInfoSchema = z.object({ id: z.string(), name: z.string(), size: z.number().int(), pages: z.number().int() });

export const apiContract = {
  'app.info': {
    input: empty,
    output: z.object({
      version: z.string(),
      shell: z.enum(['electron', 'web']),
      nativeDialogs: z.boolean(),
      workspaceDir: z.string().nullable(),
    }),
  },
  'files.recent': { input: empty, output: z.array(fileEntrySchema) },
  /** The templates a new document can start from (the mémoire, the exam practice document…). */
  'templates.list': {
    input: empty,
    output: z.array(z.object({ id: z.string(), title: z.string(), description: z.string(), kind: z.enum(['memoire', 'practice']) })),
  },
  'files.workspace': { input: empty, output: z.array(fileEntrySchema) },
  'files.forgetRecent': { input: z.object({ path: filePath }).strict(), output: ok },
  /** Asks where to open a file: a native dialog in Electron, `null` where there is none (web host). */
  'files.chooseOpen': { input: empty, output: z.object({ path: z.string().nullable() }) },
  /** Asks where to save a new mémoire; the web host picks a free name in its workspace folder. */
  'files.chooseSave': { input: z.object({ suggestedName: z.string().min(1).max(200) }).strict(), output: z.object({ path: z.string().nullable() }) },
  /** Asks where to write an export: a native dialog in Electron, a free name in the workspace folder on the web host. */
  'files.chooseExport': {
    input: z.object({ suggestedName: z.string().min(1).max(200), format: exportTarget }).strict(),
    /** `overwriteConfirmed`: the platform's dialog already asked before replacing an existing file. */
    output: z.object({ path: z.string().nullable(), overwriteConfirmed: z.boolean() }),
  },
  /** Shows a file in the system's file manager ("Ouvrir le dossier"); false where the shell cannot. */
  'files.reveal': { input: z.object({ path: filePath }).strict(), output: z.object({ shown: z.boolean() }) },
  /** The candidate's personal spelling dictionary, shared by every mémoire. */
  'spelling.words': { input: empty, output: z.object({ words: z.array(z.string()) }) },
  'spelling.addWord': { input: z.object({ word: spellingWord }).strict(), output: z.object({ words: z.array(z.string()) }) },
  'spelling.removeWord': { input: z.object({ word: spellingWord }).strict(), output: z.object({ words: z.array(z.string()) }) },
  'export.presets': { input: empty, output: z.array(z.object({ id: z.string(), label: z.string() })) },
  'export.run': {
    input: z
      .object({
        handle,
        format: exportFormat,
        path: filePath,
        presetId: z.string().min(1).max(50),
        confidential: z.boolean(),
        includeAnnexes: z.boolean(),
        sectionId: z.string().min(1).max(100).nullable(),
        /** Replace an existing export file; without it an existing target is refused (`export-exists`). */
        overwrite: z.boolean().optional(),
        /** « Version annotée » : the open comments printed as notes where they apply. */
        annotated: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  /** The mémoire's length as it prints with a preset (the editor's live count): body pages without annexes. */
  'layout.pageCount': {
    input: z.object({ handle, presetId: z.string().min(1).max(50).optional() }).strict(),
    output: z.object({ countedPages: z.number().int(), frontPages: z.number().int() }),
  },
  'memoire.create': {
    input: z.object({ path: filePath, meta: memoireMetaSchema, templateId: z.string().min(1).optional() }).strict(),
    output: openedMemoireSchema,
  },
  'memoire.open': { input: z.object({ path: filePath }).strict(), output: openedMemoireSchema },
  'memoire.close': { input: z.object({ handle }).strict(), output: ok },
  /** Writes the repaired copy of a read-only mémoire as a new file beside it (the original is kept) and opens it. */
  'memoire.saveRepairedCopy': { input: z.object({ handle }).strict(), output: openedMemoireSchema },
  /**
   * The candidate's choice for a text altered outside the app: keep it as it is (its digest written
   * again) or go back to the newest kept version (the altered text kept in the history first).
   */
  'memoire.resolveAltered': { input: z.object({ handle, keep: z.enum(['stored', 'snapshot']) }).strict(), output: openedMemoireSchema },
  'memoire.saveDocument': {
    input: z.object({ handle, doc: pmDocSchema }).strict(),
    output: z.object({ revision: z.number().int(), savedAt: z.string(), snapshotTaken: z.boolean() }),
  },
  /**
   * Saves a change made since `baseRevision`: `deleteCount` top-level nodes from `from` replaced by
   * `nodes`. Refused with `out-of-date` when the stored document is not that revision (the editor then
   * sends the whole document).
   */
  'memoire.saveChanges': {
    input: z
      .object({
        handle,
        baseRevision: z.number().int().min(0),
        baseCount: z.number().int().min(0),
        from: z.number().int().min(0),
        deleteCount: z.number().int().min(0),
        nodes: z.array(pmNodeSchema).max(50_000),
      })
      .strict(),
    output: z.object({ revision: z.number().int(), savedAt: z.string(), snapshotTaken: z.boolean() }),
  },
  'memoire.updateMeta': { input: z.object({ handle, meta: memoireMetaSchema }).strict(), output: memoireMetaSchema },
  'memoire.updateLength': { input: z.object({ handle, length: lengthTargetSchema }).strict(), output: memoireSettingsSchema },
  'snapshots.list': { input: z.object({ handle }).strict(), output: z.array(snapshotInfoSchema) },
  'snapshots.create': {
    input: z.object({ handle, name: z.string().trim().min(1, 'Donnez un nom à cette version.').max(200) }).strict(),
    output: snapshotInfoSchema,
  },
  'snapshots.get': { input: z.object({ handle, id: z.number().int() }).strict(), output: z.object({ info: snapshotInfoSchema, doc: pmDocSchema }) },
  'snapshots.restore': {
    input: z.object({ handle, id: z.number().int() }).strict(),
    output: z.object({ doc: pmDocSchema, revision: z.number().int(), updatedAt: z.string() }),
  },
  /** Reads a Word draft (nothing written): its headings with the template section each was matched to, and what it holds. */
  'import.preview': {
    input: z.object({ name: z.string().min(1).max(300), dataBase64: z.string().min(1).max(base64Length(MAX_FILE_BYTES)) }).strict(),
    output: z.object({
      headings: z.array(draftHeadingSchema),
      sections: z.array(z.object({ id: z.string(), title: z.string(), level: z.number().int() })),
      report: importReportSchema,
    }),
  },
  /** Creates a new .memoire from a Word draft with the mapping the user checked; the .docx is never modified. */
  'import.create': {
    input: z
      .object({
        name: z.string().min(1).max(300),
        dataBase64: z.string().min(1).max(base64Length(MAX_FILE_BYTES)),
        meta: memoireMetaSchema,
        mapping: z.array(z.object({ index: z.number().int().min(0), sectionId: z.string().min(1).max(100).nullable() }).strict()).max(5000),
        convertTables: z.array(z.number().int().min(0)).max(500),
      })
      .strict(),
    output: z.object({ opened: openedMemoireSchema.nullable(), report: importReportSchema }),
  },
  /** The tutor's verdicts on the criteria, with the automatic status each was given against. */
  'review.verdicts': { input: z.object({ handle }).strict(), output: z.array(verdictSchema) },
  /** Records (or replaces) the tutor's verdict and feedback on one criterion. */
  'review.setVerdict': {
    input: z
      .object({
        handle,
        criterionId: z.string().min(1).max(20),
        status: verdictSchema.shape.status,
        feedback: z.string().max(20000),
        author: z.string().min(1).max(200),
        autoStatus: verdictSchema.shape.autoStatus,
      })
      .strict(),
    output: verdictSchema,
  },
  /** Exports the tutor's evaluation grid (automatic statuses and evidence, verdicts, feedback, open comments). */
  'review.exportGrid': {
    input: z.object({ handle, format: exportFormat, path: filePath, overwrite: z.boolean().optional() }).strict(),
    output: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  /** The soutenance's slide plan, generated from the mémoire (the same content as its exports). */
  'slides.plan': { input: z.object({ handle, confidential: z.boolean().optional() }).strict(), output: slidePlanSchema },
  /** Stores the candidate's edits of the plan (order, durations, hidden slides, texts); answers the plan as it now reads. */
  'slides.save': { input: z.object({ handle, plan: savedPlanSchema }).strict(), output: slidePlanSchema },
  /** Keeps a rehearsal: per slide, planned against actual time; answers its pacing report. */
  'slides.rehearsed': { input: z.object({ handle, timings: rehearsalTimingsSchema }).strict(), output: pacingReportSchema },
  /** The rehearsals kept in the file, oldest first, to compare them. */
  'slides.rehearsals': { input: z.object({ handle }).strict(), output: z.array(pacingReportSchema) },
  /** Writes the soutenance's slides: PowerPoint (editable) or PDF (our layout engine). */
  'slides.export': {
    input: z
      .object({
        handle,
        format: z.enum(['pptx', 'pdf']),
        path: filePath,
        overwrite: z.boolean().optional(),
        confidential: z.boolean().optional(),
        handout: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  /** Writes the tutor's light review file (verdicts, feedback, comments with their quoted text) to send back. */
  'review.exportFile': {
    input: z.object({ handle, path: filePath, overwrite: z.boolean().optional() }).strict(),
    output: z.object({ path: z.string(), bytes: z.number().int() }),
  },
  /** Merges a tutor's review file into this mémoire (a snapshot first; the text is not touched). */
  'review.import': {
    input: z.object({ handle, text: z.string().min(1).max(MAX_REVIEW_CHARS) }).strict(),
    output: z.object({
      verdictsApplied: z.number().int(),
      commentsAdded: z.number().int(),
      alreadyThere: z.number().int(),
      detached: z.array(z.object({ id: z.string(), quote: z.string(), body: z.string() })),
    }),
  },
  /** Every comment, its anchor found again in the current text (a comment whose text is gone is « détaché »). */
  'comments.list': { input: z.object({ handle }).strict(), output: z.array(commentSchema) },
  /** Adds a comment on a text range (or a reply, with no anchor), by the candidate or the tutor, tied or not to a criterion. */
  'comments.add': {
    input: z
      .object({
        handle,
        parentId: z.string().min(1).max(100).nullable(),
        anchor: commentAnchorSchema.nullable(),
        authorRole: z.enum(['candidate', 'tutor']),
        authorName: z.string().min(1).max(200),
        body: z.string().trim().min(1, 'Écrivez votre commentaire.').max(20000),
        criterionId: z.string().min(1).max(20).nullable(),
      })
      .strict(),
    output: commentSchema,
  },
  'comments.setResolved': { input: z.object({ handle, id: z.string().min(1).max(100), resolved: z.boolean() }).strict(), output: ok },
  'attachments.addImage': {
    input: z.object({ handle, name: z.string().min(1).max(300), mime: imageMime, dataBase64: z.string().min(1).max(base64Length(MAX_IMAGE_BYTES)) }).strict(),
    /** The stored image's size, and its original size when it was reduced to print resolution. */
    output: z.object({
      id: z.string(),
      width: z.number().int(),
      height: z.number().int(),
      reducedFrom: z.object({ width: z.number().int(), height: z.number().int() }).nullable(),
    }),
  },
  /** Attaches a PDF as an annex (merged at the end of the PDF export). */
  'attachments.addAnnex': {
    input: z.object({ handle, name: z.string().min(1).max(300), dataBase64: z.string().min(1).max(base64Length(MAX_FILE_BYTES)) }).strict(),
    output: annexInfoSchema,
  },
  'attachments.listAnnexes': { input: z.object({ handle }).strict(), output: z.array(annexInfoSchema) },
  'attachments.removeAnnex': { input: z.object({ handle, id: z.string().min(1).max(100) }).strict(), output: ok },
  'attachments.get': {
    input: z.object({ handle, id: z.string().min(1).max(100) }).strict(),
    output: z.object({ id: z.string(), name: z.string(), mime: z.string(), dataBase64: z.string() }),
  },
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export type ApiInput<M extends ApiMethod> = z.input<ApiContract[M]['input']>;
export type ApiOutput<M extends ApiMethod> = z.output<ApiContract[M]['output']>;

/** The back end: one async function per contract method. */
export type ApiHandlers = { [M in ApiMethod]: (input: z.output<ApiContract[M]['input']>) => Promise<ApiOutput<M>> };

/** Events the Electron shell pushes to the renderer (menus, files opened from the OS). */
export const apiEvents = {
  'menu.command': z.enum(['new', 'open', 'import', 'close', 'snapshot', 'history', 'outline', 'cover', 'export', 'about', 'referentiel']),
  'file.open': z.object({ path: filePath }),
} as const;
export type ApiEventName = keyof typeof apiEvents;
export type ApiEventPayload<E extends ApiEventName> = z.infer<(typeof apiEvents)[E]>;

/** Whether a string names a contract method (checked before any lookup, so no prototype keys pass). */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiContract, name);
}
