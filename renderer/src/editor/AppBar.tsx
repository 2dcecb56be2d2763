import type { ReactNode } from 'react';
import type { Role } from '../checklist/TutorVerdict';
import { fr } from '../i18n/fr';

/** One button of the top bar: its full name (always its accessible name), and what it shows when the window is narrow. */
interface BarAction {
  label: string;
  short?: string;
  onClick: () => void;
  pressed?: boolean;
}

function BarButton({ action }: { action: BarAction }) {
  return (
    <button type="button" onClick={action.onClick} aria-pressed={action.pressed} aria-label={action.label} title={action.label}>
      <span className="label-long">{action.label}</span>
      <span className="label-short" aria-hidden="true">
        {action.short ?? action.label}
      </span>
    </button>
  );
}

/**
 * The editor's top bar on one row down to 1280 px: below 1700 px the long labels give way to short
 * ones, and the title shortens before the candidate's name does.
 */
export function AppBar(props: {
  title: string;
  candidate: string;
  role: Role;
  onRole: (role: Role) => void;
  tutorEdits: boolean;
  onTutorEdits: (on: boolean) => void;
  actions: { review: BarAction[]; views: BarAction[]; tools: BarAction[] };
  children?: ReactNode;
}) {
  const t = fr.toolbar.short;
  return (
    <header className="app-bar">
      <div className="app-bar-title" title={`${props.title} — ${props.candidate}`}>
        <strong>{props.title}</strong>
        <span className="muted">{props.candidate}</span>
      </div>
      <div className="app-bar-actions">
        <label className="role-switch">
          {fr.review.role}{' '}
          <select value={props.role} onChange={(e) => props.onRole(e.target.value as Role)} aria-label={fr.review.role}>
            <option value="candidate">{fr.review.candidate}</option>
            <option value="tutor">{fr.review.tutor}</option>
          </select>
        </label>
        {props.role === 'tutor' && (
          <label className="role-switch" title={fr.review.allowEdits}>
            <input type="checkbox" checked={props.tutorEdits} onChange={(e) => props.onTutorEdits(e.target.checked)} aria-label={fr.review.allowEdits} />{' '}
            <span className="label-long">{fr.review.allowEdits}</span>
            <span className="label-short" aria-hidden="true">
              {t.allowEdits}
            </span>
          </label>
        )}
        {[...props.actions.review, ...props.actions.views, ...props.actions.tools].map((action) => (
          <BarButton key={action.label} action={action} />
        ))}
        {props.children}
      </div>
    </header>
  );
}
