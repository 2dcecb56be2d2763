import { z } from 'zod';
import data from '../../../templates/checks/lexicon.json';

const entrySchema = z.object({ patterns: z.array(z.string().min(1)).min(1), reason: z.string().min(10) });

const KEYS = [
  'placeholders',
  'placeholderSentences',
  'generic',
  'deadline',
  'mergeFields',
  'opportunity',
  'externalContext',
  'feasibilityRated',
  'economicRated',
  'economicLevel',
  'priority',
  'threat',
  'threatContext',
  'riskEstimate',
  'strengths',
  'weaknesses',
  'decisive',
  'decisiveWhy',
  'segmentation',
  'target',
  'positioning',
  'positioningGeneric',
  'objectiveLink',
  'objectiveContext',
  'objectiveVerb',
  'tracking',
  'pacBuild',
  'phaseDiagnostic',
  'phaseObjectives',
  'phaseActions',
  'phaseBudget',
  'phasePlanning',
  'phaseTracking',
  'typeDetection',
  'typeConquest',
  'typeLoyalty',
  'channels',
  'handOff',
  'collaborationContext',
  'internalRoles',
  'external',
  'modeFormat',
  'modeTiming',
  'modeValidation',
  'modeDeliverable',
  'socialContext',
  'supports',
  'supportRole',
  'socialObjective',
  'editorialThemes',
  'editorialAudience',
  'editorialTone',
  'editorialFrequency',
  'editorialLink',
  'prospectionContext',
  'targetCriteria',
  'targetSizing',
  'hookContext',
  'hookDescribed',
  'hookRequest',
  'logisticsRule',
  'logisticsFigure',
  'logisticsRemote',
  'tenderContext',
  'tenderNotConcerned',
  'familyEconomic',
  'familyStrategic',
  'familyFeasibility',
  'tenderDecision',
  'crmTools',
  'crmQuery',
  'crmUse',
  'crmAction',
  'planned',
  'actual',
  'gapWritten',
  'corrective',
  'correctiveTarget',
  'cost',
  'gain',
  'roi',
  'negotiationContext',
  'observedOnly',
  'webSources',
  'webResearch',
  'finding',
  'negotiationObjective',
  'angle',
  'roles',
  'power',
  'learned',
  'levers',
  'leverContext',
  'reformulation',
  'validated',
  'agreementSigned',
  'agreementPending',
  'kpiContext',
  'periods',
  'series',
] as const;
type Key = (typeof KEYS)[number];

/** Entries whose patterns are lists of distinct items (each pattern counts once), not one notion. */
const LISTS = ['channels', 'supports', 'webSources', 'levers', 'targetCriteria', 'internalRoles', 'roles', 'targetSizing'] as const;
type ListKey = (typeof LISTS)[number];

const lexiconSchema = z.object(Object.fromEntries(KEYS.map((k) => [k, entrySchema])) as Record<Key, typeof entrySchema>).passthrough();

/** The compiled lexicon: one regular expression per notion, plus the item lists as arrays. */
export type Lexicon = Record<Exclude<Key, 'placeholders' | 'placeholderSentences'>, RegExp> & {
  placeholders: RegExp[];
  placeholderSentences: RegExp[];
  items: Record<ListKey, RegExp[]>;
};

/**
 * Compiles templates/checks/lexicon.json once. A malformed file fails loudly here (and in the tests),
 * never silently with an empty pattern.
 */
function compile(raw: unknown): Lexicon {
  const parsed = lexiconSchema.parse(raw);
  const out: Record<string, unknown> = {};
  for (const key of KEYS) out[key] = new RegExp(parsed[key].patterns.map((p) => `(?:${p})`).join('|'));
  out.placeholders = parsed.placeholders.patterns.map((p) => new RegExp(p, 'giu'));
  out.placeholderSentences = parsed.placeholderSentences.patterns.map((p) => new RegExp(p, 'giu'));
  out.items = Object.fromEntries(LISTS.map((k) => [k, parsed[k].patterns.map((p) => new RegExp(p))]));
  return out as Lexicon;
}

/** The lexicon the evidence graders read (templates/checks/lexicon.json). */
export const LEXICON: Lexicon = compile(data);

/** How many distinct items of a list entry a normalised text names. */
export function countItems(list: ListKey, n: string): number {
  return LEXICON.items[list].filter((re) => re.test(n)).length;
}

/** Which items of a list entry a normalised text names (their indexes). */
export function itemsIn(list: ListKey, n: string): number[] {
  const out: number[] = [];
  LEXICON.items[list].forEach((re, i) => re.test(n) && out.push(i));
  return out;
}
