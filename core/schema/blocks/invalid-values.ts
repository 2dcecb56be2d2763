import { cellLabel, normalizeBlockData, type BlockSpec } from './block-spec';
import { blockSpec } from './registry';
import { validateBlock } from './validate-block';

/** A wrong value of a business block, as the export lists it before writing. */
export interface InvalidValue {
  /** Top-level index of the block in the document, to jump to it. */
  index: number;
  block: string;
  /** The field, cell or table at fault, in the interface's words (« Budget (€) (action 2) »). */
  where: string;
  message: string;
}

/** Where a validation path points, in the words of the form. */
function placeOf(spec: BlockSpec, path: string): string {
  const [kind, key, row, column] = path.split('.');
  if (kind === 'fields') return spec.fields.find((f) => f.key === key)?.label ?? key;
  const table = spec.tables.find((t) => t.key === key);
  if (!table) return key;
  if (row === undefined) return table.label;
  return cellLabel(table.columns.find((c) => c.key === column)?.label ?? column, table, Number(row));
}

/**
 * The wrong values of every business block (not the empty ones: those print as nothing): an export
 * lists them so that a budget typed « environ 3000 » or an end before its start never reaches the
 * jury silently (left out of a total, dropped from the calendar).
 */
export function invalidBlockValues(nodes: Iterable<{ type: string; data: unknown }>, today: Date = new Date()): InvalidValue[] {
  const found: InvalidValue[] = [];
  let index = 0;
  for (const node of nodes) {
    const spec = blockSpec(node.type);
    if (spec) {
      for (const issue of validateBlock(spec, normalizeBlockData(spec, node.data), today)) {
        if (issue.level === 'error') found.push({ index, block: spec.title, where: placeOf(spec, issue.path), message: issue.message });
      }
    }
    index++;
  }
  return found;
}
