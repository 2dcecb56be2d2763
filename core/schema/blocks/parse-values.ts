/**
 * Reads a number as a French candidate types it: "12 500", "12 500,50 €", "4,5 %", "-3". Returns
 * null for anything that is not a number, so callers can say so instead of computing garbage.
 */
export function parseFrNumber(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  // A real minus sign (as printed) reads like the hyphen typed on a keyboard.
  let s = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-')
    .replace(/(€|eur|euros?|%|k€|pts?|points?)$/i, '');
  if (!s) return null;
  // "1.234,5" (thousands dot) and "1,234.5" both happen in pasted figures.
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/** Reads a date typed as "2026-06-30", "30/06/2026" or "30/06/26"; null when it is not a real date. */
export function parseFrDate(raw: unknown): Date | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(s))) {
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (y < 100) y += 2000;
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

const formatters = new Map<number, Intl.NumberFormat>();

/**
 * Formats a number the French way ("12 500,5"), with a narrow no-break space for thousands. One
 * formatter per precision is kept: `toLocaleString` builds a new one at each call, which dominated
 * the checks' time.
 */
export function formatFrNumber(value: number, digits = 0): string {
  let format = formatters.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 0, maximumFractionDigits: digits });
    formatters.set(digits, format);
  }
  // Printed negatives take a real minus sign (U+2212), not the hyphen Intl gives.
  return format.format(value).replace(/^-/, '\u2212');
}

/** A date as French print writes it (30/06/2026); a value that is not a date is returned as typed. */
export function formatFrDate(raw: string): string {
  const date = parseFrDate(raw);
  if (!date) return raw;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/**
 * « 1 action », « 3 actions », « 0 critère » : a count with its noun agreed as French does (singular up
 * to 1), never « action(s) ». `plural` for the irregular ones (« tableaux »).
 */
export function nounCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatFrNumber(n)} ${Math.abs(n) >= 2 ? plural : singular}`;
}

/** A word agreed with a count, without the number (« rattachés », « importée »). */
export function agree(n: number, singular: string, plural = `${singular}s`): string {
  return Math.abs(n) >= 2 ? plural : singular;
}

/** Formats a ratio as a French percentage ("37 %", narrow no-break space before the sign). */
export function formatPercent(ratio: number, digits = 0): string {
  return `${formatFrNumber(ratio * 100, digits)}\u202f%`;
}

/** One decimal, as the charts print their percentages. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Formats an amount in euros ("12 500 €", narrow no-break space before the sign). */
export function formatMoney(value: number): string {
  return `${formatFrNumber(value)}\u202f€`;
}

const ACCENTED = 'àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž’';
const PLAIN = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijkllllln nnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz'".replace(' ', '');
const UNACCENT = new Map([...ACCENTED].map((c, i) => [c, PLAIN[i]]));
const TO_PLAIN = /[à-žæœß’]/g;
const LIGATURES: Record<string, string> = { æ: 'ae', œ: 'oe', ß: 'ss' };

/**
 * Lower case without accents, for comparing headers and looking for key notions in text. A table
 * lookup rather than Unicode NFD: the checks run it on the whole mémoire while the candidate types.
 */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(TO_PLAIN, (c) => UNACCENT.get(c) ?? LIGATURES[c] ?? c);
}
