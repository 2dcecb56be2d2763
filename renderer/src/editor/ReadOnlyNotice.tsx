import type { ApiClient } from '../api/client';
import type { OpenedMemoire } from '../../../core/api';
import { dateTimeFr, fr } from '../i18n/fr';

interface Props {
  api: ApiClient;
  opened: OpenedMemoire;
  /** Called with the mémoire to show instead (the repaired copy, or the same file once resolved). */
  onOpened: (m: OpenedMemoire) => void;
  onError: (message: string) => void;
}

/**
 * Why the mémoire is read-only and the way out: a repaired copy for elements the editor cannot show,
 * or, for a text altered outside the app, keeping it or going back to the newest kept version.
 */
export function ReadOnlyNotice({ api, opened, onOpened, onError }: Props) {
  const readOnly = opened.readOnly;
  if (!readOnly) return null;

  const act = async (action: () => Promise<OpenedMemoire>, closeFirst: boolean) => {
    try {
      const next = await action();
      if (closeFirst) await api.call('memoire.close', { handle: opened.handle });
      onOpened(next);
    } catch (e) {
      onError((e as Error).message);
    }
  };

  if (readOnly.kind === 'altered') {
    return (
      <div className="read-only-notice" role="alert" data-testid="read-only-notice">
        <span>
          <strong>{fr.readOnly.alteredTitle}.</strong> {fr.readOnly.alteredExplain(readOnly.lastSnapshot && dateTimeFr(readOnly.lastSnapshot.createdAt))}
        </span>
        {readOnly.lastSnapshot && (
          <button
            type="button"
            className="primary"
            onClick={() => void act(() => api.call('memoire.resolveAltered', { handle: opened.handle, keep: 'snapshot' }), false)}
          >
            {fr.readOnly.restoreSnapshot}
          </button>
        )}
        <button type="button" onClick={() => void act(() => api.call('memoire.resolveAltered', { handle: opened.handle, keep: 'stored' }), false)}>
          {fr.readOnly.keepStored}
        </button>
      </div>
    );
  }
  return (
    <div className="read-only-notice" role="alert" data-testid="read-only-notice">
      <span>
        <strong>{fr.readOnly.title}.</strong> {fr.readOnly.explain(readOnly.dropped)}
      </span>
      <button type="button" className="primary" onClick={() => void act(() => api.call('memoire.saveRepairedCopy', { handle: opened.handle }), true)}>
        {fr.readOnly.repair}
      </button>
    </div>
  );
}
