import * as hyphenFr from 'hyphen/fr';

// hyphen/fr is CommonJS built by a factory: Node's ESM loader cannot see its named exports.
const { hyphenateSync } = ((hyphenFr as unknown as { default?: typeof hyphenFr }).default ?? hyphenFr) as typeof hyphenFr;

const cache = new Map<string, number[]>();
const MIN_LENGTH = 6;

/**
 * Where a French word may be hyphenated (offsets into the word, each leaving at least two letters on
 * either side), from the TeX patterns of the `hyphen` package. Cached: a mémoire reuses its words.
 */
export function hyphenPoints(word: string): number[] {
  if (word.length < MIN_LENGTH) return [];
  let points = cache.get(word);
  if (points) return points;
  points = [];
  // Words with digits, URLs or e-mail addresses are never split.
  if (!/[\d@/]/.test(word)) {
    const marked = hyphenateSync(word, { hyphenChar: '\u00ad', minWordLength: MIN_LENGTH });
    let offset = 0;
    for (const ch of marked) {
      if (ch === '\u00ad') points.push(offset);
      else offset += ch.length;
    }
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(word, points);
  return points;
}
