import type { CellValue, ColumnSpec } from '../../../core/schema/blocks/block-spec';
import { parseFrDate } from '../../../core/schema/blocks/parse-values';

/** ISO date for <input type="date"> from whatever was typed or stored. */
function isoDate(value: string): string {
  const d = parseFrDate(value);
  return d ? d.toISOString().slice(0, 10) : '';
}

/** One field or cell of a business block, edited according to its column type. */
export function CellInput(props: { column: ColumnSpec; value: CellValue; onChange: (value: CellValue) => void; label: string; invalid?: boolean }) {
  const { column, value, onChange } = props;
  const common = { 'aria-label': props.label, 'aria-invalid': props.invalid || undefined, title: column.help };
  switch (column.type) {
    case 'longtext':
      return <textarea {...common} rows={2} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />;
    case 'boolean':
      return <input {...common} type="checkbox" checked={value === true} onChange={(e) => onChange(e.target.checked)} />;
    case 'select':
      return (
        <select {...common} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)}>
          <option value="">—</option>
          {column.options?.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
          {value && !column.options?.includes(String(value)) && <option value={String(value)}>{String(value)}</option>}
        </select>
      );
    case 'rating': {
      const min = column.min ?? 1;
      const max = column.max ?? 5;
      return (
        <select {...common} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} className="rating">
          <option value="">—</option>
          {Array.from({ length: max - min + 1 }, (_, i) => String(min + i)).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
          {value !== '' && !(Number(value) >= min && Number(value) <= max) && <option value={String(value)}>{String(value)}</option>}
        </select>
      );
    }
    case 'multiselect': {
      const list = Array.isArray(value) ? value : [];
      const rest = (column.options ?? []).filter((o) => !list.includes(o));
      return (
        <div className="chips-input" role="group" aria-label={props.label}>
          {list.map((o) => (
            <button key={o} type="button" className="chip-toggle is-on" title="Retirer" aria-label={`Retirer ${o}`} onClick={() => onChange(list.filter((x) => x !== o))}>
              {o} ×
            </button>
          ))}
          {rest.length > 0 && (
            <select aria-label={`Ajouter : ${props.label}`} value="" className="chip-add" onChange={(e) => e.target.value && onChange([...list, e.target.value])}>
              <option value="">+ ajouter</option>
              {rest.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </select>
          )}
        </div>
      );
    }
    case 'date':
      return <input {...common} type="date" value={isoDate(String(value ?? '')) || ''} onChange={(e) => onChange(e.target.value)} />;
    case 'number':
    case 'money':
    case 'percent':
      return <input {...common} inputMode="decimal" className="num" value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />;
    default:
      return <input {...common} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />;
  }
}
