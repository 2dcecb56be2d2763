/** A word of the text to spell, with its place (UTF-16 offsets, end excluded). */
export interface SpellToken {
  word: string;
  from: number;
  to: number;
}

// Letters joined by apostrophes or hyphens make one word (« l’entreprise », « chiffre-clé »).
const WORD = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;
// Addresses are not words: links, e-mails and file names are left alone, as Word does.
const NOT_PROSE = /(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+\.\S+|\S+\.(?:docx?|pdf|xlsx?|pptx?|png|jpe?g|memoire)\b/giu;
const DIGIT_OR_JOINER = /[\p{N}_/\\@.]/u;

/**
 * The words a spelling check should read: single letters, words in capitals (acronyms: CRM, KPI),
 * words glued to a digit (« 1er », « T4 », « B2B ») and addresses are skipped, as Word does by default.
 */
export function spellTokens(text: string): SpellToken[] {
  const skipped: Array<[number, number]> = [...text.matchAll(NOT_PROSE)].map((m) => [m.index, m.index + m[0].length]);
  const tokens: SpellToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const from = match.index;
    const to = from + word.length;
    if (word.length < 2 || isCapitals(word)) continue;
    if (DIGIT_OR_JOINER.test(text[from - 1] ?? '') || DIGIT_OR_JOINER.test(text[to] ?? '')) {
      // A sentence's final full stop is no joiner; a dot inside a name (« exemple.fr ») is.
      if (!(text[to] === '.' && !/[\p{L}\p{N}]/u.test(text[to + 1] ?? '') && !DIGIT_OR_JOINER.test(text[from - 1] ?? ''))) continue;
    }
    if (skipped.some(([a, b]) => from < b && to > a)) continue;
    tokens.push({ word, from, to });
  }
  return tokens;
}

function isCapitals(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}
