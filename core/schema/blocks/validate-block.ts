import type { BlockData, BlockSpec, CellValue, ColumnSpec } from './block-spec';
import { formatFrNumber, parseFrDate, parseFrNumber } from './parse-values';

/** A French message attached to a field (`fields.seuil`), a cell (`tables.actions.2.budget`) or a table (`tables.criteres`). */
export interface BlockIssue {
  path: string;
  message: string;
  /** `error`: the value is wrong; `warning`: worth a second look, not wrong; `todo`: something required is still empty. */
  level: 'error' | 'warning' | 'todo';
}

function isEmpty(value: CellValue | undefined): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Why one value does not fit its column, or null. */
export function cellIssue(column: ColumnSpec, value: CellValue | undefined, today: Date): Omit<BlockIssue, 'path'> | null {
  if (isEmpty(value)) return column.required ? { message: 'À compléter', level: 'todo' } : null;
  switch (column.type) {
    case 'number':
    case 'money':
    case 'percent':
    case 'rating': {
      const n = parseFrNumber(value);
      if (n === null) return { message: `« ${String(value)} » n’est pas un nombre`, level: 'error' };
      if (column.type === 'rating' && (n < (column.min ?? 1) || n > (column.max ?? 5) || !Number.isInteger(n))) {
        return { message: `Note entière attendue de ${column.min ?? 1} à ${column.max ?? 5}`, level: 'error' };
      }
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

function rowHasContent(row: Record<string, CellValue>): boolean {
  return Object.values(row).some((v) => v !== false && !isEmpty(v));
}

/** Checks that need several values at once (weights adding up, dates in order). */
function crossIssues(spec: BlockSpec, data: BlockData): BlockIssue[] {
  const issues: BlockIssue[] = [];
  if (spec.name === 'goNoGo') {
    const rows = (data.tables.criteres ?? []).filter(rowHasContent);
    const weights = rows.map((r) => parseFrNumber(r.poids));
    if (rows.length && weights.every((w) => w !== null)) {
      const sum = weights.reduce<number>((a, b) => a + (b ?? 0), 0);
      if (Math.abs(sum - 100) > 0.01) {
        issues.push({ path: 'tables.criteres', message: `La somme des poids fait ${formatFrNumber(sum, 1)} % au lieu de 100 %`, level: 'error' });
      }
    }
  }
  if (spec.name === 'pac') {
    (data.tables.actions ?? []).forEach((row, i) => {
      const start = parseFrDate(row.debut);
      const end = parseFrDate(row.fin);
      if (start && end && end < start) issues.push({ path: `tables.actions.${i}.fin`, message: 'La fin précède le début', level: 'error' });
    });
  }
  return issues;
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
  return [...issues, ...crossIssues(spec, data)];
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

/** Whether a value is filled. */
export function isFilled(value: CellValue | undefined): boolean {
  return !isEmpty(value) && value !== false;
}
