import type { BlockData, CellValue } from './block-spec';

/** Whether a value holds nothing typed (a tick left off is a value: `false`). */
export function isEmptyValue(value: CellValue | undefined): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Whether a value is filled. */
export function isFilled(value: CellValue | undefined): boolean {
  return !isEmptyValue(value) && value !== false;
}

/** Whether a table row has anything typed in it. */
export function rowHasContent(row: Record<string, CellValue>): boolean {
  return Object.values(row).some(isFilled);
}

/** The rows of a table that have any content. */
export function filledRows(data: BlockData, table: string): Array<Record<string, CellValue>> {
  return (data.tables[table] ?? []).filter(rowHasContent);
}

/** Text of a value, for display and keyword checks. */
export function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === false) return '';
  if (value === true) return 'Oui';
  return Array.isArray(value) ? value.join(', ') : value;
}
