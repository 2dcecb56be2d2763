// A word is a run of letters or digits; apostrophes and hyphens join, as in Word ("l'entreprise", "c'est-à-dire" = 1).
const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

/** Counts words in French text the way a word processor does. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}
