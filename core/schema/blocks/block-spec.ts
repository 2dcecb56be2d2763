import { z } from 'zod';
import type { PrintContext } from '../../render/block-print';
import type { RenderBlock } from '../../render/render-tree';

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
  /** A column named by the candidate: its header is this field's value when filled (« T1 » for « P1 »). */
  labelField?: string;
}

/** The lowest and highest note of a rating column (1 to 5 unless its spec says otherwise). */
export function ratingRange(column: ColumnSpec): [number, number] {
  return [column.min ?? 1, column.max ?? 5];
}

/** The header a column shows and prints: the field that names it when filled, else its own label. */
export function columnLabel(column: ColumnSpec, data: BlockData): string {
  const named = column.labelField ? data.fields[column.labelField] : undefined;
  return typeof named === 'string' && named.trim() ? named.trim() : column.label;
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

/** The node name of every business block, in the order of the mémoire (practice templates last). */
export type BlockName =
  | 'opportunitesMenaces'
  | 'diagnosticInterne'
  | 'segmentation'
  | 'objectifsSmart'
  | 'pac'
  | 'collaboration'
  | 'socialSelling'
  | 'prospection'
  | 'goNoGo'
  | 'crm'
  | 'suivi'
  | 'negociation'
  | 'kpi'
  | 'emailing'
  | 'evenement'
  | 'proposition'
  | 'cartographie';

/** A French message attached to a field (`fields.seuil`), a cell (`tables.actions.2.budget`) or a table (`tables.criteres`). */
export interface BlockIssue {
  path: string;
  message: string;
  /** `error`: the value is wrong; `warning`: worth a second look, not wrong; `todo`: something required is still empty. */
  level: 'error' | 'warning' | 'todo';
}

/** A line of a block's computed summary. */
export interface SummaryLine {
  label: string;
  value: string;
  tone?: 'ok' | 'warn' | 'bad';
}

/** A read-only column computed from a row (risk, score, gap, ROI), shown and printed beside the typed ones; '' or « — » when there is nothing to compute. */
export interface ComputedColumn {
  label: string;
  /** The row's value; the block's data for what its fields set (the cost per km of a tour). */
  value: (row: Record<string, CellValue>, data: BlockData) => string;
}

/**
 * A structured business block: its node name, French labels, data layout and the criteria it
 * evidences, with what it computes from its data. The on-screen drawing (SWOT, charts) is the
 * renderer's, keyed by the same typed names in `renderer/src/blocks/BlockVisuals.tsx`.
 */
export interface BlockSpec<N extends BlockName = BlockName> {
  name: N;
  title: string;
  description: string;
  /** Template sections where it belongs (seeded there in a new mémoire). */
  sectionIds: readonly string[];
  criteria: readonly string[];
  fields: readonly ColumnSpec[];
  tables: readonly TableSpec[];
  /** Exam practice template rather than a mémoire block. */
  practice?: boolean;
  /** The summary shown under the tables and printed after them. */
  summary?: (data: BlockData) => SummaryLine[];
  /** Read-only columns, by table key. */
  computedColumns?: Readonly<Record<string, readonly ComputedColumn[]>>;
  /** Checks that need several values at once (weights adding up, dates in order). */
  crossIssues?: (data: BlockData) => BlockIssue[];
  /** What print adds after the block's own tables (SWOT grid, calendar, charts). */
  printExtras?: (data: BlockData, ctx: PrintContext) => RenderBlock[];
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

const MAX_TEXT = 20_000;
const MAX_ROWS = 500;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads any stored or pasted value as this block's data: keys the spec does not know are dropped,
 * missing ones filled, wrong kinds coerced (a list for a multi-choice, a tick for a boolean), text
 * bounded. Written by hand rather than with zod because the checks run it on every block while typing.
 */
export function normalizeBlockData(spec: BlockSpec, raw: unknown): BlockData {
  const root = isRecord(raw) ? raw : {};
  const fields = isRecord(root.fields) ? root.fields : {};
  const tables = isRecord(root.tables) ? root.tables : {};
  const fix = (column: ColumnSpec, value: unknown): CellValue => {
    if (value === undefined || value === null) return emptyCell(column);
    if (column.type === 'multiselect') {
      if (Array.isArray(value))
        return value
          .filter((v): v is string => typeof v === 'string')
          .map((v) => v.slice(0, 200))
          .slice(0, 50);
      return typeof value === 'string' && value.trim()
        ? value
            .split(/\s*[,;/+]\s*/)
            .filter(Boolean)
            .slice(0, 50)
        : [];
    }
    if (column.type === 'boolean') return value === true || (typeof value === 'string' && /^(oui|x|vrai|true|1|✓)$/i.test(value.trim()));
    if (typeof value === 'string') return value.slice(0, MAX_TEXT);
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (Array.isArray(value))
      return value
        .filter((v) => typeof v === 'string')
        .join(', ')
        .slice(0, MAX_TEXT);
    if (typeof value === 'boolean') return value ? 'Oui' : '';
    return '';
  };
  return {
    fields: Object.fromEntries(spec.fields.map((f) => [f.key, fix(f, fields[f.key])])),
    tables: Object.fromEntries(
      spec.tables.map((t) => {
        const rows = Array.isArray(tables[t.key]) ? (tables[t.key] as unknown[]).slice(0, MAX_ROWS) : [];
        return [t.key, rows.map((row) => Object.fromEntries(t.columns.map((c) => [c.key, fix(c, isRecord(row) ? row[c.key] : undefined)])))];
      }),
    ),
  };
}

/** A cell's name in the form and in messages: « Budget (€) (action 2) » — the input's label and where an error points. */
export function cellLabel(columnLabel: string, table: Pick<TableSpec, 'rowLabel'>, row: number): string {
  return `${columnLabel} (${table.rowLabel} ${row + 1})`;
}

/** The summary of a block, or none. */
export function blockSummary(spec: BlockSpec, data: BlockData): SummaryLine[] {
  return spec.summary?.(data) ?? [];
}

/** The read-only columns of one of a block's tables, or none. */
export function computedColumns(spec: BlockSpec, table: string): readonly ComputedColumn[] {
  return spec.computedColumns?.[table] ?? [];
}
