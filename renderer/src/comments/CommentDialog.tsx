import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { ApiClient } from '../api/client';
import type { Role } from '../checklist/TutorVerdict';
import { anchorAt, indexText } from '../../../core/review/anchors';
import { Dialog, ErrorNotice } from '../ui/Dialog';
import { fr } from '../i18n/fr';
import { CriterionOptions } from './CriterionOptions';

/** Comments the selected passage: the anchor keeps the quoted text and its context, so it survives edits. */
export function CommentDialog(props: {
  api: ApiClient;
  handle: string;
  editor: Editor;
  role: Role;
  authorName: string;
  criteria: Array<{ id: string; label: string }>;
  onClose: () => void;
  onAdded: () => void;
}) {
  const t = fr.comments;
  const { from, to } = props.editor.state.selection;
  const [body, setBody] = useState('');
  const [criterionId, setCriterionId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const anchor = from < to ? anchorAt(indexText(props.editor.state.doc), from, to) : null;
  const save = async () => {
    if (!anchor) return;
    try {
      await props.api.call('comments.add', { handle: props.handle, parentId: null, anchor, authorRole: props.role, authorName: props.authorName, body, criterionId: criterionId || null });
      props.onAdded();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Dialog title={t.addTitle} onClose={props.onClose} testId="comment-dialog">
      <ErrorNotice message={anchor ? error : t.selectFirst} />
      {anchor && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p className="muted">« {anchor.quote.slice(0, 200)} »</p>
          <label className="field field-wide">
            <span>{t.bodyLabel}</span>
            <textarea value={body} rows={4} onChange={(e) => setBody(e.target.value)} />
          </label>
          <label className="field field-wide">
            <span>{t.criterionLabel}</span>
            <select value={criterionId} onChange={(e) => setCriterionId(e.target.value)}>
              <CriterionOptions criteria={props.criteria} />
            </select>
          </label>
          <footer className="dialog-footer">
            <button type="button" onClick={props.onClose}>
              {fr.importDialog.cancel}
            </button>
            <button type="submit" className="primary">
              {t.send}
            </button>
          </footer>
        </form>
      )}
    </Dialog>
  );
}
