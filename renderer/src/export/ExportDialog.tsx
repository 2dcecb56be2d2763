import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { MemoireTemplate } from '../../../core/referential/template-schema';
import { flattenSections } from '../../../core/referential/template-schema';
import type { LengthTarget, MemoireMeta } from '../../../core/model/metadata';
import { Dialog, ErrorNotice } from '../ui/Dialog';
import { fr } from '../i18n/fr';

/**
 * The export dialog: format, layout preset (saved in the file), confidential version, annexes,
 * whole mémoire or one section; shows the estimated length against the school's window, progress,
 * the written path and "Ouvrir le dossier" where the shell can.
 */
export function ExportDialog(props: {
  api: ApiClient;
  handle: string;
  meta: MemoireMeta;
  template: MemoireTemplate;
  length: LengthTarget;
  pages: number;
  presetId: string;
  beforeExport: () => Promise<void>;
  onClose: () => void;
}) {
  const [presets, setPresets] = useState<Array<{ id: string; label: string }>>([]);
  const [presetId, setPresetId] = useState(props.presetId);
  const [confidential, setConfidential] = useState(props.meta.confidential);
  const [includeAnnexes, setIncludeAnnexes] = useState(true);
  const [sectionId, setSectionId] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ path: string; bytes: number } | null>(null);
  const [canReveal, setCanReveal] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    props.api.call('export.presets', {}).then(setPresets, (e) => setError((e as Error).message));
    props.api.call('app.info', {}).then((info) => setCanReveal(info.nativeDialogs), () => undefined);
  }, [props.api]);

  const run = async () => {
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      await props.beforeExport();
      const section = sectionId ? flattenSections(props.template.sections).find((s) => s.id === sectionId) : null;
      const suggested = [props.meta.title, section?.title, confidential ? 'confidentiel' : ''].filter(Boolean).join(' – ');
      const { path } = await props.api.call('files.chooseExport', { suggestedName: suggested, format: 'docx' });
      if (!path) return;
      setResult(await props.api.call('export.run', { handle: props.handle, format: 'docx', path, presetId, confidential, includeAnnexes, sectionId: sectionId || null }));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const { minPages, maxPages } = props.length;
  const tone = props.pages < minPages ? 'status-under' : props.pages > maxPages ? 'status-over' : 'status-within';
  return (
    <Dialog title={fr.exportDialog.title} onClose={props.onClose} testId="export-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <fieldset className="template-choice">
          <legend>{fr.exportDialog.format}</legend>
          <label className="template-option">
            <input type="radio" name="format" checked readOnly /> <span>{fr.exportDialog.docx}</span>
          </label>
          <label className="template-option muted">
            <input type="radio" name="format" disabled /> <span>{fr.exportDialog.pdfSoon}</span>
          </label>
        </fieldset>
        <div className="form-grid">
          <label className="field field-wide">
            <span>{fr.exportDialog.preset}</span>
            <select name="preset" value={presetId} onChange={(e) => setPresetId(e.target.value)}>
              {presets.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <label className="field field-wide">
            <span>{fr.exportDialog.scope}</span>
            <select name="scope" value={sectionId} onChange={(e) => setSectionId(e.target.value)}>
              <option value="">{fr.exportDialog.whole}</option>
              {flattenSections(props.template.sections).map((s) => (
                <option key={s.id} value={s.id}>
                  {fr.exportDialog.sectionOnly(s.title)}
                </option>
              ))}
            </select>
          </label>
          <label className="field field-check">
            <input type="checkbox" name="confidential" checked={confidential} onChange={(e) => setConfidential(e.target.checked)} />
            <span>
              {fr.exportDialog.confidential}
              <small>{fr.exportDialog.confidentialHelp}</small>
            </span>
          </label>
          <label className="field field-check">
            <input type="checkbox" name="annexes" checked={includeAnnexes} onChange={(e) => setIncludeAnnexes(e.target.checked)} />
            <span>{fr.exportDialog.annexes}</span>
          </label>
        </div>
        <p className={tone} data-testid="export-length">
          {fr.exportDialog.length(props.pages.toFixed(0), minPages, maxPages)}
        </p>
        <ErrorNotice message={error} />
        {result && (
          <div className="export-result" role="status">
            <span>{fr.exportDialog.done(result.path)}</span>
            {canReveal && (
              <button type="button" onClick={() => void props.api.call('files.reveal', { path: result.path })}>
                {fr.exportDialog.reveal}
              </button>
            )}
          </div>
        )}
        <footer className="dialog-footer">
          <button type="button" onClick={props.onClose}>
            {fr.history.close}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? fr.exportDialog.running : fr.exportDialog.run}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
