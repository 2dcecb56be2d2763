import { normalizeBlockData, type CellValue, type ColumnSpec } from './block-spec';
import { blockSpec } from './registry';

/** Column types whose value prints as words (a tick or a rating prints as a sign). */
const WORDED = new Set<ColumnSpec['type']>(['text', 'longtext', 'number', 'money', 'percent', 'date', 'select', 'multiselect']);

function cellText(column: ColumnSpec, value: CellValue | undefined): string {
  if (!WORDED.has(column.type) || value === undefined || typeof value === 'boolean') return '';
  return Array.isArray(value) ? value.join(' ') : value;
}

/**
 * The words a business block puts in the mémoire (its fields and table cells), so the outline and the
 * length targets count a filled PAC as the text it is; '' for any other node.
 */
export function blockText(nodeType: string, data: unknown): string {
  const spec = blockSpec(nodeType);
  if (!spec) return '';
  const normalized = normalizeBlockData(spec, data);
  const parts = spec.fields.map((f) => cellText(f, normalized.fields[f.key]));
  for (const table of spec.tables) {
    for (const row of normalized.tables[table.key] ?? []) parts.push(...table.columns.map((c) => cellText(c, row[c.key])));
  }
  return parts.filter((p) => p.trim()).join(' ');
}
