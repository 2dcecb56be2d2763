import { LEXICON, itemsIn } from '../lexicon';
import type { DocEvidence, Passage } from '../passages';
import { byGroup, column, grade, plural, type Grader } from '../grade-kit';
import { hasContent, norm, numbersIn, sentences } from '../text';
import { ADVICE } from '../../advice';

const PHASES: Array<{ label: string; re: keyof typeof LEXICON }> = [
  { label: 'diagnostic', re: 'phaseDiagnostic' },
  { label: 'objectifs', re: 'phaseObjectives' },
  { label: 'choix des actions', re: 'phaseActions' },
  { label: 'budget', re: 'phaseBudget' },
  { label: 'planning', re: 'phasePlanning' },
  { label: 'suivi', re: 'phaseTracking' },
];

const BUILT =
  /(construit|elabore|bati)[^.]{0,20}\b(le|mon|notre|ce) (plan|pac|sales plan)\b|\b(plan|pac)\b[^.]{0,30}(a ete|est) (construit|elabore)|pour (faire|construire|elaborer|batir) (le|mon|notre) (plan|pac|sales plan)|construit en \w+ (etapes|temps)|\b(pac|plan)\b[^.]{0,40}\b(phases|etapes)\b|(phases|etapes) (d'elaboration|de construction)/;

/** 1.4.a — the phases by which the PAC was built, named in order (≥ 4). */
export const gradePacPhases: Grader = ({ ev, t }) => {
  const inContext = (p: Passage) => LEXICON.pacBuild.test(p.context.split(' > ').slice(-2).join(' '));
  const scoped = new Set<Passage>();
  const texts: string[] = [];
  ev.passages.forEach((p, i) => {
    if (inContext(p)) {
      scoped.add(p);
      texts.push(p.n);
      return;
    }
    const all = sentences(p.text).map(norm);
    const at = all.findIndex((s) => BUILT.test(s));
    if (at < 0) return;
    scoped.add(p);
    // From the sentence that says how the plan was built, and the list that follows it.
    texts.push(all.slice(at).join(' '));
    const next = ev.passages[i + 1];
    if (next?.kind === 'item') ev.passages.filter((q) => q.group === next.group).forEach((q) => (scoped.add(q), texts.push(q.n)));
  });
  const text = texts.map((n) => n.replace(/plans? d'actions? commercial(e)?s?|\bpac\b|sales plan/g, ' ')).join(' ');
  const found = PHASES.filter((ph) => (LEXICON[ph.re] as RegExp).test(text));
  const evidence = [...scoped];
  if (found.length >= t.minPhases) return grade('satisfied', evidence);
  const advice = [ADVICE['1.4.a'].phasesNamed(plural(found.length, 'phase'), found.map((f) => f.label).join(', ') || 'aucune', t.minPhases)];
  return grade(found.length ? 'partial' : 'missing', evidence, advice);
};

/** An action of the PAC with its type, channels and budget. */
interface Action {
  passage: Passage;
  type: 'D' | 'C' | 'F' | null;
  channels: number[];
  budget: number | null;
}

function typeOf(n: string): Action['type'] {
  if (LEXICON.typeDetection.test(n)) return 'D';
  if (LEXICON.typeConquest.test(n)) return 'C';
  if (LEXICON.typeLoyalty.test(n)) return 'F';
  return null;
}

function amount(n: string): number | null {
  const m = /(\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?\s?(k€|€)/.exec(n);
  if (!m) return null;
  return (numbersIn(m[0])[0] ?? 0) * (m[2] === 'k€' ? 1000 : 1);
}

/** The PAC's actions: rows of a table with an action and a type or channel column, or items of a list grouped by type. */
export function findActions(ev: DocEvidence): Action[] {
  const actions: Action[] = [];
  for (const group of byGroup(ev.passages)) {
    const first = group[0];
    if (first.table) {
      const facts = first.table.facts;
      const actionCol = column(facts, /^action|^actions?\b|intitule/);
      const typeCol = column(facts, /^type/);
      const channelCol = column(facts, /canal|canaux/);
      if (actionCol < 0 || (typeCol < 0 && channelCol < 0)) continue;
      const budgetCol = column(facts, /budget|cout|montant/);
      for (const p of group) {
        const row = facts.rows[p.table!.row];
        if (/^total/.test(row.n[0] ?? '') || /^total/.test(row.n[actionCol] ?? '')) continue;
        const channelText = channelCol >= 0 && hasContent(row.raw[channelCol]) ? row.n[channelCol] : row.n[actionCol];
        actions.push({
          passage: p,
          type: typeCol >= 0 ? typeOf(row.n[typeCol] ?? '') : null,
          channels: itemsIn('channels', channelText ?? ''),
          budget: budgetCol >= 0 ? amount(row.n[budgetCol] ?? '') : null,
        });
      }
    } else if (first.kind === 'item' && /plan d'action|pac|actions|playbook|sales plan|plan d'actions/.test(first.context)) {
      for (const p of group) {
        const lines = p.text
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean);
        const headType = typeOf(norm(lines[0].split(/[:(]/)[0]));
        if (headType && lines.length > 1) {
          // "Détection" with its actions as sub-items.
          for (const line of lines.slice(1))
            actions.push({ passage: p, type: headType, channels: itemsIn('channels', norm(line)), budget: amount(norm(line)) });
        } else if (headType) {
          const rest = norm(lines[0].replace(/^[^:]*:/, ''));
          if (rest.split(/\s+/).filter((w) => w.length > 2).length >= 2)
            actions.push({ passage: p, type: headType, channels: itemsIn('channels', rest), budget: amount(rest) });
        }
      }
    }
  }
  return actions;
}

const TYPE_NAMES = { D: 'détection', C: 'conquête', F: 'fidélisation' } as const;

/** 1.4.b — all three types, with the distribution computable and no token type. */
export const gradePacBalance: Grader = ({ ev, t }) => {
  const actions = findActions(ev).filter((a) => a.type);
  if (!actions.length) return grade('missing', [], [ADVICE['1.4.b'].noTypedAction]);
  const evidence = [...new Set(actions.map((a) => a.passage))];
  const count = { D: 0, C: 0, F: 0 };
  const budget = { D: 0, C: 0, F: 0 };
  for (const a of actions) {
    count[a.type!]++;
    budget[a.type!] += a.budget ?? 0;
  }
  const present = (['D', 'C', 'F'] as const).filter((k) => count[k] > 0);
  if (present.length === 1) return grade('missing', evidence, [ADVICE['1.4.b'].oneType(TYPE_NAMES[present[0]])]);
  const absent = (['D', 'C', 'F'] as const).filter((k) => !count[k]);
  if (absent.length) return grade('partial', evidence, [ADVICE['1.4.b'].typesAbsent(absent.map((k) => TYPE_NAMES[k]).join(' ni de '))]);
  const total = budget.D + budget.C + budget.F;
  const justified = (k: keyof typeof TYPE_NAMES) =>
    ev.passages.some((p) => new RegExp(`${norm(TYPE_NAMES[k])}`).test(p.n) && /car |parce que|a cause|justifi|volontairement|choix/.test(p.n) && !p.table);
  const token = (['D', 'C', 'F'] as const).find(
    (k) => count[k] === 1 && actions.length >= t.tokenMinActions && total > 0 && budget[k] / total < t.tokenMaxBudgetShare && !justified(k),
  );
  if (token) {
    return grade('partial', evidence, [
      ADVICE['1.4.b'].tokenType(TYPE_NAMES[token], actions.length, Math.round((budget[token] / total) * 100), Math.round(t.tokenMaxBudgetShare * 100)),
    ]);
  }
  return grade('satisfied', evidence);
};

/** 1.4.c — ≥ 3 channels across the PAC, and cross-channel: actions that combine channels, or a stated hand-off. */
export const gradeChannels: Grader = ({ ev, t }) => {
  const actions = findActions(ev);
  const channels = new Set(actions.flatMap((a) => a.channels));
  const combined = actions.filter((a) => a.channels.length >= 2);
  const pacContext = /\bplan\b|\bpac\b|action|playbook|canal|canaux|cross|multicanal|omnicanal|articulation|relais|parcours/;
  const handOffs = ev.passages.filter((p) => pacContext.test(p.context) && !p.table && LEXICON.handOff.test(p.n) && itemsIn('channels', p.n).length >= 2);
  const evidence = [...new Set([...combined.map((a) => a.passage), ...handOffs])];
  if (!actions.length || channels.size === 0) return grade('missing', evidence, [ADVICE['1.4.c'].channelsOfEachAction]);
  const cross = combined.length >= t.minCombinedActions || handOffs.length > 0;
  if (channels.size >= t.minChannels && cross) return grade('satisfied', evidence.length ? evidence : actions.map((a) => a.passage));
  if (channels.size >= 2) {
    const advice = channels.size < t.minChannels ? [ADVICE['1.4.c'].tooFewChannelsNamed(channels.size, t.minChannels)] : [];
    if (!cross) advice.push(ADVICE['1.4.c'].notCrossChannel);
    return grade('partial', evidence.length ? evidence : actions.map((a) => a.passage), advice);
  }
  return grade(
    'missing',
    actions.map((a) => a.passage),
    [ADVICE['1.4.c'].oneChannel],
  );
};
