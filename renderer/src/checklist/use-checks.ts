import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { runChecks, type CheckReport, type CheckSetup } from '../../../core/checks/run-checks';

/** Quiet time after a change before re-checking: short enough to feel live, long enough to stay off keystrokes. */
const CHECK_DELAY_MS = 90;

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
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = () => {
      timer = null;
      const report = runChecks(editor.state.doc, setupRef.current);
      setState((s) => ({ report, runs: s.runs + 1 }));
    };
    run();
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, CHECK_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor, setup.length]);
  return state;
}
