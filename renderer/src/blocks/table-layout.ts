import type { ColumnSpec } from '../../../core/schema/blocks';

// The least width (px) a cell needs to be typed in and read whole, by column type.
const MIN_WIDTH: Record<ColumnSpec['type'], number> = {
  text: 120,
  longtext: 220,
  number: 80,
  money: 90,
  percent: 75,
  date: 100,
  select: 110,
  multiselect: 150,
  rating: 64,
  boolean: 60,
};
const CHAR_PX = 7.2;
const SELECT_CHROME_PX = 36;
const COMPUTED_PX = 90;
const ACTIONS_PX = 64;

/** The width a column needs: its type's least width, or its longest option's for a list. */
export function columnMinWidth(column: ColumnSpec): number {
  const longest = Math.max(0, ...(column.options ?? []).map((o) => o.length));
  const forOptions = column.type === 'select' ? Math.ceil(longest * CHAR_PX + SELECT_CHROME_PX) : 0;
  return Math.max(MIN_WIDTH[column.type], forOptions);
}

/**
 * Whether a block table is edited as a grid (one line per row, every column whole) at this width,
 * or as one card per row because the columns would not fit.
 */
export function fitsAsGrid(columns: readonly ColumnSpec[], computedCount: number, width: number): boolean {
  const needed = columns.reduce((sum, c) => sum + columnMinWidth(c), 0) + computedCount * COMPUTED_PX + ACTIONS_PX;
  return needed <= width;
}
