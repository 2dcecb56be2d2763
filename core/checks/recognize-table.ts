import type { Node as PmModelNode } from '@tiptap/pm/model';
import type { BlockData, BlockSpec, CellValue, TableSpec } from '../schema/blocks/block-spec';
import { emptyBlockData, normalizeBlockData } from '../schema/blocks/block-spec';
import { BLOCK_SPECS } from '../schema/blocks/registry';
import { normalizeText } from '../schema/blocks/parse-values';

/** A plain table of the document that reads like one of a block's tables. */
export interface RecognizedTable {
  spec: BlockSpec;
  table: TableSpec;
  data: BlockData;
  matched: number;
}

/** Each block table's aliases, longest first, so the first hit in a header is the most specific. */
const CANDIDATES = BLOCK_SPECS.filter((spec) => !spec.practice).flatMap((spec) =>
  spec.tables.map((table) => ({
    spec,
    table,
    aliases: table.columns.flatMap((c) => (c.aliases ?? []).map((alias) => ({ alias, key: c.key }))).sort((a, b) => b.alias.length - a.alias.length),
    required: table.columns.filter((c) => c.required).map((c) => c.key),
  })),
);

function columnFor(aliases: Array<{ alias: string; key: string }>, header: string): string | null {
  if (!header) return null;
  for (const { alias, key } of aliases) if (header.includes(alias)) return key;
  return null;
}

/**
 * Matches a plain table (its header row and body rows as text) to the block table whose columns its
 * headers name best — "Probabilité / Impact" is a threat table, "Poids / Note" a go/no-go grid.
 * Needs two matched columns and half of that table's required ones.
 */
export function recognizeTable(headers: string[], rows: string[][]): RecognizedTable | null {
  if (headers.length < 2) return null;
  const normalized = headers.map((h) => normalizeText(h).trim());
  let best: RecognizedTable | null = null;
  for (const { spec, table, aliases, required } of CANDIDATES) {
    {
      const keys = normalized.map((h) => columnFor(aliases, h));
      const distinct = new Set(keys.filter(Boolean));
      const requiredHit = required.filter((k) => distinct.has(k)).length;
      if (distinct.size < 2 || requiredHit < Math.ceil(required.length / 2)) continue;
      if (best && distinct.size <= best.matched) continue;
      const data = emptyBlockData(spec);
      data.tables[table.key] = rows.map((cells) => {
        const row: Record<string, CellValue> = {};
        keys.forEach((key, i) => {
          if (key && !(key in row)) row[key] = cells[i] ?? '';
        });
        return row;
      });
      best = { spec, table, data: normalizeBlockData(spec, data), matched: distinct.size };
    }
  }
  return best;
}

/** The text of each cell of a ProseMirror table, row by row. */
export function tableCells(table: PmModelNode): string[][] {
  const rows: string[][] = [];
  table.forEach((row) => {
    const cells: string[] = [];
    row.forEach((cell) => cells.push(cell.textContent.trim()));
    rows.push(cells);
  });
  return rows;
}

/** Reads a ProseMirror table as a block, or null when its headers name no block table. */
export function recognizeTableNode(table: PmModelNode): RecognizedTable | null {
  const rows = tableCells(table);
  return rows.length > 1 ? recognizeTable(rows[0], rows.slice(1)) : null;
}
