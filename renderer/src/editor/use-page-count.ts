import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';

const AFTER_SAVE_MS = 1200;

/**
 * The mémoire's length in laid-out pages (the export's own layout engine, run by the back end on the
 * saved text), refreshed a moment after each save; null until the first count arrives.
 */
export function usePageCount(api: ApiClient, handle: string, savedAt: number | null, presetId: string): number | null {
  const [pages, setPages] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => {
        api.call('layout.pageCount', { handle, presetId }).then(
          (r) => live && setPages(r.countedPages),
          // The word-based estimate stays shown; the count comes back with the next save.
          () => undefined,
        );
      },
      savedAt === null ? 0 : AFTER_SAVE_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, handle, savedAt, presetId]);
  return pages;
}
