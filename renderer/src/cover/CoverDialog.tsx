import { useState } from 'react';
import type { ApiClient } from '../api/client';
import { memoireMetaSchema, lengthTargetSchema, type LengthTarget, type MemoireMeta, type MemoireMetaInput } from '../../../core/model';
import { Dialog, ErrorNotice } from '../ui/Dialog';
import { MetaFields, cleanMeta } from './MetaFields';
import { fr } from '../i18n/fr';

/** Edits the cover data and the school's length window of an open mémoire. */
export function CoverDialog(props: {
  api: ApiClient;
  handle: string;
  meta: MemoireMeta;
  length: LengthTarget;
  onClose: () => void;
  onSaved: (meta: MemoireMeta, length: LengthTarget) => void;
}) {
  const [meta, setMeta] = useState<MemoireMetaInput>(props.meta);
  const [length, setLength] = useState(props.length);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const parsedMeta = memoireMetaSchema.safeParse(cleanMeta(meta));
    const parsedLength = lengthTargetSchema.safeParse(length);
    const found: Record<string, string> = {};
    if (!parsedMeta.success) for (const i of parsedMeta.error.issues) found[String(i.path[0])] = i.message;
    if (!parsedLength.success) for (const i of parsedLength.error.issues) found[String(i.path[0])] = i.message;
    setErrors(found);
    if (!parsedMeta.success || !parsedLength.success) return;
    try {
      const savedMeta = await props.api.call('memoire.updateMeta', { handle: props.handle, meta: parsedMeta.data });
      const settings = await props.api.call('memoire.updateLength', { handle: props.handle, length: parsedLength.data });
      props.onSaved(savedMeta, settings.length);
      props.onClose();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const numberField = (key: keyof LengthTarget) => (
    <label className="field">
      <span>{fr.cover[key]}</span>
      <input
        type="number"
        name={key}
        min={1}
        value={Number.isFinite(length[key]) ? length[key] : ''}
        aria-invalid={errors[key] ? true : undefined}
        onChange={(e) => setLength({ ...length, [key]: e.target.valueAsNumber })}
      />
      {errors[key] && <small className="field-error">{errors[key]}</small>}
    </label>
  );

  return (
    <Dialog title={fr.cover.title} onClose={props.onClose} wide testId="cover-dialog">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <MetaFields value={meta} onChange={setMeta} errors={errors} />
        <h3>{fr.cover.length}</h3>
        <div className="form-grid">
          {numberField('minPages')}
          {numberField('maxPages')}
          {numberField('wordsPerPage')}
        </div>
        <ErrorNotice message={error} />
        <footer className="dialog-footer">
          <button type="button" onClick={props.onClose}>
            {fr.newDialog.cancel}
          </button>
          <button type="submit" className="primary">
            {fr.cover.save}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
