import { LEXICON, countItems, itemsIn } from '../lexicon';
import type { DocEvidence, Passage } from '../passages';
import { best, byContext, byGroup, column, distinctMatches, grade, isGeneric, plural, scope, type Grade, type Grader } from '../grade-kit';
import { hasContent, hasFigure, norm, numbersIn, properNames, sentences } from '../text';
import { ADVICE } from '../../advice';

/** The sentences of a passage that are not only generic phrasing (buzzwords mixed with facts: keep the facts). */
function factual(p: Passage): string {
  return sentences(p.text)
    .map(norm)
    .filter((n) => !isGeneric(n) || hasFigure(n))
    .join(' ');
}

const COLLAB_TEXT = /je travaille (surtout )?avec|j'ai travaille avec|collabor|en lien avec|ne pouvais pas mener|l'equipe suit|qui intervient/;

/** Passages about working with internal actors. */
function collaboration(ev: DocEvidence): Passage[] {
  return scope(ev, LEXICON.collaborationContext, COLLAB_TEXT).filter((p) => !LEXICON.external.test(p.n) || LEXICON.internalRoles.test(p.n));
}

/** The internal actors named by their function, distinct. */
function actorsIn(list: Passage[]): string[] {
  return [...new Set(list.flatMap((p) => distinctMatches(LEXICON.internalRoles, p.n)))];
}

/** « Aucun critère de la famille … » for each go / no go family the grid leaves out. */
function missingFamilies(families: ReadonlySet<string>): string[] {
  const all = [
    ['E', 'économique'],
    ['S', 'stratégique'],
    ['F', 'faisabilité'],
  ] as const;
  return all.filter(([k]) => !families.has(k)).map(([, name]) => ADVICE['2.5.a'].familyMissing(name));
}

/** 2.1.a — ≥ 2 internal actors identified by service or function. */
export const gradeActors: Grader = ({ ev, t }) => {
  const list = collaboration(ev);
  const actors = actorsIn(list);
  const evidence = list.filter((p) => LEXICON.internalRoles.test(p.n));
  if (actors.length >= t.minActors) return grade('satisfied', evidence);
  if (actors.length === 1 || list.some((p) => /equipes?|services?|collegues/.test(p.n))) {
    return grade('partial', evidence, [
      ADVICE['2.1.a'].tooFewActors(plural(actors.length, 'acteur interne identifié', 'acteurs internes identifiés'), t.minActors),
    ]);
  }
  return grade('missing', [], [ADVICE['2.1.a'].nameActors]);
};

/** 2.1.b — how they worked together: ≥ 2 of format, timing, deliverable, validation rule, for several actors. */
export const gradeModes: Grader = ({ ev, t }) => {
  const list = collaboration(ev);
  const text = list.map(factual).join(' \n ');
  const modes = [
    { name: ADVICE['2.1.b'].formatMode, re: LEXICON.modeFormat },
    { name: ADVICE['2.1.b'].timingMode, re: LEXICON.modeTiming },
    { name: ADVICE['2.1.b'].validationMode, re: LEXICON.modeValidation },
    { name: ADVICE['2.1.b'].deliverableMode, re: LEXICON.modeDeliverable },
  ];
  const found = modes.filter((m) => m.re.test(text));
  const actors = actorsIn(list);
  const evidence = list.filter((p) => modes.some((m) => m.re.test(p.n)));
  if (found.length >= t.minModes && actors.length >= t.minActors) return grade('satisfied', evidence);
  if (found.length || actors.length) {
    const missing = modes.filter((m) => !found.includes(m)).map((m) => m.name);
    const advice = [ADVICE['2.1.b'].describeModes(t.minModes, missing.join(', '))];
    if (actors.length < t.minActors) advice.push(ADVICE['2.1.b'].oneActor);
    return grade('partial', evidence, advice);
  }
  return grade('missing', [], [ADVICE['2.1.b'].nothingSaid]);
};

/** Social selling passages. */
function social(ev: DocEvidence): Passage[] {
  return scope(ev, LEXICON.socialContext, /social selling|inbound/);
}

/** 2.3.a — objectives set, ≥ 2 supports named, each with its role toward the objective or the target. */
export const gradeSupports: Grader = ({ ev, t }) => {
  const list = social(ev).filter((p) => !isGeneric(p.n) || hasFigure(p.n));
  const supports = new Map<number, boolean>();
  for (const p of list) {
    if (p.table) {
      const facts = p.table.facts;
      const row = facts.rows[p.table.row];
      const found = itemsIn('supports', row.n[0] ?? '');
      const roleCol = column(facts, /objectif|pourquoi|role|but|usage|interet/, [0]);
      const role = roleCol >= 0 ? hasContent(row.raw[roleCol] ?? '') : row.raw.slice(1).some((c) => c.split(/\s+/).length >= 3);
      for (const s of found) supports.set(s, (supports.get(s) ?? false) || role);
      continue;
    }
    for (const s of sentences(p.text)) {
      const n = norm(s);
      const found = itemsIn('supports', n);
      const colon = n.indexOf(':');
      const defined = colon > 0 && itemsIn('supports', n.slice(0, colon)).length > 0 && n.slice(colon + 1).split(/\s+/).length >= 6;
      const role = defined || (LEXICON.supportRole.test(n) && n.split(/\s+/).length >= 6);
      // A support named only in the publishing rhythm is not presented as a support.
      if (!role && (LEXICON.editorialFrequency.test(n) || /^(rythme|frequence|ligne editoriale|themes?|ton|audience)\b/.test(n))) continue;
      for (const item of found) supports.set(item, (supports.get(item) ?? false) || role);
    }
  }
  const objective = list.some((p) => LEXICON.socialObjective.test(p.n) && (hasFigure(p.n) || /etre (identifie|repere|connu)|notoriete aupres/.test(p.n)));
  const evidence = list.filter((p) => itemsIn('supports', p.n).length);
  const withRole = [...supports.values()].filter(Boolean).length;
  if (!supports.size) return grade('missing', evidence, [ADVICE['2.3.a'].noSupport]);
  const advice: string[] = [];
  if (supports.size < t.minSupports) advice.push(ADVICE['2.3.a'].tooFewNamed(supports.size, t.minSupports));
  if (!objective) advice.push(ADVICE['2.3.a'].objectives);
  if (withRole < supports.size) advice.push(ADVICE['2.3.a'].withoutRole(plural(supports.size - withRole, 'support')));
  return grade(advice.length ? 'partial' : 'satisfied', evidence, advice);
};

/** 2.3.b — themes, audience, tone or frequency, and the link to the positioning. */
export const gradeEditorialLine: Grader = ({ ev }) => {
  const list = scope(ev, /ligne editoriale|editorial|contenu|social|reseaux|linkedin|inbound/, /ligne editoriale/).filter(
    (p) => !isGeneric(p.n) || hasFigure(p.n),
  );
  const text = list.map((p) => p.n).join(' \n ');
  const elements = [
    { name: ADVICE['2.3.b'].themes, re: LEXICON.editorialThemes },
    { name: ADVICE['2.3.b'].audience, re: LEXICON.editorialAudience },
    { name: ADVICE['2.3.b'].tone, re: LEXICON.editorialTone },
    { name: ADVICE['2.3.b'].frequency, re: LEXICON.editorialFrequency },
    { name: ADVICE['2.3.b'].link, re: LEXICON.editorialLink },
  ];
  const has = elements.map((e) => e.re.test(text));
  const [themes, audience, tone, frequency, link] = has;
  const evidence = list.filter((p) => elements.some((e) => e.re.test(p.n)));
  if (themes && audience && link && (tone || frequency)) return grade('satisfied', evidence);
  const missing = elements.filter((_, i) => !has[i]).map((e) => e.name);
  const count = has.filter(Boolean).length;
  if (count >= 2 && !(link && count === 2)) return grade('partial', evidence, [ADVICE['2.3.b'].specify(missing.join(', '))]);
  if (count >= 2) return grade('partial', evidence, [ADVICE['2.3.b'].linkAlone]);
  return grade('missing', evidence, [ADVICE['2.3.b'].none]);
};

/** Passages of the direct prospection (and the CRM lists that feed it). */
function prospection(ev: DocEvidence): Passage[] {
  return scope(
    ev,
    /prospect|outbound|aller (chercher|voir)|fichier|ciblage|demarchage|phoning/,
    /prospection (directe|telephonique|terrain)|ma liste|mon fichier|j'appelle|j'ai appele|je contacte|je demarche|appele en priorite|a partir (de|du) (l'annuaire|la base|fichier)/,
  );
}

/** 2.4.a — a direct-prospection target defined by ≥ 2 explicit criteria, and sized, sourced or prioritised. */
export const gradeTargeting: Grader = ({ ev, t }) => {
  const grades: Grade[] = [];
  for (const group of byContext(prospection(ev))) {
    // A target names a population: a figure, a place or a name, or a criterion of the lexicon.
    const real = group.filter((p) => !isGeneric(p.n) && (hasFigure(p.n) || properNames(p.text).length > 0 || countItems('targetCriteria', p.n) > 0));
    if (!real.length) continue;
    const text = real.map((p) => p.n).join(' \n ');
    const criteria = countItems('targetCriteria', text);
    const sized = LEXICON.targetSizing.test(text);
    if (criteria >= t.minTargetCriteria && sized) grades.push(grade('satisfied', real));
    else grades.push(grade('partial', real, [criteria < t.minTargetCriteria ? ADVICE['2.4.a'].broadTarget(t.minTargetCriteria) : ADVICE['2.4.a'].sizeTarget]));
  }
  return best(grade('missing', [], [ADVICE['2.4.a'].noTarget]), ...grades);
};

const QUOTE = /«\s*([^»]{12,})»/g;
const DURATION = /^\s?(min|minutes|h\b|heures?|secondes)/;

const REQUEST =
  /puis-je|je (peux|souhaiterais|voudrais|vous propose|reste)|auriez-vous|avez-vous (un moment|quelques minutes|\d+ minutes)|pouvez-vous|est-ce que je peux|vous trouverez|a votre disposition/;
const GENERIC_NEED = /developper votre (activite|entreprise|business|chiffre)|gagner du temps|optimiser votre|ameliorer votre|booster/;

/**
 * Whether a quoted hook speaks of the prospect's own situation: a sentence about them ("Vous dépannez
 * dans le centre de Nantes ?", "votre programme de 24 logements"), not a request or a self-introduction,
 * holding a figure, a date, a name or a concrete situation.
 */
function specificHook(quoted: string): boolean {
  return sentences(quoted).some((s) => {
    const n = norm(s);
    if (!/\bvous [a-z]+(ez|es)\b|\bvotre\b|\bvos\b/.test(n) || REQUEST.test(n) || GENERIC_NEED.test(n)) return false;
    for (const m of n.matchAll(/\d+(?:[ ,.]\d+)*/g)) {
      if (/^(19|20)\d\d$/.test(m[0])) continue;
      if (DURATION.test(n.slice((m.index ?? 0) + m[0].length))) continue;
      return true;
    }
    if (/\b(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b/.test(n)) return true;
    if (
      s
        .split(/\s+/)
        .slice(1)
        .some((w) => /^[A-ZÀ-Ý][a-zà-ÿ-]{2,}/.test(w) && !/^(Bonjour|Madame|Monsieur|Est-ce|Je|Nous|Vous|Votre|Vos|Qui)$/.test(w.replace(/[,.?!]/g, '')))
    )
      return true;
    // A question about the prospect's activity ("Vous démarrez un chantier sur le tracé du tramway ?").
    return /\bvous [a-z]+(ez|es)\b[^?]{12,}\?/.test(n);
  });
}

/** 2.4.b — the hook itself, specific to the target, with a benefit or a request. */
export const gradeHook: Grader = ({ ev }) => {
  const spoken = (p: Passage) => (p.kind === 'quote' || /«/.test(p.text)) && /prospection|phoning|outbound/.test(p.context) && /bonjour|\bvous\b/.test(p.n);
  const candidates = ev.passages.filter((p) => LEXICON.hookContext.test(p.context) || LEXICON.hookContext.test(p.n) || spoken(p));
  const quoted: Array<{ p: Passage; q: string }> = [];
  for (const p of candidates) {
    if (p.kind === 'quote') quoted.push({ p, q: p.text });
    for (const m of p.text.matchAll(QUOTE)) if (m[1].split(/\s+/).length >= 8) quoted.push({ p, q: m[1] });
  }
  const good = quoted.find(({ q }) => specificHook(q) && LEXICON.hookRequest.test(norm(q)));
  if (good) return grade('satisfied', [good.p]);
  if (quoted.length)
    return grade(
      'partial',
      quoted.map((h) => h.p),
      [ADVICE['2.4.b'].generic],
    );
  const described = candidates.filter((p) => LEXICON.hookDescribed.test(p.n) && !/methode/.test(p.n));
  if (described.length) return grade('partial', described, [ADVICE['2.4.b'].quoteIt]);
  return grade('missing', [], [ADVICE['2.4.b'].noHook]);
};

/** 2.4.c — a rule that limits travel, with its effect or budget in figures. */
export const gradeLogistics: Grader = ({ ev }) => {
  const list = scope(
    ev,
    /tournee|logistique|organisation|deplacement|rendez-vous|metres|terrain/,
    /tournee|deplacement|regroup\w* (mes |les |nos )?(rendez-vous|visites)|visites? par|rendez-vous par|\bkm\b|trajets?|kilometr/,
  ).filter((p) => !isGeneric(p.n) || hasFigure(p.n));
  const grades: Grade[] = [];
  for (const group of byContext(list)) {
    const rule = group.filter((p) => LEXICON.logisticsRule.test(p.n));
    const figure = group.filter((p) => LEXICON.logisticsFigure.test(p.n));
    if (rule.length && figure.length) grades.push(grade('satisfied', [...rule, ...figure]));
    else if (rule.length) grades.push(grade('partial', rule, [ADVICE['2.4.c'].figureTheRule]));
    else if (figure.length) grades.push(grade('partial', figure, [ADVICE['2.4.c'].ruleMissing]));
  }
  const remote = ev.passages.filter((p) => LEXICON.logisticsRemote.test(p.n) && /cout|econom|choix/.test(p.n));
  if (remote.length) grades.push(grade('partial', remote, [ADVICE['2.4.c'].remote]));
  return best(grade('missing', [], [ADVICE['2.4.c'].nothingSaid]), ...grades);
};

interface GridCriterion {
  name: string;
  families: Set<'E' | 'S' | 'F'>;
  rating: number | null;
  weight: number | null;
}

function familiesOf(n: string): Set<'E' | 'S' | 'F'> {
  const out = new Set<'E' | 'S' | 'F'>();
  if (LEXICON.familyEconomic.test(n)) out.add('E');
  if (LEXICON.familyStrategic.test(n)) out.add('S');
  if (LEXICON.familyFeasibility.test(n)) out.add('F');
  return out;
}

/** A go / no-go grid table: its criteria, and whether its stated total equals the weighted ratings. */
function readGrid(group: Passage[], tolerance: number): { criteria: GridCriterion[]; arithmeticOk: boolean; passages: Passage[] } | null {
  const facts = group[0].table!.facts;
  const nameCol = column(facts, /critere|levier/);
  const noteCol = column(facts, /note(?! ponderee)|\/5|score/);
  if (nameCol < 0 || noteCol < 0) return null;
  const familyCol = column(facts, /famille/);
  const weightCol = column(facts, /poids|ponderation/);
  const criteria: GridCriterion[] = [];
  let stated: number | null = null;
  for (const row of facts.rows) {
    if (/total|score/.test(row.n[nameCol] ?? '') || /^total/.test(row.n[0] ?? '')) {
      const decimals = row.n.flatMap((c) => numbersIn(c)).filter((x) => x > 0 && x <= 10);
      stated = decimals.length ? decimals[decimals.length - 1] : null;
      continue;
    }
    const families = familiesOf(`${row.n[nameCol]} ${familyCol >= 0 ? row.n[familyCol] : ''}`);
    criteria.push({
      name: row.raw[nameCol],
      families,
      rating: numbersIn(row.n[noteCol] ?? '')[0] ?? null,
      weight: weightCol >= 0 ? (numbersIn(row.n[weightCol] ?? '')[0] ?? null) : null,
    });
  }
  let arithmeticOk = true;
  const weighted = criteria.filter((c) => c.rating !== null && c.weight !== null);
  if (stated !== null && weighted.length === criteria.length && weighted.length) {
    const sum = weighted.reduce((a, c) => a + c.weight!, 0);
    const score = weighted.reduce((a, c) => a + c.weight! * c.rating!, 0) / (sum || 1);
    arithmeticOk = Math.abs(score - stated) <= tolerance;
  }
  return { criteria, arithmeticOk, passages: group };
}

/** 2.5.a — a multi-criteria grid (economic, strategic, feasibility) rated on an actual tender, with a decision. */
export const gradeGoNoGo: Grader = ({ ev, t }) => {
  const list = scope(ev, LEXICON.tenderContext, LEXICON.tenderContext);
  if (!list.length || list.every((p) => LEXICON.tenderNotConcerned.test(p.n))) return grade('missing', [], [ADVICE['2.5.a'].noTender]);
  const prose = list.filter((p) => !p.table);
  const tender = list.some((p) => hasFigure(p.n) && /consultation|appel d'offres|\bao\b|mapa|marche|accord-cadre|dce|rfp|objet/.test(p.n));
  const decision = list.some((p) => LEXICON.tenderDecision.test(p.n));
  const grades: Grade[] = [];
  const grids = byGroup(ev.passages.filter((p) => p.table && /critere|levier/.test(p.table.facts.headers.join(' '))))
    .map((g) => readGrid(g, t.scoreTolerance))
    .filter(Boolean);
  for (const g of grids) {
    const families = new Set(g!.criteria.flatMap((c) => [...c.families]));
    const rated = g!.criteria.filter((c) => c.rating !== null).length;
    const advice: string[] = [];
    if (!tender) advice.push(ADVICE['2.5.a'].notApplied);
    if (g!.criteria.length < t.minGridCriteria) advice.push(ADVICE['2.5.a'].tooFewInGrid(g!.criteria.length, t.minGridCriteria));
    advice.push(...missingFamilies(families));
    if (rated < g!.criteria.length) advice.push(ADVICE['2.5.a'].rateEach);
    if (!decision) advice.push(ADVICE['2.5.a'].stateDecision);
    if (!g!.arithmeticOk) advice.push(ADVICE['2.5.a'].wrongTotal);
    grades.push(grade(advice.length ? 'partial' : 'satisfied', g!.passages, advice));
  }
  if (tender) {
    // A grid told in prose ("Sur le plan économique… 4 sur 5"): count ratings and families.
    const text = prose.map((p) => p.n).join(' ');
    const ratings = (text.match(/\b\d ?(sur|\/) ?(5|10|20)\b/g) ?? []).length;
    const families = familiesOf(text);
    const advice: string[] = [];
    if (ratings < t.minGridCriteria) advice.push(ADVICE['2.5.a'].rateAtLeast(t.minGridCriteria));
    advice.push(...missingFamilies(families));
    if (!decision) advice.push(ADVICE['2.5.a'].decisionOnly);
    const strategicNamed = /sur le plan strategique|strategique|reference/.test(text);
    grades.push(grade(advice.length || !strategicNamed ? 'partial' : 'satisfied', prose, advice.length ? advice : [ADVICE['2.5.a'].nameStrategic]));
  }
  return best(grade('missing', [], [ADVICE['2.5.a'].noGrid]), ...grades);
};

/** 2.6.a — a named tool queried with explicit criteria, whose result is the target of a named action and its objective. */
export const gradeCrm: Grader = ({ ev, t }) => {
  const grades: Grade[] = [];
  for (const group of byContext(ev.passages)) {
    const text = group.map((p) => p.n).join(' \n ');
    const context = group[0].context;
    const tool = LEXICON.crmTools.test(text) || LEXICON.crmTools.test(context);
    if (!tool) continue;
    const queries = group.filter((p) => LEXICON.crmQuery.test(p.n) || LEXICON.crmQuery.test(context) || p.table);
    // Filters read as criteria: the lexicon's kinds, or clauses ("qui…", "dont…", "=", ";").
    const clauses = (text.match(/\bqui\b|\bdont\b|;|=|>|<|entre \d/g) ?? []).length;
    const criteriaCount = Math.max(countItems('targetCriteria', text), clauses >= 2 ? t.minTargetCriteria : 0);
    const result =
      /\d+ (contacts|comptes|entreprises|etablissements|salons|plans|maitres|programmes|prospects|clients|auto-ecoles|contrats|structures)|resultat ?:/.test(
        text,
      );
    const action = LEXICON.crmAction.test(text) && /objectif/.test(text);
    const query =
      queries.length > 0 &&
      criteriaCount >= t.minTargetCriteria &&
      /requete|filtre|vue filtree|liste|extraction|export|recherche|j'y ai fait/.test(`${text} ${context}`);
    if (query && result && action) grades.push(grade('satisfied', queries));
    else if (query && result) grades.push(grade('partial', queries, [ADVICE['2.6.a'].tieToAction]));
    else if (LEXICON.crmUse.test(text) || query)
      grades.push(
        grade(
          'partial',
          group.filter((p) => LEXICON.crmTools.test(p.n)),
          [ADVICE['2.6.a'].noQuery],
        ),
      );
  }
  return best(grade('missing', [], [ADVICE['2.6.a'].noCrm]), ...grades);
};
