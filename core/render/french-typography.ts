/** Narrow no-break space (espace fine insécable), before ; ! ? and inside « ». */
export const NNBSP = '\u202f';
/** No-break space (espace insécable), before the colon. */
export const NBSP = '\u00a0';

const SPACE = 0x20;
const TAB = 0x09;
const NBSP_CODE = 0xa0;
const NNBSP_CODE = 0x202f;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const isSpace = (c: number) => c === SPACE || c === NBSP_CODE || c === NNBSP_CODE || c === TAB;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isWordChar = (c: number) => c > 0 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
// A mark after which no space is put before ; : ! ? » (an opening bracket, a guillemet, a dash).
const isOpening = (c: number) => c === 0x28 || c === 0x5b || c === 0xab || c === 0x2014 || c === 0x2013 || c === 0x2d;
// Anything a rule below acts on: apostrophe, high punctuation, guillemets, a space after a digit.
const TRIGGERS = /[';!?:«»]|\d /;

/**
 * French typography over a run of text split in pieces (one per formatting run), so a rule that
 * spans two runs ("mot " + bold "?") still applies: the right no-break space before ; : ! ? and
 * inside « », typographic apostrophes, no break before % and € or inside "38 000". Times (14:30),
 * URLs (https://) and ratios (3:1) are left as they are. Returns the pieces in the same order.
 */
export function frenchTypography(pieces: readonly string[]): string[] {
  // Most runs have nothing to change: a quick look spares the character walk.
  if (!pieces.some((p) => TRIGGERS.test(p))) return [...pieces];
  // Character codes and the piece each belongs to, in typed arrays: the walk allocates nothing per character.
  const text = pieces.join('');
  const n = text.length;
  const owner = new Uint32Array(n);
  let at = 0;
  pieces.forEach((piece, i) => {
    owner.fill(i, at, at + piece.length);
    at += piece.length;
  });
  // Each character adds at most one space before it: twice the length is always enough.
  const out = new Uint16Array(n * 2 + 1);
  const outOwner = new Uint32Array(n * 2 + 1);
  let len = 0;
  const push = (c: number, piece: number) => {
    out[len] = c;
    outOwner[len++] = piece;
  };
  const code = (i: number) => (i >= 0 && i < n ? text.charCodeAt(i) : 0);
  const last = () => (len ? out[len - 1] : 0);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    const piece = owner[i];
    const next = code(i + 1);
    const prevOut = last();
    if (c === APOSTROPHE && isWordChar(prevOut) && isWordChar(next)) {
      push(RIGHT_QUOTE, piece);
      continue;
    }
    if (c === 0x3b || c === 0x21 || c === 0x3f || c === 0x3a || c === 0xbb) {
      const space = c === 0x3a ? NBSP_CODE : NNBSP_CODE;
      let isTimeOrUrl = false;
      if (c === 0x3a) {
        const tail =
          fromCodes(out, Math.max(0, len - 6), len)
            .split(/\s/)
            .pop() ?? '';
        isTimeOrUrl = (isDigit(prevOut) && isDigit(next)) || next === 0x2f || /^(https?|mailto)$/i.test(tail);
      }
      // Repeated marks ("?!", "!!") share one space.
      const afterMark = prevOut === 0x3f || prevOut === 0x21;
      if (!isTimeOrUrl && !afterMark && len) {
        while (len && isSpace(out[len - 1])) len--;
        if (len && !isOpening(out[len - 1])) push(space, piece);
      }
      push(c, piece);
      continue;
    }
    if (c === 0xab) {
      push(c, piece);
      let j = i + 1;
      while (j < n && isSpace(text.charCodeAt(j))) j++;
      if (j < n) push(NNBSP_CODE, owner[j]);
      i = j - 1;
      continue;
    }
    if (c === SPACE && isDigit(prevOut)) {
      // "12 %" and "4 500 €" never break before the unit; "38 000" never breaks inside the number.
      if (next === 0x25 || next === 0x20ac) {
        push(next === 0x25 ? NNBSP_CODE : NBSP_CODE, piece);
        continue;
      }
      if (isThousandsSpace(out, len, text, i)) {
        push(NNBSP_CODE, piece);
        continue;
      }
    }
    push(c, piece);
  }
  const result = pieces.map(() => '');
  let from = 0;
  for (let k = 1; k <= len; k++) {
    if (k === len || outOwner[k] !== outOwner[from]) {
      result[outOwner[from]] += fromCodes(out, from, k);
      from = k;
    }
  }
  return result;
}

const utf16 = new TextDecoder('utf-16le');

/** The string of a slice of UTF-16 codes (decoded natively: spreading into fromCharCode is far slower). */
function fromCodes(codes: Uint16Array, from: number, to: number): string {
  return utf16.decode(codes.subarray(from, to));
}

/**
 * A space inside a number written with thousands groups: 1 to 3 digits before it (after the last
 * group separator, the four characters before looked at), exactly 3 digits after it. "2025 150" is
 * left alone: a year is not a group.
 */
function isThousandsSpace(out: Uint16Array, len: number, text: string, i: number): boolean {
  let digits = 0;
  let k = len - 1;
  for (; k >= Math.max(0, len - 4); k--) {
    const c = out[k];
    if (isDigit(c)) digits++;
    else if (c === NNBSP_CODE || c === NBSP_CODE) break;
    else break;
  }
  if (digits < 1 || digits > 3) return false;
  // Four digits right before the space ("2025 150") mean a year or a count, not a group.
  if (len >= 4 && isDigit(out[len - 1]) && isDigit(out[len - 2]) && isDigit(out[len - 3]) && isDigit(out[len - 4])) return false;
  for (let a = 1; a <= 3; a++) if (!isDigit(text.charCodeAt(i + a))) return false;
  return !isDigit(text.charCodeAt(i + 4));
}

/** French typography on a single string. */
export function frenchText(text: string): string {
  return frenchTypography([text])[0];
}
