import { LEXICON } from '../lexicon';
import type { Passage } from '../passages';
import { best, byGroup, column, concrete, grade, isGeneric, nextPassages, plural, type Grade, type Grader } from '../grade-kit';
import { hasContent, hasFigure, sentences, norm } from '../text';
import { ADVICE } from '../../advice';

/** One assessed item (an opportunity or a threat) and the passage it comes from. */
interface Item {
  passage: Passage;
  concrete: boolean;
  rated: boolean;
}

/** Scores a set of items read together (a table, a list, the paragraphs of one section). */
function gradeItems(items: Item[], min: number, hasPriority: boolean, words: { item: string; rating: string; priority?: string }): Grade {
  const real = items.filter((i) => i.concrete);
  const rated = real.filter((i) => i.rated);
  const evidence = real.map((i) => i.passage);
  if (!real.length) return grade('missing', [], [ADVICE.prose.noneConcrete(words.item)]);
  const advice: string[] = [];
  if (rated.length < real.length) advice.push(ADVICE.prose.unrated(plural(real.length - rated.length, words.item), real.length, words.rating));
  if (real.length < min) advice.push(ADVICE.prose.tooFewItems(min, `${words.item}s`, real.length));
  if (words.priority && !hasPriority) advice.push(words.priority);
  return grade(advice.length ? 'partial' : 'satisfied', evidence, advice);
}

/**
 * Items of a table whose first column names them. An item is rated when all the columns of `ratingRes`
 * are filled (probability and impact); failing those columns, when one column of `alone` is (a risk
 * level or an exposure stands on its own).
 */
function tableItems(list: Passage[], nameRe: RegExp, ratingRes: RegExp[], alone: RegExp[] = []): Item[][] {
  const out: Item[][] = [];
  for (const group of byGroup(list.filter((p) => p.table))) {
    const facts = group[0].table!.facts;
    if (nameRe.test(facts.headers[0] ?? '')) {
      const cols = ratingRes.map((re) => column(facts, re, [0]));
      const single = alone.map((re) => column(facts, re, [0])).filter((c) => c > 0);
      const filled = (p: Passage, c: number) => hasContent(facts.rows[p.table!.row].raw[c] ?? '');
      const rated = (p: Passage) => (cols.every((c) => c > 0) && cols.every((c) => filled(p, c))) || single.some((c) => filled(p, c));
      out.push(group.map((p) => ({ passage: p, concrete: concrete(p, 6), rated: rated(p) })));
    } else {
      // A SWOT-like grid: the items sit in one column, unrated.
      const col = facts.headers.findIndex((h, i) => i > 0 && nameRe.test(h));
      if (col > 0)
        out.push(group.filter((p) => hasContent(facts.rows[p.table!.row].raw[col] ?? '')).map((p) => ({ passage: p, concrete: true, rated: false })));
    }
  }
  return out;
}

const OPPORTUNITY_WORDS = /opportunit|piste/;
const THREAT_WORDS = /menace|threat|risque/;

/**
 * The items a paragraph tells one after the other ("La première est…", "La deuxième…", "Il faut aussi
 * compter avec…"): a new item starts at a sentence that announces one; the others complete it. A short
 * announcing sentence with no content of its own ("Trois pistes ressortent de ma veille.") is no item.
 */
function chunks(p: Passage): Array<{ text: string; n: string }> {
  const out: string[][] = [];
  for (const s of sentences(p.text)) {
    const n = norm(s);
    const starts =
      /^(la |le |l'|un |une )?(premier|premiere|deuxieme|seconde?|troisieme|quatrieme|derniere|autre)\b|^enfin\b|^(il y a|il faut) (aussi|enfin|egalement)|^j'avais aussi|^(cote|du cote des) |(opportunit|piste|menace)\w* (est|vient|concerne|porte|tient)|\b(aussi|egalement) (compter|noter|citer)/.test(
        n,
      );
    if (!out.length || starts) out.push([s]);
    else out[out.length - 1].push(s);
  }
  return out
    .map((c) => ({ text: c.join(' '), n: norm(c.join(' ')) }))
    .filter((c, i, all) => !(all.length > 1 && i === 0 && c.n.split(/\s+/).length <= 10 && !/:\s*\S/.test(c.n)));
}

const feasibilityAndEconomy = (n: string) => LEXICON.feasibilityRated.test(n) && LEXICON.economicRated.test(n) && LEXICON.economicLevel.test(n);
const riskEstimated = (n: string) => LEXICON.riskEstimate.test(n) && (hasFigure(n) || /fort|faible|moyen|eleve|majeur|limite/.test(n));

/** 1.1.a — ≥ 2 concrete opportunities, each rated for feasibility and economic interest, a priority stated. */
export const gradeOpportunities: Grader = ({ ev, t }) => {
  const inContext = ev.passages.filter((p) => LEXICON.externalContext.test(p.context));
  const groups: Item[][] = tableItems(ev.passages, LEXICON.opportunity, [/faisab/, /interet|econom|rentab|potentiel|gain|valeur|\bca\b/]);
  for (const group of byGroup(inContext.filter((p) => !p.table))) {
    const items: Item[] = [];
    for (const p of group) {
      if (p.kind === 'item') {
        if (
          (!(THREAT_WORDS.test(p.n) && !OPPORTUNITY_WORDS.test(p.n)) && !/menace|threat/.test(p.context.split(' > ').pop() ?? '')) ||
          OPPORTUNITY_WORDS.test(p.n)
        ) {
          items.push({ passage: p, concrete: concrete(p, 8), rated: feasibilityAndEconomy(p.n) });
        }
        continue;
      }
      if (!OPPORTUNITY_WORDS.test(p.n) && !/faisab/.test(p.n)) continue;
      for (const c of chunks(p)) {
        if (THREAT_WORDS.test(c.n) && !OPPORTUNITY_WORDS.test(c.n) && !/faisab/.test(c.n)) continue;
        items.push({ passage: p, concrete: concrete({ ...p, ...c }, 12), rated: feasibilityAndEconomy(c.n) });
      }
    }
    groups.push(items);
  }
  const grades = groups.map((items) => {
    const texts = items.map((i) => i.passage.n).join(' ');
    const after = items.length
      ? nextPassages(ev, items[items.length - 1].passage, 1)
          .map((p) => p.n)
          .join(' ')
      : '';
    return gradeItems(items, t.minOpportunities, LEXICON.priority.test(texts) || LEXICON.priority.test(after), {
      item: 'opportunité',
      rating: ADVICE['1.1.a'].opportunityRating,
      priority: ADVICE['1.1.a'].priority,
    });
  });
  return best(grade('missing', [], [ADVICE['1.1.a'].noneNamed(t.minOpportunities)]), ...grades);
};

/** 1.1.b — ≥ 2 concrete threats, each estimated as a risk. */
export const gradeThreats: Grader = ({ ev, t }) => {
  const groups: Item[][] = tableItems(ev.passages, /menace|threat|risque/, [/probab/, /impact|gravit/], [/criticit|risque|niveau|expos|score/]);
  const last = (p: Passage) => p.context.split(' > ').pop() ?? '';
  const threatHeading = (p: Passage) => THREAT_WORDS.test(last(p)) && !/opportunit/.test(last(p));
  // A paragraph tells threats when it opens on them (« Côté menaces… ») or sits under a threats heading.
  const opensOnThreats = (p: Passage) => THREAT_WORDS.test(norm(sentences(p.text)[0] ?? ''));
  const inContext = ev.passages.filter(
    (p) => !p.table && (threatHeading(p) || (LEXICON.threatContext.test(p.context) && (opensOnThreats(p) || (p.kind === 'para' && THREAT_WORDS.test(p.n))))),
  );
  for (const group of byGroup(inContext)) {
    const items: Item[] = [];
    for (const p of group) {
      if (p.kind === 'item') {
        if (threatHeading(p) || THREAT_WORDS.test(p.n)) items.push({ passage: p, concrete: concrete(p, 8), rated: riskEstimated(p.n) });
        continue;
      }
      let inThreats = opensOnThreats(p) || threatHeading(p);
      for (const c of chunks(p)) {
        if (THREAT_WORDS.test(c.n)) inThreats = true;
        if (OPPORTUNITY_WORDS.test(c.n) || /faisab/.test(c.n)) inThreats = THREAT_WORDS.test(c.n);
        if (inThreats) items.push({ passage: p, concrete: concrete({ ...p, ...c }, 12), rated: riskEstimated(c.n) });
      }
    }
    groups.push(items);
  }
  const grades = groups.map((items) => gradeItems(items, t.minThreats, true, { item: 'menace', rating: ADVICE['1.1.b'].threatRating }));
  return best(grade('missing', [], [ADVICE['1.1.b'].noneNamed]), ...grades);
};

/** 1.2.a — an internal diagnostic (strengths and weaknesses), a decisive advantage singled out, and why. */
export const gradeAdvantage: Grader = ({ ev }) => {
  const label = (p: Passage) => p.context.split(' > ').pop() ?? '';
  const about = (p: Passage, re: RegExp) =>
    re.test(p.n) || (p.kind === 'item' && re.test(label(p))) || (p.table !== undefined && re.test(p.table.facts.headers.join(' ')));
  const strengths = ev.passages.filter((p) => about(p, LEXICON.strengths) && concrete(p, 6));
  const weaknesses = ev.passages.filter((p) => about(p, LEXICON.weaknesses) && concrete(p, 6));
  const diagnostic = strengths.length > 0 && weaknesses.length > 0;
  let singled: Passage | null = null;
  let justified = false;
  for (const p of ev.passages) {
    const m = LEXICON.decisive.exec(p.n);
    if (!m) continue;
    const rest = p.n
      .replace(LEXICON.decisive, ' ')
      .replace(/[^a-z0-9€% ]+/g, ' ')
      .trim();
    if (rest.split(/\s+/).length < 6) continue;
    const around = [p, ...nextPassages(ev, p, 3)];
    const why = around.some((q) => LEXICON.decisiveWhy.test(q.n) && !isGeneric(q.n) && (hasFigure(q.n) || /concurrents?\b|la concurrence/.test(q.n)));
    if (!singled || (why && !justified)) {
      singled = p;
      justified = why;
    }
  }
  const evidence = [...strengths.slice(0, 1), ...weaknesses.slice(0, 1), ...(singled ? [singled] : [])];
  if (diagnostic && singled && justified) return grade('satisfied', evidence);
  if (diagnostic) {
    return grade('partial', evidence, [singled ? ADVICE['1.2.a'].decisiveUnjustified : ADVICE['1.2.a'].noneSingled]);
  }
  if (singled && justified) return grade('partial', evidence, [ADVICE['1.2.a'].diagnosticFirst]);
  return grade('missing', evidence, [ADVICE['1.2.a'].noDiagnostic]);
};
