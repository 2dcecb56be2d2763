import type { MemoireMetaInput } from '../../../core/model';
import { fr } from '../i18n/fr';

type TextField =
  'title' | 'subtitle' | 'candidate' | 'school' | 'certification' | 'company' | 'perimeter' | 'tutor' | 'schoolTutor' | 'year' | 'submissionDate';
const FIELDS: Array<{ key: TextField; required?: boolean }> = [
  { key: 'title', required: true },
  { key: 'subtitle' },
  { key: 'candidate', required: true },
  { key: 'school' },
  { key: 'certification' },
  { key: 'company' },
  { key: 'perimeter' },
  { key: 'tutor' },
  { key: 'schoolTutor' },
  { key: 'year' },
  { key: 'submissionDate' },
];

/** The cover-page fields, shared by the "Nouveau mémoire" dialog and the "Page de garde" dialog. */
export function MetaFields(props: { value: MemoireMetaInput; onChange: (value: MemoireMetaInput) => void; errors?: Record<string, string> }) {
  const { value, onChange, errors = {} } = props;
  return (
    <div className="form-grid">
      {FIELDS.map(({ key, required }) => (
        <label key={key} className="field">
          <span>
            {fr.meta[key]}
            {required && <abbr title={fr.meta.required}> *</abbr>}
          </span>
          <input
            name={key}
            value={(value[key] as string | undefined) ?? ''}
            required={required}
            aria-invalid={errors[key] ? true : undefined}
            onChange={(e) => onChange({ ...value, [key]: e.target.value })}
          />
          {errors[key] && <small className="field-error">{errors[key]}</small>}
        </label>
      ))}
      <label className="field">
        <span>{fr.meta.accentColor}</span>
        <input type="color" name="accentColor" value={value.accentColor ?? '#1D4E89'} onChange={(e) => onChange({ ...value, accentColor: e.target.value })} />
      </label>
      <label className="field field-check">
        <input
          type="checkbox"
          name="confidential"
          checked={value.confidential ?? false}
          onChange={(e) => onChange({ ...value, confidential: e.target.checked })}
        />
        <span>
          {fr.meta.confidential}
          <small>{fr.meta.confidentialHelp}</small>
        </span>
      </label>
      {value.confidential && (
        <label className="field">
          <span>{fr.meta.companyAlias}</span>
          <input name="companyAlias" value={value.companyAlias ?? 'Société X'} onChange={(e) => onChange({ ...value, companyAlias: e.target.value })} />
        </label>
      )}
      {value.confidential && (
        <label className="field field-wide">
          <span>{fr.meta.sensitiveTerms}</span>
          <textarea
            name="sensitiveTerms"
            rows={3}
            value={(value.sensitiveTerms ?? []).join('\n')}
            onChange={(e) => onChange({ ...value, sensitiveTerms: e.target.value.split('\n') })}
          />
        </label>
      )}
    </div>
  );
}

/** Trims the sensitive-term list typed in the textarea. */
export function cleanMeta(value: MemoireMetaInput): MemoireMetaInput {
  return { ...value, sensitiveTerms: (value.sensitiveTerms ?? []).map((t) => t.trim()).filter(Boolean) };
}
