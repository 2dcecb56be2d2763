import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import type { ApiClient } from '../api/client';
import type { Role } from '../checklist/TutorVerdict';
import { anchorAt, indexText, rowAnchorAt } from '../../../core/review';
import type { CommentRowRequest } from './comment-row';
import { Dialog, ErrorNotice, FormFooter } from '../ui/Dialog';
import { fr } from '../i18n/fr';
import { CriterionOptions } from './CriterionOptions';

/**
 * Comments the selected passage, or a business block's row: the anchor keeps the quoted text and its
 * context (the row's values), so it survives edits.
 */
export function CommentDialog(props: {
  api: ApiClient;
  handle: string;
  editor: Editor;
  role: Role;
  authorName: string;
  criteria: Array<{ id: string; label: string }>;
  /** The block row to comment, when the dialog was opened from one. */
  row: CommentRowRequest | null;
  onClose: () => void;
  onAdded: () => void;
}) {
  const t = fr.comments;
  const { from, to } = props.editor.state.selection;
  const [body, setBody] = useState('');
  const [criterionId, setCriterionId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [anchor] = useState(() => {
    const index = indexText(props.editor.state.doc);
    if (props.row) return rowAnchorAt(index, props.row.pos, props.row.table, props.row.index);
    return from < to ? anchorAt(index, from, to) : null;
  });
  const save = async () => {
    if (!anchor) return;
    try {
      await props.api.call('comments.add', {
        handle: props.handle,
        parentId: null,
        anchor,
        authorRole: props.role,
        authorName: props.authorName,
        body,
        criterionId: criterionId || null,
      });
      props.onAdded();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <Dialog title={props.row ? t.addRowTitle : t.addTitle} onClose={props.onClose} testId="comment-dialog">
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
          <FormFooter onCancel={props.onClose} submitLabel={t.send} />
        </form>
      )}
    </Dialog>
  );
}
