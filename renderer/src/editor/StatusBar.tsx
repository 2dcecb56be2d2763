import { useEffect, useState } from 'react';
import type { AutosaveState } from './use-autosave';
import { agoFr, fr } from '../i18n/fr';
import { spelling } from '../spelling/spell-service';

/** « Orthographe : activée » — turns the underlines off or on; says when the dictionary is loading or failed. */
function SpellToggle() {
  const [, redraw] = useState(0);
  useEffect(() => spelling.onChange(() => redraw((n) => n + 1)), []);
  const label =
    spelling.status === 'failed'
      ? fr.spelling.failed
      : !spelling.enabled
        ? fr.spelling.toggleOff
        : spelling.status === 'loading'
          ? fr.spelling.loading
          : fr.spelling.toggleOn;
  return (
    <button
      type="button"
      className={`spell-toggle${spelling.enabled ? '' : ' is-off'}`}
      aria-pressed={spelling.enabled}
      title={fr.spelling.toggleHint}
      disabled={spelling.status === 'failed'}
      onClick={() => spelling.setEnabled(!spelling.enabled)}
      data-testid="spelling-toggle"
    >
      {label}
    </button>
  );
}

function autosaveText(state: AutosaveState, now: number): string {
  switch (state.status) {
    case 'saving':
      return fr.autosave.saving;
    case 'dirty':
      return fr.autosave.dirty;
    case 'error':
      return fr.autosave.error(state.error ?? '');
    default:
      return state.savedAt ? fr.autosave.saved(agoFr(state.savedAt, now)) : fr.autosave.never;
  }
}

/** Autosave status ("Enregistré il y a 2 s"), words and estimated pages; ticks on its own so the editor never re-renders for it. */
export function StatusBar(props: { state: AutosaveState; summary: string; pagesStatus: 'under' | 'within' | 'over' }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const recentSnapshot = props.state.lastSnapshotAt !== null && now - props.state.lastSnapshotAt < 8000;
  return (
    <footer className="status-bar">
      <span className={`autosave autosave-${props.state.status}`} data-testid="autosave-status" role="status">
        {autosaveText(props.state, now)}
        {recentSnapshot && ` · ${fr.autosave.snapshot}`}
      </span>
      <SpellToggle />
      <span className={`length status-${props.pagesStatus}`} data-testid="length-summary">
        {props.summary}
      </span>
    </footer>
  );
}
