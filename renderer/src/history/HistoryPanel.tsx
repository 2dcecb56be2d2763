import { useEffect, useState } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { ApiClient } from '../api/client';
import type { SnapshotInfo, PmNode } from '../../../core/model';
import { memoireExtensions } from '../../../core/schema';
import { Dialog, ErrorNotice, StatusNotice } from '../ui/Dialog';
import { dateTimeFr, fr } from '../i18n/fr';
import { CompareView } from './CompareView';

function snapshotLabel(s: SnapshotInfo): string {
  return s.name || `${fr.history.kinds[s.kind]} — ${dateTimeFr(s.createdAt)}`;
}

function Preview(props: { doc: PmNode }) {
  const editor = useEditor({ extensions: memoireExtensions(), content: props.doc, editable: false, immediatelyRender: true });
  return <EditorContent editor={editor} className="preview-doc prose" />;
}

/** The history: named and automatic versions, preview, restore, and "Créer une version nommée". */
export function HistoryPanel(props: {
  api: ApiClient;
  handle: string;
  onClose: () => void;
  beforeRestore: () => Promise<void>;
  onRestored: (doc: PmNode, updatedAt: string) => void;
  /** The text in the editor now, the default side of a comparison. */
  currentDoc: () => PmNode;
}) {
  const [items, setItems] = useState<SnapshotInfo[]>([]);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ info: SnapshotInfo; doc: PmNode } | null>(null);
  /** The version the candidate asked to restore, waiting for the confirmation. */
  const [confirming, setConfirming] = useState<SnapshotInfo | null>(null);
  const [done, setDone] = useState<string | null>(null);
  /** A version compared with the current text, or with another version (`against`). */
  const [comparing, setComparing] = useState<{ info: SnapshotInfo; doc: PmNode; against: { name: string; doc: PmNode } } | null>(null);

  const compare = async (info: SnapshotInfo, againstId: number | null) => {
    try {
      const { doc } = await props.api.call('snapshots.get', { handle: props.handle, id: info.id });
      const against =
        againstId === null
          ? { name: fr.history.current, doc: props.currentDoc() }
          : await props.api.call('snapshots.get', { handle: props.handle, id: againstId }).then((s) => ({ name: snapshotLabel(s.info), doc: s.doc }));
      setPreview(null);
      setComparing({ info, doc, against });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const refresh = () => props.api.call('snapshots.list', { handle: props.handle }).then(setItems);
  useEffect(() => {
    refresh().catch((e) => setError((e as Error).message));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const restore = async (info: SnapshotInfo) => {
    setConfirming(null);
    try {
      await props.beforeRestore();
      const restored = await props.api.call('snapshots.restore', { handle: props.handle, id: info.id });
      props.onRestored(restored.doc, restored.updatedAt);
      setPreview(null);
      setDone(fr.history.restoredFrom(snapshotLabel(info)));
      await refresh();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <Dialog title={fr.history.title} onClose={props.onClose} wide testId="history-dialog">
      <form
        className="inline-form"
        onSubmit={async (e) => {
          e.preventDefault();
          try {
            await props.beforeRestore();
            await props.api.call('snapshots.create', { handle: props.handle, name });
            setName('');
            setError(null);
            await refresh();
          } catch (err) {
            setError((err as Error).message);
          }
        }}
      >
        <label className="field field-wide">
          <span>{fr.history.create}</span>
          <input name="snapshot-name" value={name} placeholder={fr.history.namePlaceholder} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          {fr.history.create}
        </button>
      </form>
      <ErrorNotice message={error} onDismiss={() => setError(null)} />
      {confirming && (
        <div className="confirm-notice" role="alertdialog" aria-label={fr.history.confirmRestoreAction} data-testid="restore-confirm">
          <span>{fr.history.confirmRestore(snapshotLabel(confirming))}</span>
          <button type="button" className="primary" onClick={() => void restore(confirming)}>
            {fr.history.confirmRestoreAction}
          </button>
          <button type="button" onClick={() => setConfirming(null)}>
            {fr.history.cancelRestore}
          </button>
        </div>
      )}
      <StatusNotice message={done} onDismiss={() => setDone(null)} testId="restore-done" />
      <div className="history-layout">
        <ul className="history-list">
          {items.length === 0 && <li className="muted">{fr.history.empty}</li>}
          {items.map((s) => (
            <li key={s.id} className={preview?.info.id === s.id ? 'is-selected' : undefined} data-testid="snapshot-item">
              <div>
                <strong>{snapshotLabel(s)}</strong>
                <span className="muted">
                  {fr.history.kinds[s.kind]} · {dateTimeFr(s.createdAt)} · {fr.history.words(s.wordCount)}
                </span>
              </div>
              <div className="row-actions">
                <button
                  type="button"
                  onClick={() =>
                    void props.api.call('snapshots.get', { handle: props.handle, id: s.id }).then(
                      (p) => (setComparing(null), setPreview(p)),
                      (e) => setError(e.message),
                    )
                  }
                >
                  {fr.history.preview}
                </button>
                <button type="button" onClick={() => void compare(s, null)}>
                  {fr.history.compareButton}
                </button>
                <button type="button" onClick={() => setConfirming(s)}>
                  {fr.history.restore}
                </button>
              </div>
            </li>
          ))}
        </ul>
        {comparing && !preview && (
          <div className="history-preview">
            <label className="inline-label">
              {fr.history.compareWith}{' '}
              <select
                value={comparing.against.name === fr.history.current ? '' : String(items.find((s) => snapshotLabel(s) === comparing.against.name)?.id ?? '')}
                onChange={(e) => void compare(comparing.info, e.target.value ? Number(e.target.value) : null)}
              >
                <option value="">{fr.history.current}</option>
                {items
                  .filter((s) => s.id !== comparing.info.id)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {snapshotLabel(s)}
                    </option>
                  ))}
              </select>
            </label>
            <CompareView older={comparing.doc} newer={comparing.against.doc} olderName={snapshotLabel(comparing.info)} newerName={comparing.against.name} />
          </div>
        )}
        {preview && (
          <section className="history-preview" aria-label={fr.history.previewTitle(snapshotLabel(preview.info))}>
            <h3>{fr.history.previewTitle(snapshotLabel(preview.info))}</h3>
            <Preview key={preview.info.id} doc={preview.doc} />
          </section>
        )}
      </div>
    </Dialog>
  );
}
