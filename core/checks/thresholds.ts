import { z } from 'zod';

const reasoned = <T extends z.ZodRawShape>(shape: T) => z.object({ ...shape, reasoning: z.string().min(10) });

/** The named thresholds of the rules, each with its reasoning (templates/checks/thresholds.json). */
export const thresholdsSchema = z.object({
  pacBalance: reasoned({ minShare: z.number().min(0).max(1), maxShare: z.number().min(0).max(1) }),
  multichannel: reasoned({ minChannels: z.number().int().min(1), minMultichannelShare: z.number().min(0).max(1) }),
  diagnostic: reasoned({ minOpportunities: z.number().int().min(1), minThreats: z.number().int().min(1), minJustificationWords: z.number().int().min(0) }),
  strategy: reasoned({ minSegments: z.number().int().min(1), minPositioningWords: z.number().int().min(1), minSmartObjectives: z.number().int().min(1) }),
  collaboration: reasoned({ minActors: z.number().int().min(1) }),
  socialSelling: reasoned({ minSupports: z.number().int().min(1) }),
  prospection: reasoned({
    minTargetingWords: z.number().int(),
    minHookWords: z.number().int(),
    maxHookWords: z.number().int(),
    minZones: z.number().int().min(1),
  }),
  goNoGo: reasoned({ minCriteria: z.number().int().min(1), families: z.array(z.string()).min(1) }),
  kpi: reasoned({ minIndicators: z.number().int().min(1), minPeriods: z.number().int().min(2), minSummaryWords: z.number().int().min(0) }),
  negotiation: reasoned({ minSourcesWords: z.number().int().min(0), minLeverWords: z.number().int().min(1) }),
  emailing: reasoned({ maxSubjectChars: z.number().int().min(10), maxPreheaderChars: z.number().int().min(10) }),
  processMap: reasoned({ minSteps: z.number().int().min(1) }),
  figures: reasoned({
    moneyTolerance: z.number().min(0),
    percentTolerancePoints: z.number().min(0),
    budgetKeywords: z.array(z.string().min(1)).min(1),
    roiKeywords: z.array(z.string().min(1)).min(1),
    objectiveKeywords: z.array(z.string().min(1)).min(1),
  }),
  evidence: reasoned({
    minOpportunities: z.number().int().min(1),
    minThreats: z.number().int().min(1),
    minSegments: z.number().int().min(1),
    minSmartObjectives: z.number().int().min(1),
    minPhases: z.number().int().min(1),
    minChannels: z.number().int().min(1),
    minCombinedActions: z.number().int().min(1),
    tokenMinActions: z.number().int().min(1),
    tokenMaxBudgetShare: z.number().min(0).max(1),
    minActors: z.number().int().min(1),
    minModes: z.number().int().min(1),
    minSupports: z.number().int().min(1),
    minTargetCriteria: z.number().int().min(1),
    minGridCriteria: z.number().int().min(1),
    scoreTolerance: z.number().min(0),
    roiTolerancePoints: z.number().min(0),
    minTrackedObjectives: z.number().int().min(1),
    minSources: z.number().int().min(1),
    minLevers: z.number().int().min(1),
    minKpis: z.number().int().min(1),
    minDashboardKpis: z.number().int().min(1),
    minPeriods: z.number().int().min(2),
  }),
});
/** The thresholds of the evidence graders (the rubric's counts and tolerances). */
export type EvidenceThresholds = z.infer<typeof thresholdsSchema>['evidence'];
export type Thresholds = z.infer<typeof thresholdsSchema>;
