import {
  blockSummary,
  columnLabel,
  computedColumns,
  type BlockData,
  type BlockName,
  type BlockSpec,
  type CellValue,
  type ColumnSpec,
} from '../schema/blocks/block-spec';
import { filledRows, cellText, isFilled } from '../schema/blocks/block-values';
import { formatFrDate } from '../schema/blocks/parse-values';
import type { Caption, Inline, RenderBlock } from './render-tree';

/** What a block's print form needs from the tree being built. */
export interface PrintContext {
  text: (t: string) => string;
  /** A table cell of that text (typography applied), empty when there is nothing to print. */
  cell: (t: string) => Inline[];
  caption: (label: 'Tableau' | 'Figure', text: string) => Caption;
  /** The first block of each type in the document (the SWOT takes opportunities and threats from the external diagnostic). */
  blocksInDoc: Map<BlockName, BlockData>;
}

/** What a value with nothing to show prints as. */
const EMPTY_PRINT = /^\s*(—|-)?\s*$/;

/**
 * A cell as print shows it: dates in French (never ISO), typed negative numbers with a real minus.
 */
function printValue(column: ColumnSpec, value: CellValue | undefined): string {
  const text = cellText(value);
  if (column.type === 'date') return formatFrDate(text);
  if (['number', 'money', 'percent'].includes(column.type)) return text.replace(/^\s*-(?=\s*\d)/, '\u2212');
  return text;
}

/**
 * The print form of a business block, as plain render tables: its filled fields, each table with
 * its computed columns (score, risk, gap, ROI), what its kind adds (SWOT grid, calendar, charts) and its summary. Empty parts are left out.
 */
export function blockPrintForm(spec: BlockSpec, data: BlockData, ctx: PrintContext): RenderBlock[] {
  const out: RenderBlock[] = [];
  const fields = spec.fields.filter((f) => isFilled(data.fields[f.key]));
  if (fields.length) {
    out.push({
      kind: 'table',
      header: null,
      rows: fields.map((f) => [[{ text: ctx.text(f.label), bold: true }], ctx.cell(printValue(f, data.fields[f.key]))]),
      caption: ctx.caption('Tableau', spec.title),
      wide: false,
      source: spec.name,
    });
  }
  for (const table of spec.tables) {
    const rows = filledRows(data, table.key);
    if (!rows.length) continue;
    // A column the candidate left empty in every row (or a computed one with nothing to compute) is left
    // out: a half-filled block prints what was written, never a column of dashes.
    const columns = [
      ...table.columns
        .filter((c) => rows.some((r) => isFilled(r[c.key])))
        .map((c) => ({ label: columnLabel(c, data), value: (r: Record<string, CellValue>) => printValue(c, r[c.key]) })),
      ...computedColumns(spec, table.key)
        .filter((c) => rows.some((r) => !EMPTY_PRINT.test(c.value(r, data))))
        .map((c) => ({ label: c.label, value: (r: Record<string, CellValue>) => c.value(r, data) })),
    ];
    out.push({
      kind: 'table',
      header: columns.map((c) => ctx.cell(c.label)),
      rows: rows.map((r) => columns.map((c) => ctx.cell(c.value(r)))),
      caption: ctx.caption('Tableau', `${spec.title} — ${table.label}`),
      wide: columns.length > 6,
      source: spec.name,
    });
  }
  out.push(...(spec.printExtras?.(data, ctx) ?? []));
  // A summary line with nothing to say (« — ») is left out, like an empty column.
  const summary = blockSummary(spec, data).filter((l) => !EMPTY_PRINT.test(l.value));
  if (summary.length) {
    out.push({
      kind: 'table',
      header: null,
      rows: summary.map((l) => [[{ text: ctx.text(l.label), bold: true }], ctx.cell(l.value)]),
      caption: null,
      wide: false,
      source: `${spec.name}-summary`,
    });
  }
  return out;
}
