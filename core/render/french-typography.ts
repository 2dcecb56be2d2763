/** Narrow no-break space (espace fine insécable), before ; ! ? and inside « ». */
export const NNBSP = '\u202f';
/** No-break space (espace insécable), before the colon. */
export const NBSP = '\u00a0';

const isSpace = (c: string | undefined) => c === ' ' || c === NBSP || c === NNBSP || c === '\t';
const isWordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);

/**
 * French typography over a run of text split in pieces (one per formatting run), so a rule that
 * spans two runs ("mot " + bold "?") still applies: the right no-break space before ; : ! ? and
 * inside « », typographic apostrophes. Times (14:30), URLs (https://) and ratios (3:1) are left as
 * they are. Returns the pieces in the same order.
 */
export function frenchTypography(pieces: readonly string[]): string[] {
  const chars: Array<{ c: string; piece: number }> = [];
  pieces.forEach((text, piece) => {
    for (const c of text) chars.push({ c, piece });
  });
  const out: Array<{ c: string; piece: number }> = [];
  for (let i = 0; i < chars.length; i++) {
    const { c, piece } = chars[i];
    const next = chars[i + 1]?.c;
    const prevOut = out[out.length - 1]?.c;
    if (c === "'" && isWordChar(prevOut) && isWordChar(next)) {
      out.push({ c: '’', piece });
      continue;
    }
    if (c === ';' || c === '!' || c === '?' || c === ':' || c === '»') {
      const space = c === ':' ? NBSP : NNBSP;
      const isTimeOrUrl = c === ':' && ((/\d/.test(prevOut ?? '') && /\d/.test(next ?? '')) || next === '/' || /^(https?|mailto)$/i.test(out.slice(-6).map((x) => x.c).join('').split(/\s/).pop() ?? ''));
      // Repeated marks ("?!", "!!") share one space.
      const afterMark = prevOut === '?' || prevOut === '!';
      if (!isTimeOrUrl && !afterMark && out.length) {
        while (out.length && isSpace(out[out.length - 1].c)) out.pop();
        if (out.length && !/[(\[«\u2014\u2013-]/.test(out[out.length - 1].c)) out.push({ c: space, piece });
      }
      out.push({ c, piece });
      continue;
    }
    if (c === '«') {
      out.push({ c, piece });
      let j = i + 1;
      while (j < chars.length && isSpace(chars[j].c)) j++;
      if (j < chars.length) out.push({ c: NNBSP, piece: chars[j].piece });
      i = j - 1;
      continue;
    }
    if (c === ' ' && /\d/.test(prevOut ?? '')) {
      // "12 %" and "4 500 €" never break before the unit; "38 000" never breaks inside the number.
      if (next === '%' || next === '€') {
        out.push({ c: next === '%' ? NNBSP : NBSP, piece });
        continue;
      }
      const group = out.slice(-4).map((x) => x.c).join('').match(/[\d\u202f\u00a0]*$/)?.[0] ?? '';
      const ahead = chars.slice(i + 1, i + 5).map((x) => x.c).join('');
      if (/^\d{1,3}$/.test(group.split(/[\u202f\u00a0]/).pop() ?? '') && !/\d{4}$/.test(group) && /^\d{3}(?!\d)/.test(ahead)) {
        out.push({ c: NNBSP, piece });
        continue;
      }
    }
    out.push({ c, piece });
  }
  const result = pieces.map(() => '');
  for (const { c, piece } of out) result[piece] += c;
  return result;
}

/** French typography on a single string. */
export function frenchText(text: string): string {
  return frenchTypography([text])[0];
}
