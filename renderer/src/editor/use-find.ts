import { useCallback, useEffect, useState } from 'react';

/** The find bar, when open; `seq` brings the focus back to it on a new Ctrl+F. */
export type FindState = { replace: boolean; seq: number } | null;

/**
 * The find bar's state, opened by Ctrl+F / Ctrl+H anywhere on the screen (the outline, a panel):
 * the mémoire's search, not the browser's.
 */
export function useFind() {
  const [find, setFind] = useState<FindState>(null);
  const open = useCallback((replace: boolean) => setFind((f) => ({ replace: replace || (f?.replace ?? false), seq: (f?.seq ?? 0) + 1 })), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || !['f', 'h'].includes(e.key.toLowerCase())) return;
      e.preventDefault();
      open(e.key.toLowerCase() === 'h');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return { find, open, close: () => setFind(null) };
}
