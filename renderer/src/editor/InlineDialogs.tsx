import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { Dialog } from '../ui/Dialog';
import { fr } from '../i18n/fr';

const SAFE_URL = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

/** Adds, changes or removes the link on the selection (Ctrl+K). */
export function LinkDialog(props: { editor: Editor; onClose: () => void }) {
  const current = (props.editor.getAttributes('link').href as string | undefined) ?? '';
  const [url, setUrl] = useState(current);
  const [invalid, setInvalid] = useState(false);
  return (
    <Dialog title={fr.link.title} onClose={props.onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const value = url.trim();
          if (!SAFE_URL.test(value)) return setInvalid(true);
          props.editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run();
          props.onClose();
        }}
      >
        <label className="field field-wide">
          <span>{fr.link.url}</span>
          <input autoFocus name="url" value={url} aria-invalid={invalid || undefined} onChange={(e) => setUrl(e.target.value)} />
          {invalid && <small className="field-error">{fr.link.invalid}</small>}
        </label>
        <footer className="dialog-footer">
          {current && (
            <button
              type="button"
              onClick={() => {
                props.editor.chain().focus().extendMarkRange('link').unsetLink().run();
                props.onClose();
              }}
            >
              {fr.link.remove}
            </button>
          )}
          <button type="submit" className="primary">
            {fr.link.apply}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}

/** Writes a new footnote at the cursor, or edits the selected one. */
export function FootnoteDialog(props: { editor: Editor; initial: string | null; onClose: () => void }) {
  const editing = props.initial !== null;
  const [text, setText] = useState(props.initial ?? '');
  return (
    <Dialog title={fr.footnote.title} onClose={props.onClose} testId="footnote-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          if (editing) props.editor.chain().focus().updateAttributes('footnote', { text: text.trim() }).run();
          else props.editor.chain().focus().insertFootnote(text.trim()).run();
          props.onClose();
        }}
      >
        <label className="field field-wide">
          <span>{fr.footnote.text}</span>
          <textarea autoFocus name="footnote" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <footer className="dialog-footer">
          {editing && (
            <button
              type="button"
              onClick={() => {
                props.editor.chain().focus().deleteSelection().run();
                props.onClose();
              }}
            >
              {fr.footnote.remove}
            </button>
          )}
          <button type="submit" className="primary">
            {fr.footnote.apply}
          </button>
        </footer>
      </form>
    </Dialog>
  );
}
