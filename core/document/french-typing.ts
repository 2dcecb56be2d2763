/**
 * French typography while typing, as Word's French mode does it: what a typed character becomes given
 * the text just before the cursor. Pure, so the editor's input rule and the tests share it.
 */

/** Narrow no-break space: before ; ! ? and inside « ». */
export const NNBSP = '\u202F';
/** No-break space: before : and %. */
export const NBSP = '\u00A0';

const SPACES = /[\s\u00A0\u202F]/;
/** The end of a web address or an e-mail being typed: its punctuation stays as typed. */
const ADDRESS = /(?:https?:\/\/|www\.|mailto:|@)\S*$/i;

/** The replacement for the typed character: `deleteBefore` characters before it are replaced too; null keeps it as typed. */
export interface TypedReplacement {
  text: string;
  deleteBefore: number;
}

/** What typing `char` after `before` (the paragraph's text up to the cursor) puts in the text. */
export function frenchTyped(before: string, char: string): TypedReplacement | null {
  const last = before.slice(-1);
  if (ADDRESS.test(before)) return null;
  switch (char) {
    case '"':
      // Opening at the start of a word, closing after one.
      return !last || /[\s([{\u00A0\u202F'’]/.test(last) ? { text: `«${NNBSP}`, deleteBefore: 0 } : { text: `${NNBSP}»`, deleteBefore: 0 };
    case "'":
      return { text: '’', deleteBefore: 0 };
    case ';':
    case '!':
    case '?':
      if (last === ' ') return { text: `${NNBSP}${char}`, deleteBefore: 1 };
      // After a word or a closing sign; never doubled (« ?! », a space already there).
      if (last && !SPACES.test(last) && !/[!?;:([{«]/.test(last)) return { text: `${NNBSP}${char}`, deleteBefore: 0 };
      return null;
    case ':':
      // Only a space typed before it: « 12:30 » and « https: » stay as typed.
      return last === ' ' ? { text: `${NBSP}:`, deleteBefore: 1 } : null;
    case '%':
      if (last === ' ') return { text: `${NBSP}%`, deleteBefore: 1 };
      return /\d/.test(last) ? { text: `${NBSP}%`, deleteBefore: 0 } : null;
    default:
      return null;
  }
}
