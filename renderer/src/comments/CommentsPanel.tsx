import { useEffect, useMemo, useState } from 'react';
import type { ApiClient } from '../api/client';
import type { Comment } from '../../../core/model';
import type { Role } from '../checklist/TutorVerdict';
import { dateTimeFr, fr } from '../i18n/fr';
import { CriterionOptions } from './CriterionOptions';

type Filter = 'open' | 'all' | 'mine';

/**
 * The comments of both roles, threaded: the quoted text (click to go to it), author and date, replies,
 * resolve / reopen. Filters: open, mine, per criterion. A comment whose text was deleted is kept and
 * marked « détaché », never lost.
 */
export function CommentsPanel(props: {
  api: ApiClient;
  handle: string;
  role: Role;
  authorName: string;
  criteria: Array<{ id: string; label: string }>;
  /** Incremented when a comment was added elsewhere (the « Commenter » dialog). */
  refreshKey: number;
  /** The template sections, and the section a document position belongs to (for the per-section filter). */
  sections: Array<{ id: string; title: string }>;
  sectionOf: (pos: number) => string | null;
  onJump: (from: number, to: number) => void;
}) {
  const t = fr.comments;
  const [comments, setComments] = useState<Comment[]>([]);
  const [filter, setFilter] = useState<Filter>('open');
  const [criterion, setCriterion] = useState('');
  const [section, setSection] = useState('');
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = () => props.api.call('comments.list', { handle: props.handle }).then(setComments, (e) => setError((e as Error).message));
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.handle, props.refreshKey]);

  const { role, sectionOf } = props;
  const threads = useMemo(() => {
    const roots = comments.filter((c) => !c.parentId);
    return roots
      .filter((c) => filter !== 'open' || !c.resolvedAt)
      .filter((c) => filter !== 'mine' || c.authorRole === role)
      .filter((c) => !criterion || c.criterionId === criterion)
      .filter((c) => !section || (c.anchor && !c.anchor.detached && sectionOf(c.anchor.from) === section))
      .map((root) => ({ root, replies: comments.filter((c) => c.parentId === root.id) }));
  }, [comments, filter, criterion, section, role, sectionOf]);

  const act = async (fn: () => Promise<unknown>) => {
    try {
      setError(null);
      await fn();
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <aside className="checklist comments-panel" aria-label={t.title} data-testid="comments-panel">
      <header className="checklist-header">
        <h2>{t.title}</h2>
        <div className="checklist-controls">
          <select value={filter} onChange={(e) => setFilter(e.target.value as Filter)} aria-label={t.filter}>
            <option value="open">{t.open}</option>
            <option value="mine">{t.mine}</option>
            <option value="all">{t.all}</option>
          </select>
          <select value={section} onChange={(e) => setSection(e.target.value)} aria-label={t.bySection}>
            <option value="">{t.anySection}</option>
            {props.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          <select value={criterion} onChange={(e) => setCriterion(e.target.value)} aria-label={t.byCriterion}>
            <CriterionOptions criteria={props.criteria} />
          </select>
        </div>
      </header>
      {error && (
        <p role="alert" className="error-notice">
          {error}
        </p>
      )}
      {threads.length === 0 && <p className="muted">{t.none}</p>}
      <ul className="comment-threads">
        {threads.map(({ root, replies }) => (
          <li key={root.id} className={root.resolvedAt ? 'comment-thread resolved' : 'comment-thread'} data-testid="comment-thread">
            {root.anchor && (
              <button
                type="button"
                className="link-button comment-quote"
                disabled={root.anchor.detached}
                onClick={() => props.onJump(root.anchor!.from, root.anchor!.to)}
              >
                « {root.anchor.quote} »
              </button>
            )}
            {root.anchor?.detached && <span className="verdict-tag changed">{t.detached}</span>}
            {root.criterionId && <span className="verdict-tag">{root.criterionId}</span>}
            {[root, ...replies].map((c) => (
              <div key={c.id} className="comment">
                <small className="muted">
                  {c.authorName} ({c.authorRole === 'tutor' ? fr.review.tutor : fr.review.candidate}) · {dateTimeFr(c.createdAt)}
                </small>
                <p>{c.body}</p>
              </div>
            ))}
            <div className="row-actions">
              <button
                type="button"
                onClick={() => void act(() => props.api.call('comments.setResolved', { handle: props.handle, id: root.id, resolved: !root.resolvedAt }))}
              >
                {root.resolvedAt ? t.reopen : t.resolve}
              </button>
              <button type="button" onClick={() => setReplyTo(replyTo === root.id ? null : root.id)}>
                {t.reply}
              </button>
            </div>
            {replyTo === root.id && (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void act(async () => {
                    await props.api.call('comments.add', {
                      handle: props.handle,
                      parentId: root.id,
                      anchor: null,
                      authorRole: props.role,
                      authorName: props.authorName,
                      body: reply,
                      criterionId: null,
                    });
                    setReply('');
                    setReplyTo(null);
                  });
                }}
              >
                <textarea value={reply} rows={2} onChange={(e) => setReply(e.target.value)} aria-label={t.replyLabel} />
                <button type="submit">{t.send}</button>
              </form>
            )}
          </li>
        ))}
      </ul>
    </aside>
  );
}
