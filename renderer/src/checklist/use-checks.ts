import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { runChecks, type CheckReport, type CheckSetup } from '../../../core/checks';

/** Quiet time after a change before re-checking: short enough to feel live, long enough to stay off keystrokes. */
const CHECK_DELAY_MS = 40;

/**
 * The checklist of the live document, re-run shortly after each change. It reads the editor's own
 * ProseMirror document (no serialisation) and runs in a timer, never inside the keystroke.
 */
export function useChecks(editor: Editor | null, setup: CheckSetup): { report: CheckReport | null; runs: number } {
  const [state, setState] = useState<{ report: CheckReport | null; runs: number }>({ report: null, runs: 0 });
  const setupRef = useRef(setup);
  setupRef.current = setup;
  useEffect(() => {
    if (!editor) return;
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = () => {
      timer = null;
      if (disposed || editor.isDestroyed) return;
      const report = runChecks(editor.state.doc, setupRef.current);
      setState((s) => ({ report, runs: s.runs + 1 }));
    };
    // The checks wait for a gap between keystrokes (an idle period), so they never delay one; the
    // first run waits for the editor to be on screen.
    const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 50 }) : setTimeout(fn, 0));
    const first = setTimeout(() => idle(run), 0);
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => idle(run), CHECK_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      disposed = true;
      editor.off('update', onUpdate);
      clearTimeout(first);
      if (timer) clearTimeout(timer);
    };
  }, [editor, setup.length]);
  return state;
}
