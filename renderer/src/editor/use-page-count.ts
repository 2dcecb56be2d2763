import { useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';

const AFTER_SAVE_MS = 1200;

/**
 * The mémoire's length in laid-out pages (the export's own layout engine, run by the back end on the
 * saved text), refreshed a moment after each save; null until the first count arrives.
 */
export function usePageCount(api: ApiClient, handle: string, savedAt: number | null, presetId: string): number | null {
  const [pages, setPages] = useState<number | null>(null);
  // The first count goes at once, even for a mémoire reopened with a save date: until it comes, the
  // status bar shows a word estimate that can be far off (a template's headings make « ≈ 0 pages »).
  const counted = useRef(false);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => {
        api.call('layout.pageCount', { handle, presetId }).then(
          (r) => {
            counted.current = true;
            if (live) setPages(r.countedPages);
          },
          // The word-based estimate stays shown; the count comes back with the next save.
          () => undefined,
        );
      },
      savedAt === null || !counted.current ? 0 : AFTER_SAVE_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, handle, savedAt, presetId]);
  return pages;
}
