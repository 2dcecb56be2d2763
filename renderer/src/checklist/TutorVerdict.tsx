import { useState, type ReactNode } from 'react';
import type { Verdict } from '../../../core/model';
import type { CriterionStatus } from '../../../core/checks';
import { fr } from '../i18n/fr';

/** Who is reading the mémoire: the candidate writes it, the tutor reviews it. */
export type Role = 'candidate' | 'tutor';

/** What the checklist needs to show and record the tutor's review. */
export interface ReviewProps {
  role: Role;
  verdicts: ReadonlyMap<string, Verdict>;
  onVerdict: (criterionId: string, status: Verdict['status'], feedback: string, autoStatus: CriterionStatus) => Promise<void>;
  /** Saves a free appreciation: a référentiel block's summary (`bloc-1`…) or the overall one (`global`). */
  onAppreciation: (id: string, text: string) => Promise<void>;
}

/** The tutor's summary of a référentiel block, or overall appreciation: written by the tutor, read by the candidate. */
export function AppreciationBox(props: { id: string; label: string; review: ReviewProps }) {
  const current = props.review.verdicts.get(props.id);
  const [text, setText] = useState(current?.feedback ?? '');
  if (props.review.role === 'candidate') {
    if (!current?.feedback) return null;
    return (
      <div className="verdict-box" data-testid={`appreciation-${props.id}`}>
        <strong>{props.label}</strong>
        <p className="verdict-feedback">{current.feedback}</p>
      </div>
    );
  }
  return (
    <SavingForm label={fr.review.saveAppreciation} onSave={() => props.review.onAppreciation(props.id, text)}>
      <label className="field">
        <span>{props.label}</span>
        <textarea value={text} rows={2} onChange={(e) => setText(e.target.value)} aria-label={props.label} />
      </label>
    </SavingForm>
  );
}

/** The tags beside a criterion: the tutor's verdict, and « depuis la relecture » when the automatic status moved since. */
export function VerdictTags(props: { verdict: Verdict | undefined; status: CriterionStatus }) {
  const v = props.verdict;
  if (!v) return null;
  const changed = v.autoStatus !== '' && v.autoStatus !== props.status;
  return (
    <span className="verdict-tags">
      {v.status !== 'not-assessed' && <span className={`verdict-tag verdict-${v.status}`}>{fr.review.verdicts[v.status]}</span>}
      {changed && (
        <span className="verdict-tag changed" title={fr.review.changedHelp(fr.checklist.status[v.autoStatus as CriterionStatus])}>
          {fr.review.changed}
        </span>
      )}
    </span>
  );
}

/** The tutor's form on one criterion (verdict and feedback), or, for the candidate, what the tutor wrote. */
export function VerdictBox(props: { criterionId: string; status: CriterionStatus; review: ReviewProps }) {
  const current = props.review.verdicts.get(props.criterionId);
  const [status, setStatus] = useState<Verdict['status']>(current?.status ?? 'not-assessed');
  const [feedback, setFeedback] = useState(current?.feedback ?? '');
  const t = fr.review;
  if (props.review.role === 'candidate') {
    if (!current) return null;
    return (
      <div className="verdict-box" data-testid="verdict">
        <strong>{t.tutorSays(current.author)}</strong> {t.verdicts[current.status]}
        {current.feedback && <p className="verdict-feedback">{current.feedback}</p>}
      </div>
    );
  }
  return (
    <SavingForm label={current ? t.update : t.save} onSave={() => props.review.onVerdict(props.criterionId, status, feedback, props.status)}>
      <label className="field">
        <span>{t.verdictLabel}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as Verdict['status'])} aria-label={t.verdictFor(props.criterionId)}>
          {(['satisfied', 'partial', 'missing', 'not-assessed'] as const).map((s) => (
            <option key={s} value={s}>
              {t.verdicts[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t.feedbackLabel}</span>
        <textarea value={feedback} rows={3} onChange={(e) => setFeedback(e.target.value)} aria-label={t.feedbackFor(props.criterionId)} />
      </label>
    </SavingForm>
  );
}

/** A tutor's form whose button says « Enregistrement… » while the save runs. */
function SavingForm(props: { label: string; onSave: () => Promise<void>; children: ReactNode }) {
  const [saving, setSaving] = useState(false);
  return (
    <form
      className="verdict-box"
      onSubmit={(e) => {
        e.preventDefault();
        setSaving(true);
        void props.onSave().finally(() => setSaving(false));
      }}
    >
      {props.children}
      <button type="submit" disabled={saving}>
        {saving ? fr.review.saving : props.label}
      </button>
    </form>
  );
}
