import { z } from 'zod';

const assessment = z.enum(['etude-de-cas', 'memoire', 'simulation']);

/** One evaluation criterion, worded exactly as in the référentiel. */
export const criterionSchema = z.object({
  id: z.string().regex(/^\d+\.\d+\.[a-z]$/, 'Identifiant de critère attendu sous la forme 1.1.a'),
  wording: z.string().min(5),
  group: z.string().min(1),
  label: z.string().min(1),
  assessedThrough: z.array(assessment).min(1),
  /** `memoire`: checked on the mémoire; `practice`: only on exam practice templates. */
  scope: z.enum(['memoire', 'practice']),
});
export type Criterion = z.infer<typeof criterionSchema>;

const competenceSchema = z.object({
  id: z.string().regex(/^\d+\.\d+$/),
  statement: z.string().min(5),
  knowledge: z.array(z.string().min(1)),
});

const evaluationSchema = z.object({
  id: z.string().min(1),
  competenceIds: z.array(z.string()).min(1),
  modalities: z.array(z.object({ kind: assessment, title: z.string(), description: z.string() })).min(1),
  criteria: z.array(criterionSchema).min(1),
});

const blockSchema = z.object({
  id: z.string().regex(/^\d+$/),
  title: z.string().min(1),
  activities: z.array(z.string().min(1)).min(1),
  competences: z.array(competenceSchema).min(1),
  evaluations: z.array(evaluationSchema).min(1),
});

/** A référentiel d'activités, de compétences et d'évaluation, as data a school can replace. */
export const referentielSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    version: z.string(),
    source: z.string(),
    soutenance: z.object({ durationMinutes: z.number().int().positive(), jury: z.string() }),
    blocks: z.array(blockSchema).min(1),
  })
  .superRefine((ref, ctx) => {
    const seen = new Set<string>();
    for (const block of ref.blocks) {
      const competenceIds = new Set(block.competences.map((c) => c.id));
      for (const evaluation of block.evaluations) {
        for (const id of evaluation.competenceIds) {
          if (!competenceIds.has(id)) {
            ctx.addIssue({ code: 'custom', message: `Compétence ${id} inconnue dans le bloc ${block.id}` });
          }
        }
        for (const criterion of evaluation.criteria) {
          if (seen.has(criterion.id)) ctx.addIssue({ code: 'custom', message: `Critère ${criterion.id} en double` });
          seen.add(criterion.id);
          const competence = criterion.id.split('.').slice(0, 2).join('.');
          if (!competenceIds.has(competence)) {
            ctx.addIssue({ code: 'custom', message: `Le critère ${criterion.id} ne correspond à aucune compétence du bloc ${block.id}` });
          }
        }
      }
    }
  });
export type Referentiel = z.infer<typeof referentielSchema>;

/** Every criterion of a référentiel, in document order, with the block it belongs to. */
export function listCriteria(ref: Referentiel): Array<Criterion & { blockId: string }> {
  return ref.blocks.flatMap((block) => block.evaluations.flatMap((evaluation) => evaluation.criteria.map((c) => ({ ...c, blockId: block.id }))));
}
