import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { ApiClient } from '../api/client';
import type { PmNode } from '../../../core/model/document';

/** Quiet time after the last keystroke before saving. */
const DEBOUNCE_MS = 600;
/** Longest time typing may go unsaved, even when the candidate never pauses (the "≤ 2 s lost" promise). */
const MAX_WAIT_MS = 1000;
const RETRY_MS = 3000;

/** What the status bar shows. */
export interface AutosaveState {
  status: 'idle' | 'dirty' | 'saving' | 'saved' | 'error';
  savedAt: number | null;
  error: string | null;
  lastSnapshotAt: number | null;
}

/**
 * Saves the document shortly after each change, and at the latest MAX_WAIT_MS after the first
 * unsaved change. A failed save keeps the text in the editor and retries; nothing is dropped.
 */
export function useAutosave(editor: Editor | null, api: ApiClient, handle: string) {
  const [state, setState] = useState<AutosaveState>({ status: 'idle', savedAt: null, error: null, lastSnapshotAt: null });
  const dirtySince = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const changedDuringSave = useRef(false);

  const save = useCallback(async (): Promise<void> => {
    if (!editor || editor.isDestroyed) return;
    if (inFlight.current) {
      changedDuringSave.current = true;
      return inFlight.current;
    }
    if (dirtySince.current === null) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    dirtySince.current = null;
    changedDuringSave.current = false;
    const doc = editor.getJSON() as PmNode;
    setState((s) => ({ ...s, status: 'saving' }));
    inFlight.current = (async () => {
      try {
        const result = await api.call('memoire.saveDocument', { handle, doc });
        setState((s) => ({
          status: dirtySince.current === null ? 'saved' : 'dirty',
          savedAt: Date.parse(result.savedAt),
          error: null,
          lastSnapshotAt: result.snapshotTaken ? Date.now() : s.lastSnapshotAt,
        }));
      } catch (error) {
        dirtySince.current ??= Date.now();
        setState((s) => ({ ...s, status: 'error', error: (error as Error).message }));
        timer.current = setTimeout(() => void save(), RETRY_MS);
      } finally {
        inFlight.current = null;
      }
      if (changedDuringSave.current || dirtySince.current !== null) schedule();
    })();
    return inFlight.current;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, api, handle]);

  const schedule = useCallback(() => {
    const now = Date.now();
    dirtySince.current ??= now;
    if (timer.current) clearTimeout(timer.current);
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, dirtySince.current + MAX_WAIT_MS - now));
    timer.current = setTimeout(() => void save(), wait);
  }, [save]);

  useEffect(() => {
    if (!editor) return;
    const onUpdate = () => {
      if (inFlight.current) changedDuringSave.current = true;
      setState((s) => (s.status === 'dirty' ? s : { ...s, status: 'dirty' }));
      schedule();
    };
    editor.on('update', onUpdate);
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (dirtySince.current !== null || inFlight.current) {
        void save();
        event.preventDefault();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      editor.off('update', onUpdate);
      window.removeEventListener('beforeunload', beforeUnload);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [editor, schedule, save]);

  /** Saves now (before a restore, a close…) and waits for it. */
  const flush = useCallback(async () => {
    if (inFlight.current) await inFlight.current;
    if (dirtySince.current !== null) await save();
  }, [save]);

  return { state, flush, markSaved: (savedAt: number) => setState((s) => ({ ...s, status: 'saved', savedAt, error: null })) };
}
