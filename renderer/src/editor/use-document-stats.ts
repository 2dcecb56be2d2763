import { useCallback, useEffect, useState } from 'react';
import type { Editor } from '@tiptap/core';
import { pmBlocks, statsFromBlocks, type DocumentStats } from '../../../core/document';

const STATS_DELAY_MS = 300;

/** Words and counts per section, recomputed after a short pause off the keystroke path; `refresh` for a whole new content. */
export function useDocumentStats(editor: Editor | null): { stats: DocumentStats; refresh: () => void } {
  const [stats, setStats] = useState<DocumentStats>({ totalWords: 0, sections: [], figures: 0, tables: 0 });
  const refresh = useCallback(() => editor && setStats(statsFromBlocks(pmBlocks(editor.state.doc))), [editor]);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    refresh();
    const onUpdate = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(refresh, STATS_DELAY_MS);
    };
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor, refresh]);
  return { stats, refresh };
}
