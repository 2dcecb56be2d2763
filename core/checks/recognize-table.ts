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

function columnFor(table: TableSpec, header: string): string | null {
  const h = normalizeText(header).trim();
  if (!h) return null;
  let best: { key: string; len: number } | null = null;
  for (const column of table.columns) {
    for (const alias of column.aliases ?? []) {
      if (h === alias || h.startsWith(`${alias} `) || h.startsWith(`${alias}(`) || h.includes(alias)) {
        if (!best || alias.length > best.len) best = { key: column.key, len: alias.length };
      }
    }
  }
  return best?.key ?? null;
}

/**
 * Matches a plain table (its header row and body rows as text) to the block table whose columns its
 * headers name best — "Probabilité / Impact" is a threat table, "Poids / Note" a go/no-go grid.
 * Needs two matched columns and half of that table's required ones.
 */
export function recognizeTable(headers: string[], rows: string[][]): RecognizedTable | null {
  let best: RecognizedTable | null = null;
  for (const spec of BLOCK_SPECS) {
    if (spec.practice) continue;
    for (const table of spec.tables) {
      const keys = headers.map((h) => columnFor(table, h));
      const distinct = new Set(keys.filter(Boolean));
      const required = table.columns.filter((c) => c.required).map((c) => c.key);
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
