import { useCallback, useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { Node as PmModelNode } from '@tiptap/pm/model';
import type { ApiClient } from '../api/client';
import type { PmNode } from '../../../core/model';

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

/** The document as last saved: its top-level nodes (immutable, compared by identity) and the revision it became. */
interface SavedBase {
  nodes: readonly PmModelNode[];
  revision: number;
}

/**
 * The top-level nodes that differ between the saved document and the current one. ProseMirror keeps
 * unchanged nodes as the same objects, so this costs a pointer comparison per node, never a
 * serialisation: a keystroke in a 2-million-word mémoire sends one paragraph.
 */
function changedNodes(base: readonly PmModelNode[], doc: PmModelNode): { from: number; deleteCount: number; nodes: PmModelNode[] } {
  const count = doc.childCount;
  let from = 0;
  while (from < base.length && from < count && base[from] === doc.child(from)) from++;
  let endBase = base.length;
  let endDoc = count;
  while (endBase > from && endDoc > from && base[endBase - 1] === doc.child(endDoc - 1)) {
    endBase--;
    endDoc--;
  }
  const nodes: PmModelNode[] = [];
  for (let i = from; i < endDoc; i++) nodes.push(doc.child(i));
  return { from, deleteCount: endBase - from, nodes };
}

function topLevelNodes(doc: PmModelNode): PmModelNode[] {
  const nodes: PmModelNode[] = [];
  doc.forEach((node) => nodes.push(node));
  return nodes;
}

/**
 * Saves the document shortly after each change, and at the latest MAX_WAIT_MS after the first
 * unsaved change. A failed save keeps the text in the editor and retries; nothing is dropped.
 */
export function useAutosave(editor: Editor | null, api: ApiClient, handle: string, lastSavedAt: number | null = null) {
  // A reopened mémoire says when it was last saved, not « Pas encore modifié ».
  const [state, setState] = useState<AutosaveState>({
    status: lastSavedAt === null ? 'idle' : 'saved',
    savedAt: lastSavedAt,
    error: null,
    lastSnapshotAt: null,
  });
  const dirtySince = useRef<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const changedDuringSave = useRef(false);
  /** Null until the first save of the session, after a failure or a restore: the next save sends the whole document. */
  const base = useRef<SavedBase | null>(null);

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
    const current = editor.state.doc;
    setState((s) => ({ ...s, status: 'saving' }));
    inFlight.current = (async () => {
      try {
        const result = await sendChanges(current);
        base.current = { nodes: topLevelNodes(current), revision: result.revision };
        setState((s) => ({
          status: dirtySince.current === null ? 'saved' : 'dirty',
          savedAt: Date.parse(result.savedAt),
          error: null,
          lastSnapshotAt: result.snapshotTaken ? Date.now() : s.lastSnapshotAt,
        }));
      } catch (error) {
        base.current = null;
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

  /** The change since the last save, or the whole document when there is no base (or the stored one moved on). */
  const sendChanges = async (doc: PmModelNode) => {
    const saved = base.current;
    if (saved) {
      const change = changedNodes(saved.nodes, doc);
      try {
        return await api.call('memoire.saveChanges', {
          handle,
          baseRevision: saved.revision,
          baseCount: saved.nodes.length,
          from: change.from,
          deleteCount: change.deleteCount,
          nodes: change.nodes.map((node) => node.toJSON() as PmNode),
        });
      } catch (error) {
        if ((error as { code?: string }).code !== 'out-of-date') throw error;
      }
    }
    return api.call('memoire.saveDocument', { handle, doc: doc.toJSON() as PmNode });
  };

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

  /** After the document was replaced from elsewhere (a restore): the next save sends it whole. */
  const markSaved = (savedAt: number) => {
    base.current = null;
    setState((s) => ({ ...s, status: 'saved', savedAt, error: null }));
  };
  return { state, flush, markSaved };
}
