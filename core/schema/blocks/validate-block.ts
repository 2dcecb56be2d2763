import { ratingRange, type BlockData, type BlockIssue, type BlockSpec, type CellValue, type ColumnSpec } from './block-spec';
import { isEmptyValue, rowHasContent } from './block-values';
import { parseFrDate, parseFrNumber } from './parse-values';

/** Why one value does not fit its column, or null. */
export function cellIssue(column: ColumnSpec, value: CellValue | undefined, today: Date): Omit<BlockIssue, 'path'> | null {
  if (isEmptyValue(value)) return column.required ? { message: 'À compléter', level: 'todo' } : null;
  switch (column.type) {
    case 'number':
    case 'money':
    case 'percent':
    case 'rating': {
      const n = parseFrNumber(value);
      if (n === null) return { message: `« ${String(value)} » n’est pas un nombre`, level: 'error' };
      const [min, max] = ratingRange(column);
      if (column.type === 'rating' && (n < min || n > max || !Number.isInteger(n)))
        return { message: `Note entière attendue de ${min} à ${max}`, level: 'error' };
      if (column.type === 'percent' && (n < 0 || n > 100)) return { message: 'Pourcentage attendu entre 0 et 100', level: 'error' };
      if (column.type === 'money' && n < 0) return { message: 'Montant négatif', level: 'error' };
      return null;
    }
    case 'date': {
      const d = parseFrDate(value);
      if (!d) return { message: 'Date invalide (jj/mm/aaaa)', level: 'error' };
      if (column.deadline && d.getTime() < Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) {
        return { message: 'Échéance déjà passée : est-ce un objectif atteint ou à reporter ?', level: 'warning' };
      }
      return null;
    }
    case 'select':
      return column.options && !column.options.includes(String(value)) ? { message: `Choisissez parmi : ${column.options.join(', ')}`, level: 'error' } : null;
    case 'multiselect':
      return null;
    default:
      return null;
  }
}

/**
 * Every French message a block's data deserves: wrong values as errors, required values still empty
 * as "à compléter" (only on rows already started, so a fresh block is not covered in red).
 */
export function validateBlock(spec: BlockSpec, data: BlockData, today: Date = new Date()): BlockIssue[] {
  const issues: BlockIssue[] = [];
  for (const field of spec.fields) {
    const issue = cellIssue(field, data.fields[field.key], today);
    if (issue) issues.push({ path: `fields.${field.key}`, ...issue });
  }
  for (const table of spec.tables) {
    (data.tables[table.key] ?? []).forEach((row, i) => {
      if (!rowHasContent(row)) return;
      for (const column of table.columns) {
        const issue = cellIssue(column, row[column.key], today);
        if (issue) issues.push({ path: `tables.${table.key}.${i}.${column.key}`, ...issue });
      }
    });
  }
  return [...issues, ...(spec.crossIssues?.(data) ?? [])];
}
