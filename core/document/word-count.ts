const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD = 1;
const JOINER = 2;

// Class of every code point below U+0250 (ASCII, Latin-1, Latin Extended): a table lookup per
// character instead of a Unicode regex, since this runs over the whole mémoire at every check.
const CLASS = new Uint8Array(0x250);
for (let c = 0; c < 0x250; c++) {
  const isWord = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
  CLASS[c] = isWord ? WORD : c === 0x27 || c === 0x2d ? JOINER : 0;
}

function classOf(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x250) return CLASS[code];
  if (code === 0x2019 || code === 0x2010) return JOINER;
  return LETTER_OR_DIGIT.test(text[i]) ? WORD : 0;
}

/**
 * Counts words in French text the way a word processor does: a word is a run of letters or digits,
 * and an apostrophe or hyphen between two of them joins them ("l'entreprise", "c'est-à-dire" = 1).
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const cls = classOf(text, i);
    if (cls === WORD) {
      if (!inWord) count++;
      inWord = true;
    } else if (!(inWord && cls === JOINER && i + 1 < text.length && classOf(text, i + 1) === WORD)) {
      inWord = false;
    }
  }
  return count;
}
