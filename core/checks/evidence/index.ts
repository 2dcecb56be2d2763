import type { Grader } from './grade-kit';
import { gradeAdvantage, gradeOpportunities, gradeThreats } from './graders/diagnostic';
import { gradeObjectivesCoherence, gradeSegmentation, gradeSmart } from './graders/strategy';
import { gradeChannels, gradePacBalance, gradePacPhases } from './graders/pac';
import {
  gradeActors,
  gradeCrm,
  gradeEditorialLine,
  gradeGoNoGo,
  gradeHook,
  gradeLogistics,
  gradeModes,
  gradeSupports,
  gradeTargeting,
} from './graders/deployment';
import { gradeCorrectiveRoi, gradeDashboard, gradeKpiGap, gradeTracking } from './graders/steering';
import { gradeAgreement, gradeLevers, gradeNegotiationObjective, gradePower, gradeReformulation, gradeWebResearch } from './graders/negotiation';

export { readEvidence, type DocEvidence, type Passage } from './passages';
export { quote, type Grade } from './grade-kit';

/**
 * One grader per criterion assessed through the mémoire (grading/RUBRIC.md): each reads the whole
 * document — prose, lists and tables, under any heading — and applies the rubric's conditions.
 */
export const GRADERS: Record<string, Grader> = {
  '1.1.a': gradeOpportunities,
  '1.1.b': gradeThreats,
  '1.2.a': gradeAdvantage,
  '1.3.a': gradeSegmentation,
  '1.3.b': gradeObjectivesCoherence,
  '1.3.c': gradeSmart,
  '1.4.a': gradePacPhases,
  '1.4.b': gradePacBalance,
  '1.4.c': gradeChannels,
  '2.1.a': gradeActors,
  '2.1.b': gradeModes,
  '2.3.a': gradeSupports,
  '2.3.b': gradeEditorialLine,
  '2.4.a': gradeTargeting,
  '2.4.b': gradeHook,
  '2.4.c': gradeLogistics,
  '2.5.a': gradeGoNoGo,
  '2.6.a': gradeCrm,
  '2.7.a': gradeTracking,
  '2.7.b': gradeCorrectiveRoi,
  '3.1.a': gradeWebResearch,
  '3.1.b': gradeNegotiationObjective,
  '3.1.c': gradePower,
  '3.1.d': gradeLevers,
  '3.1.e': gradeReformulation,
  '3.1.f': gradeAgreement,
  '4.4.a': gradeKpiGap,
  '4.4.b': gradeDashboard,
};
