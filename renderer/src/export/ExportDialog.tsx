import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { ApiCallError } from '../../../core/api';
import type { LengthTarget, MemoireMeta } from '../../../core/model';
import type { InvalidValue } from '../../../core/schema/blocks';
import { type MemoireTemplate, flattenSections } from '../../../core/referential';
import { Dialog, ErrorNotice } from '../ui/Dialog';
import { fr } from '../i18n/fr';
import { FilePicker, readAsBase64 } from '../ui/FilePicker';
import { exportStem } from '../../../core/export';

type Annex = { id: string; name: string; size: number; pages: number };

/**
 * The export dialog: format (Word or PDF), layout preset (saved in the file), confidential version,
 * annexes (the PDFs attached are merged at the end of the PDF), whole mémoire or one section; shows
 * the laid-out length against the school's window, progress, the written path and "Ouvrir le dossier".
 */
export function ExportDialog(props: {
  api: ApiClient;
  handle: string;
  meta: MemoireMeta;
  template: MemoireTemplate;
  length: LengthTarget;
  presetId: string;
  onPresetUsed: (presetId: string) => void;
  beforeExport: () => Promise<void>;
  /** Wrong values in the blocks: listed before exporting, each with a way to the block. */
  invalidValues: InvalidValue[];
  onFix: (index: number) => void;
  onClose: () => void;
}) {
  const [format, setFormat] = useState<'docx' | 'pdf'>('pdf');
  const [pages, setPages] = useState<number | null>(null);
  const [annexes, setAnnexes] = useState<Annex[]>([]);
  const annexInput = useRef<HTMLInputElement>(null);
  // The autosave flush changes identity on each render of the editor: read through a ref, not a dependency.
  const flush = useRef(props.beforeExport);
  flush.current = props.beforeExport;
  const [presets, setPresets] = useState<Array<{ id: string; label: string }>>([]);
  const [presetId, setPresetId] = useState(props.presetId);
  const [confidential, setConfidential] = useState(props.meta.confidential);
  const [includeAnnexes, setIncludeAnnexes] = useState(true);
  const [annotated, setAnnotated] = useState(false);
  const [sectionId, setSectionId] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ path: string; bytes: number } | null>(null);
  const [canReveal, setCanReveal] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [replace, setReplace] = useState<string | null>(null);

  useEffect(() => {
    props.api.call('export.presets', {}).then(setPresets, (e) => setError((e as Error).message));
    props.api.call('app.info', {}).then(
      (info) => setCanReveal(info.nativeDialogs),
      () => undefined,
    );
    props.api.call('attachments.listAnnexes', { handle: props.handle }).then(setAnnexes, (e) => setError((e as Error).message));
  }, [props.api, props.handle]);

  // The length as the chosen preset lays it out, counted again when the preset changes.
  useEffect(() => {
    let live = true;
    setPages(null);
    flush
      .current()
      .then(() => props.api.call('layout.pageCount', { handle: props.handle, presetId }))
      .then(
        (r) => live && setPages(r.countedPages),
        (e) => live && setError((e as Error).message),
      );
    return () => {
      live = false;
    };
  }, [props.api, props.handle, presetId]);

  const addAnnex = async (file: File) => {
    setError(null);
    try {
      const added = await props.api.call('attachments.addAnnex', { handle: props.handle, name: file.name, dataBase64: await readAsBase64(file) });
      setAnnexes((list) => (list.some((a) => a.id === added.id) ? list : [...list, added]));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const removeAnnex = async (id: string) => {
    setError(null);
    try {
      await props.api.call('attachments.removeAnnex', { handle: props.handle, id });
      setAnnexes((list) => list.filter((a) => a.id !== id));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const run = async () => {
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      await props.beforeExport();
      const section = sectionId ? flattenSections(props.template.sections).find((s) => s.id === sectionId) : null;
      const suggested = exportStem('memoire', props.meta, { sectionTitle: section?.title, confidential, annotated });
      const chosen = await props.api.call('files.chooseExport', { suggestedName: suggested, format });
      if (!chosen.path) return;
      await write(chosen.path, chosen.overwriteConfirmed);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  /** Writes the export; an existing file is replaced only once the candidate confirms it here. */
  const write = async (path: string, overwrite: boolean) => {
    try {
      setResult(
        await props.api.call('export.run', {
          handle: props.handle,
          format,
          path,
          presetId,
          confidential,
          includeAnnexes,
          sectionId: sectionId || null,
          overwrite,
          annotated,
        }),
      );
      setReplace(null);
      props.onPresetUsed(presetId);
    } catch (e) {
      if ((e as ApiCallError).code === 'export-exists') setReplace(path);
      else throw e;
    }
  };

  const confirmReplace = async (path: string) => {
    setError(null);
    setBusy(true);
    try {
      await write(path, true);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const { minPages, maxPages } = props.length;
  const tone = pages === null ? 'muted' : pages < minPages ? 'status-under' : pages > maxPages ? 'status-over' : 'status-within';
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
            <input type="radio" name="format" value="pdf" checked={format === 'pdf'} onChange={() => setFormat('pdf')} /> <span>{fr.exportDialog.pdf}</span>
          </label>
          <label className="template-option">
            <input type="radio" name="format" value="docx" checked={format === 'docx'} onChange={() => setFormat('docx')} /> <span>{fr.exportDialog.docx}</span>
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
          <label className="field field-check">
            <input type="checkbox" name="annotated" checked={annotated} onChange={(e) => setAnnotated(e.target.checked)} />
            <span>
              {fr.exportDialog.annotated}
              <small>{fr.exportDialog.annotatedHelp}</small>
            </span>
          </label>
        </div>
        {confidential && includeAnnexes && !sectionId && annexes.length > 0 && (
          <p className="notice-warning" role="note" data-testid="confidential-annexes">
            {fr.exportDialog.confidentialAnnexes(annexes.length)}
          </p>
        )}
        <fieldset className="annex-list" disabled={!includeAnnexes || !!sectionId}>
          <legend>{fr.exportDialog.annexFiles}</legend>
          {annexes.length === 0 ? (
            <p className="muted">{fr.exportDialog.noAnnex}</p>
          ) : (
            <ul data-testid="annexes">
              {annexes.map((a) => (
                <li key={a.id}>
                  <span>
                    {a.name} <small className="muted">({fr.exportDialog.annexPages(a.pages)})</small>
                  </span>
                  <button type="button" onClick={() => void removeAnnex(a.id)} aria-label={fr.exportDialog.removeAnnex(a.name)}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <button type="button" onClick={() => annexInput.current?.click()}>
            {fr.exportDialog.addAnnex}
          </button>
          <FilePicker ref={annexInput} accept="application/pdf,.pdf" testId="annex-input" onPick={(file) => void addAnnex(file)} />
        </fieldset>
        <p className={tone} data-testid="export-length">
          {pages === null ? fr.exportDialog.counting : fr.exportDialog.length(pages, minPages, maxPages)}
        </p>
        {props.invalidValues.length > 0 && (
          <section className="invalid-values" role="alert" aria-label={fr.exportDialog.invalidTitle(props.invalidValues.length)} data-testid="invalid-values">
            <strong>{fr.exportDialog.invalidTitle(props.invalidValues.length)}</strong>
            <p>{fr.exportDialog.invalidHelp}</p>
            <ul>
              {props.invalidValues.map((v, i) => (
                <li key={i}>
                  <span>
                    <b>{v.block}</b> — {v.where} : {v.message}
                  </span>
                  <button type="button" className="link-button" onClick={() => props.onFix(v.index)}>
                    {fr.exportDialog.invalidFix}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
        <ErrorNotice message={error} />
        {replace && (
          <div className="confirm-notice" role="alertdialog" aria-label={fr.exportDialog.replaceTitle}>
            <span>{fr.exportDialog.replaceAsk(replace)}</span>
            <button type="button" onClick={() => setReplace(null)}>
              {fr.exportDialog.replaceCancel}
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => void confirmReplace(replace)}>
              {fr.exportDialog.replaceConfirm}
            </button>
          </div>
        )}
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
            {busy ? fr.exportDialog.running : props.invalidValues.length ? fr.exportDialog.runAnyway : fr.exportDialog.run}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
