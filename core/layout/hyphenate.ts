import * as hyphenFr from 'hyphen/fr';

// hyphen/fr is CommonJS built by a factory: Node's ESM loader cannot see its named exports.
const { hyphenateSync } = ((hyphenFr as unknown as { default?: typeof hyphenFr }).default ?? hyphenFr) as typeof hyphenFr;

const cache = new Map<string, number[]>();
const MIN_LENGTH = 6;
/** French typesetting: at least two letters before a break, three after it. */
const MIN_BEFORE = 2;
const MIN_AFTER = 3;

const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;
const fits = (word: string, at: number) => letters(word.slice(0, at)) >= MIN_BEFORE && letters(word.slice(at)) >= MIN_AFTER;

/**
 * Where a French word may be broken at a line end (offsets into the word). A word with its own
 * hyphen breaks only after it (Clermont-|Ferrand, rendez-|vous); a word with a capital inside or at
 * its head (LinkedIn, Salesforce) is a name and is never split; otherwise the TeX syllables of the
 * `hyphen` package, leaving two letters before and three after. Cached: a mémoire reuses its words.
 */
export function hyphenPoints(word: string): number[] {
  if (word.length < MIN_LENGTH) return [];
  let points = cache.get(word);
  if (points) return points;
  points = [];
  // Words with digits, URLs or e-mail addresses are never split.
  if (/[\d@/]/.test(word)) points = [];
  else if (word.includes('-')) points = [...word.matchAll(/-/g)].map((m) => m.index + 1).filter((at) => fits(word, at));
  else if (!/\p{Lu}/u.test(word)) {
    const marked = hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: MIN_LENGTH });
    let offset = 0;
    for (const ch of marked) {
      if (ch === '\u00ad') points.push(offset);
      else offset += ch.length;
    }
    points = points.filter((at) => fits(word, at));
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(word, points);
  return points;
}
