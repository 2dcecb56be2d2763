import { readableDocument } from '../schema/document-repair';
import type { MemoireFile } from '../store/memoire-file';
import type { MemoireTemplate } from '../referential/template-schema';
import { buildRenderTree, masker } from '../render/render-tree';
import { assertExportTarget } from '../export/export-target';
import { writeFileAtomic } from '../export/write-file-atomic';
import type { ExportEnvironment } from '../export/export-memoire';
import { applySavedPlan, generateSlidePlan, savedPlanSchema, SLIDE_BANK, type SavedPlan, type SlidePlan } from './slide-plan';
import type { PmNode } from '../model/document';
import { blockSpec } from '../schema/blocks/registry';
import { normalizeBlockData, type BlockData } from '../schema/blocks/block-spec';
import { validateBlock } from '../schema/blocks/validate-block';
import { exportSlidesPptx, type DeckTheme } from './export-slides-pptx';
import { exportSlidesPdf } from './export-slides-pdf';

/** What to write: the format, where, and whether the company is masked as in the confidential mémoire. */
export interface SlidesRequest {
  format: 'pptx' | 'pdf';
  out: string;
  overwrite: boolean;
  confidential?: boolean;
  /** Other files the export must never overwrite (the mémoires open in the app). */
  protectedPaths?: string[];
  /** PDF only: the speaker notes under each slide, to print. */
  handout?: boolean;
}

/** The deck's look: the sober theme, in the font the jury's machines all have. */
export const DECK_THEME: DeckTheme = { accent: '1D4E89', font: 'Arial' };

/** The theme with the cover's colour. */
export function deckTheme(accentColor: string): DeckTheme {
  return { ...DECK_THEME, accent: accentColor.replace('#', '').toUpperCase() };
}

/** The slide plan of an open mémoire, from the same render tree as its exports, with the candidate's edits. */
export function slidePlanOf(file: MemoireFile, template: MemoireTemplate, confidential = false): SlidePlan {
  const { meta } = file.getMemoire();
  const doc = readableDocument(file);
  const blocks = readBlocks(doc);
  const generated = generateSlidePlan(buildRenderTree(doc, meta, template, { confidential, includeAnnexes: false }), SLIDE_BANK, blocks.invalid, blocks.data);
  const plan = applySavedPlan(generated, readSavedPlan(file));
  if (!confidential) return plan;
  // The candidate's own texts are masked too: a confidential deck never names the company.
  const mask = masker(meta, true);
  return { ...plan, slides: plan.slides.map((s) => ({ ...s, title: mask(s.title), messages: s.messages.map(mask), notes: mask(s.notes) })) };
}

/**
 * One pass over the document's business blocks: the first of each type, normalised (what the computed
 * visuals read), and the French messages of the values that are wrong (not merely empty) per type.
 */
function readBlocks(doc: PmNode): { data: Map<string, BlockData>; invalid: Map<string, string[]> } {
  const data = new Map<string, BlockData>();
  const invalid = new Map<string, string[]>();
  for (const node of doc.content ?? []) {
    const spec = blockSpec(node.type);
    if (!spec) continue;
    const block = normalizeBlockData(spec, node.attrs?.data);
    if (!data.has(spec.name)) data.set(spec.name, block);
    const errors = validateBlock(spec, block).filter((i) => i.level === 'error');
    if (errors.length) invalid.set(spec.name, [...(invalid.get(spec.name) ?? []), ...errors.map((e) => e.message)]);
  }
  return { data, invalid };
}

/** The stored edits; a stored plan this build cannot read is ignored (the generated plan is shown), never fatal. */
function readSavedPlan(file: MemoireFile): SavedPlan | null {
  const json = file.getSlidesJson();
  if (!json) return null;
  try {
    const parsed = savedPlanSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Stores the candidate's edits of the plan and gives back the plan as it now reads. */
export function saveSlidePlan(file: MemoireFile, template: MemoireTemplate, saved: SavedPlan): SlidePlan {
  file.saveSlidesJson(JSON.stringify(savedPlanSchema.parse(saved)));
  return slidePlanOf(file, template);
}

/**
 * Exports the soutenance's slides (PowerPoint or PDF) from an open mémoire, through a temporary
 * file; never over a .memoire. The mémoire is only read.
 */
export async function exportSlides(
  file: MemoireFile,
  template: MemoireTemplate,
  request: SlidesRequest,
  env: ExportEnvironment,
): Promise<{ path: string; bytes: number }> {
  assertExportTarget(request.out, { protectedPaths: [file.path, ...(request.protectedPaths ?? [])], overwrite: request.overwrite });
  const all = slidePlanOf(file, template, request.confidential);
  const plan = { ...all, slides: all.slides.filter((s) => !s.hidden) };
  const { meta } = file.getMemoire();
  const cover = { title: request.confidential ? plan.slides[0].title : meta.title, candidate: meta.candidate };
  const theme = deckTheme(meta.accentColor);
  const bytes =
    request.format === 'pptx' ? await exportSlidesPptx(plan, cover, theme) : await exportSlidesPdf(plan, cover, theme, env.fontsDir, request.handout);
  writeFileAtomic(request.out, bytes);
  return { path: request.out, bytes: bytes.length };
}
