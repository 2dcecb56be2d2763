import { z } from 'zod';
import { SLIDE_BANK, type SlideBank } from './slide-plan';

/** How long each slide really took in a rehearsal, in the order shown. */
export const rehearsalTimingsSchema = z
  .array(
    z.object({ key: z.string().min(1).max(60), title: z.string().max(200), planned: z.number().int().min(0).max(3600), actual: z.number().min(0).max(7200) }),
  )
  .min(1)
  .max(100);
export type RehearsalTimings = z.infer<typeof rehearsalTimingsSchema>;

/** On time, a little off, or far off the planned duration. */
export type PaceTone = 'ok' | 'amber' | 'red';

/** A rehearsal's pacing report, kept in the file. */
export const pacingReportSchema = z.object({
  at: z.string(),
  planned: z.number(),
  actual: z.number(),
  slides: z.array(
    z.object({ key: z.string(), title: z.string(), planned: z.number(), actual: z.number(), delta: z.number(), tone: z.enum(['ok', 'amber', 'red']) }),
  ),
});
export type PacingReport = z.infer<typeof pacingReportSchema>;

/** The tone of a slide's time against its plan (thresholds in templates/soutenance/slides.json). */
export function paceTone(planned: number, actual: number, bank: SlideBank = SLIDE_BANK): PaceTone {
  const delta = Math.abs(actual - planned);
  if (delta < bank.pacing.minDeltaSeconds) return 'ok';
  const share = planned > 0 ? delta / planned : Infinity;
  return share > bank.pacing.redShare ? 'red' : share > bank.pacing.amberShare ? 'amber' : 'ok';
}

/** Per slide, planned against actual time and where the candidate ran long or short. */
export function pacingReport(timings: RehearsalTimings, at: Date, bank: SlideBank = SLIDE_BANK): PacingReport {
  const slides = timings.map((t) => ({
    key: t.key,
    title: t.title,
    planned: t.planned,
    actual: Math.round(t.actual),
    delta: Math.round(t.actual) - t.planned,
    tone: paceTone(t.planned, t.actual, bank),
  }));
  return { at: at.toISOString(), planned: slides.reduce((n, s) => n + s.planned, 0), actual: slides.reduce((n, s) => n + s.actual, 0), slides };
}
