import { z } from 'zod';
import data from '../../templates/soutenance/slides.json';
import type { Inline, RenderBlock, RenderTree } from '../render/render-tree';
import { blockSpec } from '../schema/blocks/registry';
import type { BlockData } from '../schema/blocks/block-spec';
import { goNoGoScore } from '../schema/blocks';
import { cellText } from '../schema/blocks/block-values';

const blockTitle = (name: string) => blockSpec(name)?.title ?? name;

const slideSpecSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['title', 'content', 'questions']),
  title: z.string(),
  sectionIds: z.array(z.string()),
  seconds: z.number().int().min(0),
  visuals: z.array(z.string()),
  blocks: z.array(z.string()),
  /** Per table source, the columns shown (by header) when the table is too wide for a slide. */
  columns: z.record(z.string(), z.array(z.string())),
});

const slideBankSchema = z.object({
  reasoning: z.string().min(10),
  totalSeconds: z.number().int().min(60),
  maxWords: z.number().int().min(10),
  messageWords: z.number().int().min(4),
  connectors: z.array(z.string().min(1)),
  pacing: z.object({ amberShare: z.number().min(0), redShare: z.number().min(0), minDeltaSeconds: z.number().min(0) }),
  slides: z.array(slideSpecSchema).min(2),
});

/** The soutenance's slide plan as data (templates/soutenance/slides.json). */
export type SlideBank = z.infer<typeof slideBankSchema>;

/** The plan shipped with the app; a malformed file fails here, and in the tests. */
export const SLIDE_BANK: SlideBank = slideBankSchema.parse(data);

const chartSpecSchema = z.object({
  type: z.enum(['column', 'line']),
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number().nullable()), color: z.string() })),
  unit: z.string(),
});

/** What a slide shows beside its messages, drawn from the blocks with the mémoire's own data. */
export const slideVisualSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('table'), header: z.array(z.string()).nullable(), rows: z.array(z.array(z.string())), more: z.number().int().min(0) }),
  z.object({ kind: z.literal('chart'), chart: chartSpecSchema, title: z.string() }),
  /** The go / no go score as a bar against the threshold (same scale: the weights' sum). */
  z.object({
    kind: z.literal('score'),
    title: z.string(),
    score: z.number(),
    max: z.number().positive(),
    threshold: z.number().nullable(),
    decision: z.string().nullable(),
  }),
]);
export type SlideVisual = z.infer<typeof slideVisualSchema>;

/** One slide: title, 3–5 key messages, the visual, the speaker notes and the planned duration. */
export const slideSchema = z.object({
  id: z.string(),
  kind: z.enum(['title', 'content', 'questions']),
  title: z.string(),
  messages: z.array(z.string()),
  visual: slideVisualSchema.nullable(),
  notes: z.string(),
  seconds: z.number().int().min(0),
  /** Nothing written yet in its sections: the messages say what to write. */
  placeholder: z.boolean(),
  /** French warnings: too many words for the back of a room, messages trimmed. */
  warnings: z.array(z.string()),
  /** Unique in the deck (a duplicated slide gets its own); `id` names the part it comes from. */
  key: z.string(),
  hidden: z.boolean(),
  /** The candidate changed its title, messages or notes: regenerating the others keeps them. */
  edited: z.boolean(),
});
export type Slide = z.infer<typeof slideSchema>;

/** The whole deck and whether it fits the 20 minutes (the API's answer too). */
export const slidePlanSchema = z.object({ slides: z.array(slideSchema), totalSeconds: z.number().int(), targetSeconds: z.number().int() });
export type SlidePlan = z.infer<typeof slidePlanSchema>;

const MAX_MESSAGES = 4;
const MAX_NOTE_WORDS = 90;
const MAX_TABLE_ROWS = 6;
const MAX_TABLE_COLUMNS = 5;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const plain = (inlines: Inline[]) =>
  inlines
    .map((i) => i.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

/** The text of a section's blocks, paragraph by paragraph (list items are paragraphs of their own). */
function paragraphs(blocks: RenderBlock[]): string[] {
  return blocks
    .flatMap((b): string[] => {
      if (b.kind === 'paragraph') return [plain(b.inlines)];
      if (b.kind === 'list') return b.items.flatMap(paragraphs);
      if (b.kind === 'quote') return paragraphs(b.blocks);
      return [];
    })
    .filter(Boolean);
}

const sentences = (text: string) =>
  text
    .split(/(?<=[.!?…])\s+(?=[A-ZÀ-Ý«0-9])/u)
    .map((s) => s.trim())
    .filter((s) => s.split(' ').length >= 4);
const wordCount = (text: string) => text.split(/[ \t\n]+/).filter(Boolean).length;

function trimWords(text: string, max: number): { text: string; trimmed: boolean } {
  // Thousands stay with their number: « 14 500 € » is one word for the cut.
  const words = text
    .replace(/[.;:]$/, '')
    .replace(/(\d) (?=\d{3}\b)/g, '$1\u202f')
    .replace(/(\d) (?=[%€])/g, '$1\u202f')
    .split(/[ \t\n]+/);
  return words.length <= max ? { text: words.join(' '), trimmed: false } : { text: `${words.slice(0, max).join(' ')}…`, trimmed: true };
}

/**
 * The key messages of a section: its sentences that carry a figure first (what a jury remembers),
 * then the others in order, each cut to a line that reads at the back of a room.
 */
function keyMessages(texts: string[], bank: SlideBank): { messages: string[]; trimmed: boolean } {
  const connector = new RegExp(`^(?:${bank.connectors.map(escapeRegExp).join('|')})\\s*,\\s*`, 'u');
  const all = texts.flatMap(sentences).map((s) => {
    const rest = s.replace(connector, '');
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  });
  const withFigures = all.filter((s) => /\d/.test(s));
  const picked = [...withFigures, ...all.filter((s) => !/\d/.test(s))].slice(0, MAX_MESSAGES);
  const cut = all.filter((s) => picked.includes(s)).map((s) => trimWords(s, bank.messageWords));
  return { messages: cut.map((c) => c.text), trimmed: cut.some((c) => c.trimmed) };
}

function tableVisual(b: Extract<RenderBlock, { kind: 'table' }>, keep: string[] | undefined): SlideVisual {
  const header = b.header?.map(plain);
  const wanted = keep && header ? keep.map((k) => header.indexOf(k)).filter((i) => i >= 0) : [];
  const columns = wanted.length ? wanted : [...Array(Math.min(MAX_TABLE_COLUMNS, (b.header ?? b.rows[0] ?? []).length)).keys()];
  const cells = (row: Inline[][]) => columns.map((i) => plain(row[i] ?? []));
  return {
    kind: 'table',
    header: b.header ? cells(b.header) : null,
    rows: b.rows.slice(0, MAX_TABLE_ROWS).map(cells),
    more: Math.max(0, b.rows.length - MAX_TABLE_ROWS),
  };
}

/** The go / no go score bar, when the block gives a complete score. */
function scoreVisual(data: BlockData | undefined): SlideVisual | null {
  if (!data) return null;
  const g = goNoGoScore(data);
  if (g.score === null || g.weightSum <= 0) return null;
  return {
    kind: 'score',
    title: 'Score go / no go',
    score: g.score,
    max: g.weightSum,
    threshold: g.threshold,
    decision: cellText(data.fields.decision) || g.suggested,
  };
}

/** The first visual of the slide's preference list found in its sections. */
function pickVisual(
  blocks: RenderBlock[],
  wanted: string[],
  blockData: ReadonlyMap<string, BlockData> = new Map(),
  columns: Record<string, string[]> = {},
): SlideVisual | null {
  for (const source of wanted) {
    if (source === 'score') {
      const score = scoreVisual(blockData.get('goNoGo'));
      if (score) return score;
      continue;
    }
    if (source === 'chart') {
      const chart = blocks.find((b): b is Extract<RenderBlock, { kind: 'chart' }> => b.kind === 'chart');
      if (chart) return { kind: 'chart', chart: chart.chart, title: chart.caption.text };
      continue;
    }
    const table = blocks.find((b): b is Extract<RenderBlock, { kind: 'table' }> => b.kind === 'table' && b.source === source);
    if (table && table.rows.length) return tableVisual(table, columns[source]);
  }
  return null;
}

/** The render tree's body cut by template section: each block goes to the section of the heading above it. */
function blocksBySection(tree: RenderTree): Map<string, RenderBlock[]> {
  const out = new Map<string, RenderBlock[]>();
  let current: string | null = null;
  for (const b of tree.body) {
    if (b.kind === 'heading') {
      current = b.sectionId;
      continue;
    }
    if (!current) continue;
    if (!out.has(current)) out.set(current, []);
    out.get(current)!.push(b);
  }
  return out;
}

/**
 * Generates the soutenance's slides from the mémoire's render tree (the same content as the exports,
 * confidential masking included): one slide per part, its key messages, its visual, its notes and its
 * share of the 20 minutes. An empty part gives a slide that says what to write, never a crash.
 */
export function generateSlidePlan(
  tree: RenderTree,
  bank: SlideBank = SLIDE_BANK,
  invalidBlocks: ReadonlyMap<string, string[]> = new Map(),
  blockData: ReadonlyMap<string, BlockData> = new Map(),
): SlidePlan {
  const sections = blocksBySection(tree);
  const c = tree.cover;
  const slides = bank.slides.map((spec): Slide => {
    const base = {
      id: spec.id,
      key: spec.id,
      kind: spec.kind,
      title: spec.title,
      seconds: spec.seconds,
      visual: null,
      warnings: [] as string[],
      placeholder: false,
      hidden: false,
      edited: false,
    };
    if (spec.kind === 'title') {
      const messages = [c.candidate, [c.company, c.perimeter].filter(Boolean).join(' — '), c.school, c.year].filter(Boolean);
      return {
        ...base,
        title: c.title,
        messages,
        notes: `Présentez-vous, l’entreprise et le périmètre dont vous avez la responsabilité, puis annoncez le plan.`,
      };
    }
    if (spec.kind === 'questions')
      return {
        ...base,
        messages: ['Merci de votre attention.'],
        notes: 'Reprenez les questions probables du jury : chiffres, sources, et ce que vous feriez autrement.',
      };
    const blocks = spec.sectionIds.flatMap((id) => sections.get(id) ?? []);
    const texts = paragraphs(blocks);
    const prose = keyMessages(texts, bank);
    // A block with invalid values gives no visual: the slide says what to fix instead of drawing wrong figures.
    const invalid = spec.blocks.flatMap((name) => (invalidBlocks.get(name) ?? []).map((m) => `${blockTitle(name)} : ${m}`));
    const visual = invalid.length ? null : pickVisual(blocks, spec.visuals, blockData, spec.columns);
    // A part told only by its block: the block's first rows are the messages.
    const table =
      visual?.kind === 'table'
        ? visual
        : pickVisual(
            blocks,
            spec.visuals.filter((v) => v !== 'chart'),
          );
    const fromTable =
      table?.kind === 'table' ? table.rows.slice(0, MAX_MESSAGES).map((r) => trimWords(r.slice(0, 2).filter(Boolean).join(' : '), bank.messageWords).text) : [];
    const messages = prose.messages.length ? prose.messages : fromTable;
    const placeholder = messages.length === 0 && !visual;
    const notes = texts.length ? trimWords(texts.join(' '), MAX_NOTE_WORDS).text : visual ? 'Commentez le visuel : ce qu’il montre, le chiffre à retenir.' : '';
    const slide: Slide = {
      ...base,
      messages: placeholder ? [`À écrire : la partie « ${spec.title} » du mémoire est encore vide.`] : messages,
      visual,
      notes,
      placeholder,
    };
    const trimmed = prose.messages.length ? prose.trimmed : false;
    const blocked = invalid.length ? [`Visuel non dessiné, valeurs invalides à corriger dans le mémoire — ${invalid.slice(0, 3).join(' ; ')}`] : [];
    return { ...slide, warnings: [...blocked, ...slideWarnings(slide, bank.maxWords, trimmed)] };
  });
  return { slides, totalSeconds: visibleSeconds(slides), targetSeconds: bank.totalSeconds };
}

/** What makes a slide hard to read from the back of the room, in French. */
export function slideWarnings(slide: Pick<Slide, 'messages'>, maxWords = SLIDE_BANK.maxWords, trimmed = false): string[] {
  const words = slide.messages.reduce((n, m) => n + wordCount(m), 0);
  const out: string[] = [];
  if (words > maxWords) out.push(`${words} mots sur la diapositive : au-delà de ${maxWords}, le jury lit au lieu d’écouter.`);
  if (trimmed) out.push('Des messages ont été raccourcis : relisez-les.');
  return out;
}

/** « 20:00 » from seconds. */
export function formatDuration(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A slide as the candidate left it, stored in the .memoire. */
export const savedSlideSchema = z.object({
  key: z.string().min(1).max(60),
  source: z.string().max(60).nullable(),
  title: z.string().max(200),
  messages: z.array(z.string().max(500)).max(12),
  notes: z.string().max(5000),
  seconds: z.number().int().min(0).max(3600),
  hidden: z.boolean(),
  edited: z.boolean(),
});

/** The edited plan: the slides' order, durations, visibility and the edited texts. */
export const savedPlanSchema = z.object({ version: z.literal(1), slides: z.array(savedSlideSchema).max(100) });
export type SavedPlan = z.infer<typeof savedPlanSchema>;

/** The deck's length: the slides shown, hidden ones left out. */
export const visibleSeconds = (slides: Slide[]) => slides.filter((s) => !s.hidden).reduce((n, s) => n + s.seconds, 0);

/**
 * The plan freshly generated from the mémoire, with the candidate's edits applied: their order,
 * durations and hidden slides always; their texts where they edited them (the other slides follow the
 * mémoire). Parts the stored plan does not know yet are added at the end.
 */
export function applySavedPlan(generated: SlidePlan, saved: SavedPlan | null): SlidePlan {
  if (!saved) return generated;
  const bySource = new Map(generated.slides.map((s) => [s.id, s]));
  const slides = saved.slides.map((e): Slide => {
    const fresh = e.source ? bySource.get(e.source) : undefined;
    const base: Slide = fresh ?? {
      id: e.key,
      key: e.key,
      kind: 'content',
      title: e.title,
      messages: [],
      visual: null,
      notes: '',
      seconds: e.seconds,
      placeholder: false,
      warnings: [],
      hidden: false,
      edited: true,
    };
    const slide: Slide = {
      ...base,
      ...(e.edited ? { title: e.title, messages: e.messages, notes: e.notes, placeholder: false } : {}),
      key: e.key,
      seconds: e.seconds,
      hidden: e.hidden,
      edited: e.edited,
    };
    return e.edited ? { ...slide, warnings: slideWarnings(slide) } : slide;
  });
  const known = new Set(saved.slides.map((e) => e.source));
  slides.push(...generated.slides.filter((s) => !known.has(s.id)));
  return { ...generated, slides, totalSeconds: visibleSeconds(slides) };
}

/** What is stored of a plan. */
export function toSavedPlan(plan: SlidePlan): SavedPlan {
  return {
    version: 1,
    slides: plan.slides.map((s) => ({
      key: s.key,
      source: SLIDE_BANK.slides.some((b) => b.id === s.id) ? s.id : null,
      title: s.title,
      messages: s.messages,
      notes: s.notes,
      seconds: s.seconds,
      hidden: s.hidden,
      edited: s.edited,
    })),
  };
}

/** « Score go / no go : 77 / 100 — seuil 60 — décision : Go », the words of the score bar. */
export function scoreCaption(v: Extract<SlideVisual, { kind: 'score' }>): { score: string; threshold: string | null; decision: string | null } {
  const n = (x: number) => String(Math.round(x * 10) / 10).replace('.', ',');
  return {
    score: `${v.title} : ${n(v.score)} / ${n(v.max)}`,
    threshold: v.threshold === null ? null : `Seuil : ${n(v.threshold)}`,
    decision: v.decision ? `Décision : ${v.decision}` : null,
  };
}
