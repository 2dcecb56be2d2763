const APOSTROPHES_AND_HYPHENS = new Set([0x27, 0x2019, 0x2d, 0x2010]);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(code: number, text: string, index: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Latin-1 and Latin Extended letters (é, œ, ç…) without a regex; × and ÷ are not letters.
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  return LETTER_OR_DIGIT.test(text[index]);
}

/**
 * Counts words in French text the way a word processor does: a word is a run of letters or digits,
 * and an apostrophe or hyphen between two of them joins them ("l'entreprise", "c'est-à-dire" = 1).
 * A character loop rather than a Unicode regex: this runs on the whole mémoire at every save.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isWordChar(code, text, i)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && APOSTROPHES_AND_HYPHENS.has(code) && i + 1 < text.length && isWordChar(text.charCodeAt(i + 1), text, i + 1)) {
      // joiner inside a word: stay in it
    } else {
      inWord = false;
    }
  }
  return count;
}
