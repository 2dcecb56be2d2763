import { z } from 'zod';

/** What a cell holds as typed: raw text (numbers and dates too, parsed on use), a list for multi-choice, a tick. */
export type CellValue = string | string[] | boolean;

/** How a field or column is edited, parsed and checked. */
export type ColumnType = 'text' | 'longtext' | 'number' | 'money' | 'percent' | 'date' | 'select' | 'multiselect' | 'rating' | 'boolean';

/** One field of a block, or one column of one of its tables. */
export interface ColumnSpec {
  key: string;
  label: string;
  type: ColumnType;
  options?: readonly string[];
  required?: boolean;
  min?: number;
  max?: number;
  /** Words that identify this column in the header of a plain table (lower case, no accents needed). */
  aliases?: readonly string[];
  help?: string;
  /** A deadline: a date already past gets a warning. */
  deadline?: boolean;
}

/** A table inside a block: rows of typed columns. */
export interface TableSpec {
  key: string;
  label: string;
  rowLabel: string;
  columns: readonly ColumnSpec[];
  /** Rows a new block starts with. */
  initialRows?: number;
}

/** A structured business block: its node name, French labels, data layout and the criteria it evidences. */
export interface BlockSpec {
  name: string;
  title: string;
  description: string;
  /** Template sections where it belongs (seeded there in a new mémoire). */
  sectionIds: readonly string[];
  criteria: readonly string[];
  fields: readonly ColumnSpec[];
  tables: readonly TableSpec[];
  /** Exam practice template rather than a mémoire block. */
  practice?: boolean;
}

/** The data of a block, stored as the node's `data` attribute. */
export interface BlockData {
  fields: Record<string, CellValue>;
  tables: Record<string, Array<Record<string, CellValue>>>;
}

const cellSchema = z.union([z.string().max(20_000), z.array(z.string().max(200)).max(50), z.boolean()]);

/** Structure check of any block's data (the per-spec checks are `validateBlock`'s, as messages). */
export const blockDataSchema = z.object({
  fields: z.record(z.string(), cellSchema),
  tables: z.record(z.string(), z.array(z.record(z.string(), cellSchema)).max(500)),
});

/** An empty value for a column. */
export function emptyCell(column: ColumnSpec): CellValue {
  if (column.type === 'multiselect') return [];
  if (column.type === 'boolean') return false;
  return '';
}

/** An empty row of a table. */
export function emptyRow(table: TableSpec): Record<string, CellValue> {
  return Object.fromEntries(table.columns.map((c) => [c.key, emptyCell(c)]));
}

/** The data a new block starts with. */
export function emptyBlockData(spec: BlockSpec): BlockData {
  return {
    fields: Object.fromEntries(spec.fields.map((f) => [f.key, emptyCell(f)])),
    tables: Object.fromEntries(spec.tables.map((t) => [t.key, Array.from({ length: t.initialRows ?? 1 }, () => emptyRow(t))])),
  };
}

/** Fills keys a spec has gained since the data was written, and coerces a broken value to empty. */
export function normalizeBlockData(spec: BlockSpec, raw: unknown): BlockData {
  const parsed = blockDataSchema.safeParse(raw);
  const data: BlockData = parsed.success ? parsed.data : { fields: {}, tables: {} };
  const fix = (column: ColumnSpec, value: CellValue | undefined): CellValue => {
    if (value === undefined) return emptyCell(column);
    if (column.type === 'multiselect') return Array.isArray(value) ? value : typeof value === 'string' && value ? value.split(/\s*[,;/]\s*/) : [];
    if (column.type === 'boolean') return value === true || (typeof value === 'string' && /^(oui|x|vrai|true|1)$/i.test(value.trim()));
    return Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'Oui' : '') : value;
  };
  return {
    fields: Object.fromEntries(spec.fields.map((f) => [f.key, fix(f, data.fields[f.key])])),
    tables: Object.fromEntries(
      spec.tables.map((t) => [t.key, (data.tables[t.key] ?? []).map((row) => Object.fromEntries(t.columns.map((c) => [c.key, fix(c, row[c.key])])))]),
    ),
  };
}
