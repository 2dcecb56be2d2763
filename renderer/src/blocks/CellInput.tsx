import { useState, type InputHTMLAttributes } from 'react';
import { type CellValue, type ColumnSpec, formatFrDate, parseFrDate } from '../../../core/schema/blocks';
import { fr } from '../i18n/fr';
import { SpelledField } from '../spelling/SpelledField';

/**
 * A date typed and shown the French way (jj/mm/aaaa) whatever the browser's language, where a date
 * input would follow the system's (mm/dd/yyyy on an English one). Stored as ISO once it is a real
 * date; what is typed meanwhile is kept as typed, and the block's check says what is wrong.
 */
function DateInput(props: { common: InputHTMLAttributes<HTMLInputElement>; value: string; onChange: (value: string) => void }) {
  const [typing, setTyping] = useState<string | null>(null);
  return (
    <input
      {...props.common}
      className="date"
      inputMode="numeric"
      placeholder={fr.blocks.datePlaceholder}
      value={typing ?? formatFrDate(props.value)}
      onChange={(e) => {
        setTyping(e.target.value);
        const date = parseFrDate(e.target.value);
        props.onChange(date ? date.toISOString().slice(0, 10) : e.target.value.trim());
      }}
      onBlur={() => setTyping(null)}
    />
  );
}

/** One field or cell of a business block, edited according to its column type. */
export function CellInput(props: { column: ColumnSpec; value: CellValue; onChange: (value: CellValue) => void; label: string; invalid?: boolean }) {
  const { column, value, onChange } = props;
  const common = { 'aria-label': props.label, 'aria-invalid': props.invalid || undefined, title: column.help };
  switch (column.type) {
    case 'longtext':
      return <SpelledField {...common} multiline rows={2} value={String(value ?? '')} onValue={onChange} />;
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
            <button
              key={o}
              type="button"
              className="chip-toggle is-on"
              title={fr.blocks.removeChip}
              aria-label={`${fr.blocks.removeChip} ${o}`}
              onClick={() => onChange(list.filter((x) => x !== o))}
            >
              {o} ×
            </button>
          ))}
          {rest.length > 0 && (
            <select
              aria-label={`Ajouter : ${props.label}`}
              value=""
              className="chip-add"
              onChange={(e) => e.target.value && onChange([...list, e.target.value])}
            >
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
      return <DateInput common={common} value={String(value ?? '')} onChange={onChange} />;
    case 'number':
    case 'money':
    case 'percent':
      return <input {...common} inputMode="decimal" className="num" value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} />;
    default:
      return <SpelledField {...common} value={String(value ?? '')} onValue={onChange} />;
  }
}
