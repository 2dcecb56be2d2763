import type { Rule } from '../rule-kit';
import { opportunitiesRule, threatsRule, advantagesRule } from './diagnostic-rules';
import { segmentationRule, objectivesCoherenceRule, smartRule } from './strategy-rules';
import { pacPhasesRule, pacBalanceRule, multichannelRule } from './pac-rules';
import { actorsRule, collaborationModesRule, supportsRule, editorialLineRule, targetingRule, hookRule, logisticsRule, goNoGoRule, crmRule } from './deployment-rules';
import { trackingGapRule, correctiveRoiRule, anomaliesRule, kpiGapRule, dashboardRule } from './steering-rules';
import { sourcesRule, objectivesAngleRule, powerRule, leversRule, reformulationRule, agreementRule } from './negotiation-rules';
import {
  targetedActionsRule, supportsAdaptedRule, emailRulesRule, eventRule, automationRule, proposalRule, proposalFormRule,
  mapActorsRule, mapInvolvementRule, mapInteractionsRule, mapPerformanceRule, mapCompleteRule, mapQualityRule,
} from './practice-rules';

/** One rule per criterion id of the référentiel. */
export const RULES: Record<string, Rule> = {
  '1.1.a': opportunitiesRule,
  '1.1.b': threatsRule,
  '1.2.a': advantagesRule,
  '1.3.a': segmentationRule,
  '1.3.b': objectivesCoherenceRule,
  '1.3.c': smartRule,
  '1.4.a': pacPhasesRule,
  '1.4.b': pacBalanceRule,
  '1.4.c': multichannelRule,
  '2.1.a': actorsRule,
  '2.1.b': collaborationModesRule,
  '2.2.a': targetedActionsRule,
  '2.2.b': supportsAdaptedRule,
  '2.2.c': emailRulesRule,
  '2.2.d': eventRule,
  '2.2.e': automationRule,
  '2.3.a': supportsRule,
  '2.3.b': editorialLineRule,
  '2.4.a': targetingRule,
  '2.4.b': hookRule,
  '2.4.c': logisticsRule,
  '2.5.a': goNoGoRule,
  '2.6.a': crmRule,
  '2.7.a': trackingGapRule,
  '2.7.b': correctiveRoiRule,
  '3.1.a': sourcesRule,
  '3.1.b': objectivesAngleRule,
  '3.1.c': powerRule,
  '3.1.d': leversRule,
  '3.1.e': reformulationRule,
  '3.1.f': agreementRule,
  '3.4.a': proposalRule,
  '3.4.b': proposalFormRule,
  '4.1.a': mapActorsRule,
  '4.1.b': mapInvolvementRule,
  '4.1.c': mapInteractionsRule,
  '4.1.d': mapPerformanceRule,
  '4.2.a': mapCompleteRule,
  '4.2.b': mapQualityRule,
  '4.3.a': anomaliesRule,
  '4.4.a': kpiGapRule,
  '4.4.b': dashboardRule,
};
