import { useEffect, useMemo, useRef } from 'react';
import { useEditor } from '@tiptap/react';
import type { ApiClient } from '../api/client';
import type { OpenedMemoire } from '../../../core/api';
import { sanitizeHtml } from '../../../core/import';
import { editorExtensions } from './editor-extensions';
import { fr } from '../i18n/fr';

/** What the editor asks of the screen around it (dialogs and menus it opens). */
export interface EditorRequests {
  openLinkDialog: () => void;
  openSlashMenu: (at: { left: number; top: number }) => void;
  openFootnoteDialog: () => void;
  openFind: (replace: boolean) => void;
}

/** Fetches a figure's image once per mémoire, as an object URL revoked when the screen closes. */
function useImageLoader(api: ApiClient, handle: string) {
  const urls = useRef(new Map<string, Promise<string>>());
  useEffect(
    () => () =>
      urls.current.forEach((p) =>
        p.then(
          (u) => URL.revokeObjectURL(u),
          () => undefined,
        ),
      ),
    [],
  );
  return (id: string) => {
    let url = urls.current.get(id);
    if (!url) {
      url = api.call('attachments.get', { handle, id }).then((a) => {
        const bytes = Uint8Array.from(atob(a.dataBase64), (c) => c.charCodeAt(0));
        return URL.createObjectURL(new Blob([bytes], { type: a.mime }));
      });
      urls.current.set(id, url);
      url.catch(() => urls.current.delete(id));
    }
    return url;
  };
}

/**
 * The TipTap editor of an open mémoire: its extensions, read-only when this version cannot represent
 * the file exactly, pasted HTML sanitised like an imported Word file, figures loaded from the file.
 * `requests` is read once: the extensions are built once per screen.
 */
export function useMemoireEditor(api: ApiClient, opened: OpenedMemoire, requests: EditorRequests) {
  const loadImage = useImageLoader(api, opened.handle);
  const callbacks = useRef({ ...requests, loadImage });
  return useEditor({
    extensions: useMemo(() => editorExtensions(callbacks.current), []),
    content: opened.doc,
    // A document this version cannot represent exactly is shown, never edited or saved over.
    editable: !opened.readOnly,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'prose memoire-doc', spellcheck: 'true', lang: 'fr', 'aria-label': fr.editor.label },
      // Pasted HTML goes through the same sanitiser as an imported Word file before the schema reads it.
      transformPastedHTML: (html) => sanitizeHtml(html, window),
      handleClickOn: (_view, _pos, node) => {
        if (node.type.name === 'footnote') requests.openFootnoteDialog();
        return false;
      },
    },
  });
}
