import { normalizeText } from '../../schema/blocks/parse-values';
import { LEXICON } from './lexicon';

// Graders read the same passages many times: normalised texts and sentence splits are computed once.
const normCache = new Map<string, string>();
const sentenceCache = new Map<string, string[]>();
/** Caches grow with the document; past this many entries they start over (a long session of typing). */
const CACHE_LIMIT = 50_000;

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size > CACHE_LIMIT) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/**
 * Lower case without accents, with the spaces, dashes and minus signs a Word draft holds made plain,
 * so that one pattern matches "−4", "-4" and "– 4", "12 %" and "12 %". Cached by text.
 */
export function norm(text: string): string {
  return remember(normCache, text, () => normalizeUncached(text));
}

function normalizeUncached(text: string): string {
  return normalizeText(text)
    .replace(/[\u00a0\u202f\u2009\u2007]/g, ' ')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .replace(/\u2014/g, ' - ')
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[^\S\n]+/g, ' ')
    .trim();
}

/**
 * Removes what a grader treats as absent: bracketed notes ("[à compléter]"), "TODO" sentences, "XX"
 * values and template guidance ("Présentez ici…"). The patterns are data (lexicon.placeholders).
 */
export function stripPlaceholders(text: string): string {
  let out = text;
  for (const re of LEXICON.placeholderSentences) out = out.replace(re, ' ');
  for (const re of LEXICON.placeholders) out = out.replace(re, ' ');
  return out
    .replace(/[^\S\n]+([,.;:!?])/g, '$1')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

/** Whether what is left of a text, once placeholders are gone, still says something. */
export function hasContent(text: string): boolean {
  return /\p{N}|\p{L}{2,}/u.test(text);
}

/**
 * Sentences of a passage: split after . ! ? ; and at line breaks (nested list items), never inside
 * a number ("3,5") or an abbreviation followed by a lower-case word.
 */
export function sentences(text: string): readonly string[] {
  return remember(sentenceCache, text, () => splitSentences(text));
}

function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=;)\s+|(?<=[.!?])\s+(?=[«"(A-ZÀ-Ý0-9→-])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
}

const YEAR = /^(19|20)\d\d$/;

/** Numbers in a normalised text, read the French way ("1 500", "3,95", "-4"); years are kept. */
export function numbersIn(n: string): number[] {
  const out: number[] = [];
  for (const m of n.matchAll(/(-\s?)?\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|(-\s?)?\d+(?:,\d+)?/g)) {
    const raw = m[0].replace(/\s/g, '');
    const value = Number(raw.replace(/\.(?=\d{3})/g, '').replace(',', '.'));
    if (Number.isFinite(value)) out.push(value);
  }
  return out;
}

const NUMBER_WORDS =
  /\b(deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|soixante|cent|mille|une (dizaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine))\b/;

/** Whether a normalised text holds a figure other than a bare year ("2026"), in digits or in words ("deux d'entre eux"). */
export function hasFigure(n: string): boolean {
  for (const m of n.matchAll(/\d+(?:[ ,.]\d+)*/g)) if (!YEAR.test(m[0])) return true;
  return NUMBER_WORDS.test(n);
}

/** Whether a normalised text states a date or a bounded period ("30/06/2026", "fin mars", "T2 2026"). */
export function hasDeadline(n: string): boolean {
  return LEXICON.deadline.test(n);
}

/** Acronyms of methods and tools every mémoire names: they say nothing about this company. */
const METHOD_ACRONYMS =
  /^(SMART|SWOT|FFOM|MOFF|PESTEL|PESTE|SONCAS|SONCASE|CROC|CAP|KPI|KPIs|ROI|CRM|GRC|PAC|BATNA|MESORE|ABM|OKR|OKRs|VRIO|RACI|B2B|B2C|BtoB|BtoC|CA|HT|TTC)$/;

const NOT_NAMES =
  /^(Je|J|Nous|On|Il|Elle|Ils|Elles|Le|La|Les|L|Un|Une|Des|De|Du|Au|Aux|Ce|Cet|Cette|Ces|Mon|Ma|Mes|Notre|Nos|Votre|Vos|Leur|Leurs|Si|Et|Ou|Mais|Pour|Par|Sur|Avec|Dans|En|À|A|Après|Avant|Depuis|Chaque|Tous|Toutes|Sa|Son|Ses|Bonjour|Madame|Monsieur|Objet|Objectif|Action|Source|Total|Ça|Cela|C|Qui|Que|Quand|Comme|Enfin|Puis|Ensuite|Pas|Plus)$/;

/**
 * Proper names in an original (not normalised) text: capitalised words that do not begin a sentence
 * and are not grammar words. A rough test, enough to tell "les bars de Lille" from "les bars".
 */
export function properNames(text: string): string[] {
  const out: string[] = [];
  for (const s of sentences(text)) {
    const words = s.split(/[\s,;:()«»"'’/.!?]+/).filter(Boolean);
    words.forEach((w, i) => {
      if (i === 0) return;
      if (METHOD_ACRONYMS.test(w)) return;
      if (/^[A-ZÀ-Ý][\p{L}-]*$/u.test(w) && !NOT_NAMES.test(w) && w.length > 1) out.push(w);
      else if (/^[A-Z]{2,}[a-z]*$/.test(w) && !NOT_NAMES.test(w)) out.push(w);
    });
  }
  return out;
}

/** Content words of a normalised text (for "says something concrete" tests). */
export function wordCount(n: string): number {
  return n.split(/[^a-z0-9%€]+/).filter((w) => w.length > 1).length;
}

/**
 * Whether a passage says something a grader could check: a figure, a name, a quotation, or (for a
 * list item or a table row) a long enough statement; the lexicon's generic markers never count.
 */
export function isConcrete(text: string, n = norm(text), minWords = 12, prose = false): boolean {
  const quoted = /«[^»]{8,}»/.test(text);
  // Buzzwords mixed with facts: only amounts, rates and quotations count (barème §1).
  if (LEXICON.generic.test(n)) return quoted || /\d\s?(%|€|k€|m€)/.test(n);
  if (hasFigure(n) || properNames(text).length > 0 || quoted) return true;
  // A list item or a table cell states one thing; a paragraph with no figure, name or quotation
  // is a claim that fits any mémoire (barème §1, « If a sentence could be pasted unchanged… »).
  return !prose && wordCount(n) >= minWords;
}
