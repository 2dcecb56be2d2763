import type { ApiHandlers } from '../../api/contract';
import { saveSlidePlan, slidePlanOf } from '../../soutenance/export-slides';
import { pacingReport, pacingReportSchema } from '../../soutenance/rehearsal';
import type { BackendContext } from '../backend-context';

/** The soutenance: the slide plan as edited, and the rehearsals. */
export function soutenanceHandlers(ctx: BackendContext) {
  return {
    'slides.plan': async ({ handle, confidential }) => {
      const e = ctx.entry(handle);
      return slidePlanOf(e.file, ctx.templateOf(e), confidential ?? false);
    },
    'slides.save': async ({ handle, plan }) => {
      const e = ctx.writable(handle);
      return saveSlidePlan(e.file, ctx.templateOf(e), plan);
    },
    'slides.rehearsed': async ({ handle, timings }) => {
      const report = pacingReport(timings, ctx.now());
      ctx.writable(handle).file.addRehearsal(JSON.stringify(report));
      return report;
    },
    'slides.rehearsals': async ({ handle }) =>
      ctx
        .entry(handle)
        .file.listRehearsals()
        .flatMap((r) => {
          // A report this build cannot read is left out of the comparison, never fatal.
          try {
            const parsed = pacingReportSchema.safeParse(JSON.parse(r.report));
            return parsed.success ? [parsed.data] : [];
          } catch {
            return [];
          }
        }),
  } satisfies Partial<ApiHandlers>;
}
