import { blockSpec } from '../schema/blocks/registry';
import { normalizeBlockData, type BlockData, type CellValue } from '../schema/blocks/block-spec';

/** How a search matches: the whole word only, the exact case. */
export interface FindOptions {
  wholeWord: boolean;
  matchCase: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The pattern of a search. Accents count (« côté » is not « cote »); a whole word is bounded by
 * anything but a letter or a digit, so « PAC » is found in « (PAC) » but not in « PACA ».
 */
export function findPattern(query: string, options: FindOptions): RegExp | null {
  if (!query) return null;
  const body = escapeRegExp(query);
  return new RegExp(options.wholeWord ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, options.matchCase ? 'gu' : 'giu');
}

/** Where the query occurs in a text: [from, to) offsets. */
export function findInText(text: string, pattern: RegExp): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (!m[0].length) {
      pattern.lastIndex++;
      continue;
    }
    out.push({ from: m.index, to: m.index + m[0].length });
  }
  return out;
}

function replaceCell(value: CellValue, pattern: RegExp, replacement: string): { value: CellValue; count: number } {
  if (typeof value !== 'string') return { value, count: 0 };
  const count = findInText(value, pattern).length;
  pattern.lastIndex = 0;
  // A function, so « $1 » in the replacement is taken literally.
  return count ? { value: value.replace(pattern, () => replacement), count } : { value, count: 0 };
}

/** Occurrences in a business block's typed values (its fields and table cells, text only). */
export function countInBlock(nodeType: string, data: unknown, pattern: RegExp): number {
  return replaceInBlock(nodeType, data, pattern, '').count;
}

/** A business block's data with the query replaced in its text values, and how many were replaced. */
export function replaceInBlock(nodeType: string, data: unknown, pattern: RegExp, replacement: string): { data: BlockData; count: number } {
  const spec = blockSpec(nodeType);
  const normalized = spec ? normalizeBlockData(spec, data) : { fields: {}, tables: {} };
  if (!spec) return { data: normalized, count: 0 };
  let count = 0;
  const textual = (type: string) => type === 'text' || type === 'longtext';
  const fields = { ...normalized.fields };
  for (const f of spec.fields) {
    if (!textual(f.type)) continue;
    const r = replaceCell(fields[f.key], pattern, replacement);
    fields[f.key] = r.value;
    count += r.count;
  }
  const tables: BlockData['tables'] = {};
  for (const t of spec.tables) {
    tables[t.key] = (normalized.tables[t.key] ?? []).map((row) => {
      const next = { ...row };
      for (const c of t.columns) {
        if (!textual(c.type)) continue;
        const r = replaceCell(next[c.key], pattern, replacement);
        next[c.key] = r.value;
        count += r.count;
      }
      return next;
    });
  }
  return { data: { fields, tables }, count };
}
