/** Narrow no-break space (espace fine insécable), before ; ! ? and inside « ». */
export const NNBSP = '\u202f';
/** No-break space (espace insécable), before the colon. */
export const NBSP = '\u00a0';

const isSpace = (c: string | undefined) => c === ' ' || c === NBSP || c === NNBSP || c === '\t';
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
// Anything a rule below acts on: apostrophe, high punctuation, guillemets, a space after a digit.
const TRIGGERS = /[';!?:«»]|\d /;

/**
 * French typography over a run of text split in pieces (one per formatting run), so a rule that
 * spans two runs ("mot " + bold "?") still applies: the right no-break space before ; : ! ? and
 * inside « », typographic apostrophes. Times (14:30), URLs (https://) and ratios (3:1) are left as
 * they are. Returns the pieces in the same order.
 */
export function frenchTypography(pieces: readonly string[]): string[] {
  // Most runs have nothing to change: a quick look spares the character walk.
  if (!pieces.some((p) => TRIGGERS.test(p))) return [...pieces];
  // Characters and the piece each belongs to, in parallel arrays (no object per character).
  const chars: string[] = [];
  const owner: number[] = [];
  pieces.forEach((text, piece) => {
    for (const c of text) {
      chars.push(c);
      owner.push(piece);
    }
  });
  const out: string[] = [];
  const outOwner: number[] = [];
  const push = (c: string, piece: number) => {
    out.push(c);
    outOwner.push(piece);
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const piece = owner[i];
    const next = chars[i + 1];
    const prevOut = out[out.length - 1];
    if (c === "'" && isWordChar(prevOut) && isWordChar(next)) {
      push('’', piece);
      continue;
    }
    if (c === ';' || c === '!' || c === '?' || c === ':' || c === '»') {
      const space = c === ':' ? NBSP : NNBSP;
      const isTimeOrUrl = c === ':' && ((/\d/.test(prevOut ?? '') && /\d/.test(next ?? '')) || next === '/' || /^(https?|mailto)$/i.test(out.slice(-6).join('').split(/\s/).pop() ?? ''));
      // Repeated marks ("?!", "!!") share one space.
      const afterMark = prevOut === '?' || prevOut === '!';
      if (!isTimeOrUrl && !afterMark && out.length) {
        while (out.length && isSpace(out[out.length - 1])) {
          out.pop();
          outOwner.pop();
        }
        if (out.length && !/[(\[«\u2014\u2013-]/.test(out[out.length - 1])) push(space, piece);
      }
      push(c, piece);
      continue;
    }
    if (c === '«') {
      push(c, piece);
      let j = i + 1;
      while (j < chars.length && isSpace(chars[j])) j++;
      if (j < chars.length) push(NNBSP, owner[j]);
      i = j - 1;
      continue;
    }
    if (c === ' ' && /\d/.test(prevOut ?? '')) {
      // "12 %" and "4 500 €" never break before the unit; "38 000" never breaks inside the number.
      if (next === '%' || next === '€') {
        push(next === '%' ? NNBSP : NBSP, piece);
        continue;
      }
      const group = out.slice(-4).join('').match(/[\d\u202f\u00a0]*$/)?.[0] ?? '';
      const ahead = chars.slice(i + 1, i + 5).join('');
      if (/^\d{1,3}$/.test(group.split(/[\u202f\u00a0]/).pop() ?? '') && !/\d{4}$/.test(group) && /^\d{3}(?!\d)/.test(ahead)) {
        push(NNBSP, piece);
        continue;
      }
    }
    push(c, piece);
  }
  const result = pieces.map(() => [] as string[]);
  for (let i = 0; i < out.length; i++) result[outOwner[i]].push(out[i]);
  return result.map((r) => r.join(''));
}

/** French typography on a single string. */
export function frenchText(text: string): string {
  return frenchTypography([text])[0];
}
