import { useEffect, useRef, useState } from 'react';
import { ImportDialog } from '../import/ImportDialog';
import { FilePicker } from '../ui/FilePicker';
import type { ApiClient } from '../api/client';
import { type OpenedMemoire, ApiCallError } from '../../../core/api';
import { type MemoireMetaInput, memoireMetaSchema } from '../../../core/model';
import { Dialog, ErrorNotice } from '../ui/Dialog';
import { MetaFields, cleanMeta } from '../cover/MetaFields';
import { dateTimeFr, fr } from '../i18n/fr';

interface FileEntry {
  path: string;
  title: string;
  openedAt: string | null;
  exists: boolean;
}

/** The home screen: new mémoire, open, recent files (and, in the web host, the workspace folder). */
export function StartScreen(props: {
  api: ApiClient;
  onOpened: (m: OpenedMemoire) => void;
  showNew: boolean;
  setShowNew: (v: boolean) => void;
  openRequest: number;
  /** Incremented by the menu "Importer un document Word…". */
  importRequest: number;
}) {
  const { api, onOpened } = props;
  const [recent, setRecent] = useState<FileEntry[]>([]);
  const [workspace, setWorkspace] = useState<FileEntry[]>([]);
  const [nativeDialogs, setNativeDialogs] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState<File | null>(null);
  const [dragging, setDragging] = useState(false);
  const docxInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (props.importRequest > 0) docxInput.current?.click();
  }, [props.importRequest]);

  const refresh = async () => {
    const [info, r, w] = await Promise.all([api.call('app.info', {}), api.call('files.recent', {}), api.call('files.workspace', {})]);
    setNativeDialogs(info.nativeDialogs);
    setRecent(r);
    setWorkspace(w);
  };
  useEffect(() => {
    refresh().catch((e) => setError((e as Error).message));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const open = async (filePath: string) => {
    setError(null);
    setBusy(true);
    try {
      onOpened(await api.call('memoire.open', { path: filePath }));
    } catch (e) {
      const name = filePath.split(/[\\/]/).pop();
      setError(`« ${name} » : ${(e as Error).message}`);
      void refresh();
    } finally {
      setBusy(false);
    }
  };

  const chooseAndOpen = async () => {
    const { path: chosen } = await api.call('files.chooseOpen', {});
    if (chosen) await open(chosen);
  };
  useEffect(() => {
    if (props.openRequest > 0 && nativeDialogs) void chooseAndOpen();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.openRequest]);

  return (
    <main
      className={dragging ? 'start-screen dragging' : 'start-screen'}
      onDragOver={(e) => {
        if ([...e.dataTransfer.items].some((i) => i.kind === 'file')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        const file = e.dataTransfer.files[0];
        if (file) setImporting(file);
      }}
    >
      <header className="start-hero">
        <h1>{fr.appName}</h1>
        <p>{fr.tagline}</p>
        <div className="start-actions">
          <button type="button" className="primary" onClick={() => props.setShowNew(true)}>
            {fr.start.newMemoire}
          </button>
          {nativeDialogs && (
            <button type="button" onClick={() => void chooseAndOpen()} disabled={busy}>
              {fr.start.open}
            </button>
          )}
          <button type="button" onClick={() => docxInput.current?.click()}>
            {fr.start.importDocx}
          </button>
        </div>
        <p className="muted drop-hint">{fr.start.dropHint}</p>
        <FilePicker
          ref={docxInput}
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          testId="docx-input"
          onPick={setImporting}
        />
      </header>
      <ErrorNotice message={error} onDismiss={() => setError(null)} />
      <section className="start-section" aria-labelledby="recent-title">
        <h2 id="recent-title">{fr.start.recent}</h2>
        {recent.length === 0 && <p className="muted">{fr.start.noRecent}</p>}
        <ul className="file-list">
          {recent.map((f) => (
            <li key={f.path}>
              <button type="button" className="file-entry" disabled={!f.exists || busy} onClick={() => void open(f.path)}>
                <strong>{f.title}</strong>
                <span className="muted">
                  {f.path} {f.openedAt && `· ${fr.start.openedAt(dateTimeFr(f.openedAt))}`} {!f.exists && `· ${fr.start.missing}`}
                </span>
              </button>
              <button type="button" className="link-button" onClick={() => void api.call('files.forgetRecent', { path: f.path }).then(refresh)}>
                {fr.start.forget}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {!nativeDialogs && (
        <section className="start-section" aria-labelledby="workspace-title">
          <h2 id="workspace-title">{fr.start.workspace}</h2>
          <ul className="file-list">
            {workspace.map((f) => (
              <li key={f.path}>
                <button type="button" className="file-entry" disabled={busy} onClick={() => void open(f.path)}>
                  <strong>{f.title}</strong>
                  <span className="muted">{f.path}</span>
                </button>
              </li>
            ))}
          </ul>
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (path.trim()) void open(path.trim());
            }}
          >
            <label className="field field-wide">
              <span>{fr.start.openByPath}</span>
              <input name="open-path" value={path} placeholder={fr.start.pathPlaceholder} onChange={(e) => setPath(e.target.value)} />
            </label>
            <button type="submit" disabled={busy}>
              {fr.start.open}
            </button>
          </form>
        </section>
      )}
      {importing && <ImportDialog api={api} file={importing} onClose={() => setImporting(null)} onOpened={onOpened} />}
      {props.showNew && <NewMemoireDialog api={api} onClose={() => props.setShowNew(false)} onCreated={onOpened} />}
    </main>
  );
}

function NewMemoireDialog(props: { api: ApiClient; onClose: () => void; onCreated: (m: OpenedMemoire) => void }) {
  const [meta, setMeta] = useState<MemoireMetaInput>({ title: '', candidate: '', year: String(new Date().getFullYear()), confidential: false });
  const [templates, setTemplates] = useState<Array<{ id: string; title: string; description: string }>>([]);
  const [templateId, setTemplateId] = useState('memoire-pac');
  useEffect(() => {
    props.api.call('templates.list', {}).then(setTemplates, (e) => setError((e as Error).message));
  }, [props.api]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const parsed = memoireMetaSchema.safeParse(cleanMeta(meta));
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const suggested = [parsed.data.title, parsed.data.candidate].filter(Boolean).join(' – ');
      const { path } = await props.api.call('files.chooseSave', { suggestedName: suggested });
      if (!path) return;
      props.onCreated(await props.api.call('memoire.create', { path, meta: parsed.data, templateId }));
    } catch (e) {
      setError((e as Error).message);
      if (e instanceof ApiCallError && e.fields) setErrors(e.fields);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={fr.newDialog.title} onClose={props.onClose} wide testId="new-memoire-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        noValidate
      >
        <fieldset className="template-choice">
          <legend>{fr.newDialog.template}</legend>
          {templates.map((t) => (
            <label key={t.id} className="template-option">
              <input type="radio" name="template" value={t.id} checked={templateId === t.id} onChange={() => setTemplateId(t.id)} />
              <span>
                <strong>{t.title}</strong>
                <small>{t.description}</small>
              </span>
            </label>
          ))}
        </fieldset>
        <MetaFields value={meta} onChange={setMeta} errors={errors} />
        <ErrorNotice message={error} />
        <footer className="dialog-footer">
          <button type="button" onClick={props.onClose}>
            {fr.newDialog.cancel}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {fr.newDialog.create}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
