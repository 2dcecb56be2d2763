import type { Role } from '../checklist/TutorVerdict';
import type { reviewFiles } from '../checklist/review-files';
import type { Panel } from './EditorDialogs';
import { fr } from '../i18n/fr';

type Pane = 'outline' | 'checklist' | 'comments';

/**
 * The top bar's buttons, by group: the review (the tutor exports the grid and the review file, the
 * candidate imports it; anyone comments), the panes shown, and the tools that open a dialog.
 */
export function screenActions(s: {
  role: Role;
  files: ReturnType<typeof reviewFiles>;
  importReview: () => void;
  open: (panel: Panel) => void;
  close: () => void;
  panes: Record<Pane, boolean>;
  toggle: Record<Pane, () => void>;
}) {
  const tutor = s.role === 'tutor';
  return {
    review: [
      ...(tutor ? [{ label: fr.review.exportGrid, short: fr.toolbar.short.exportGrid, onClick: () => void s.files.exportGrid() }] : []),
      tutor
        ? { label: fr.review.exportReview, short: fr.toolbar.short.exportReview, onClick: () => void s.files.exportReview() }
        : { label: fr.review.importReview, short: fr.toolbar.short.importReview, onClick: s.importReview },
      { label: fr.comments.add, onClick: () => s.open('comment') },
      { label: fr.comments.toggle, onClick: s.toggle.comments, pressed: s.panes.comments },
    ],
    views: [
      { label: fr.toolbar.outline, onClick: s.toggle.outline, pressed: s.panes.outline },
      { label: fr.toolbar.checklist, onClick: s.toggle.checklist, pressed: s.panes.checklist },
    ],
    tools: [
      { label: fr.toolbar.cover, onClick: () => s.open('cover') },
      { label: fr.toolbar.history, onClick: () => s.open('history') },
      { label: fr.exportDialog.open, onClick: () => s.open('export') },
      { label: fr.soutenance.open, onClick: () => s.open('soutenance') },
      { label: fr.jury.open, short: fr.toolbar.short.juryQuestions, onClick: () => s.open('questions') },
      { label: fr.toolbar.close, short: fr.toolbar.short.close, onClick: s.close },
    ],
  };
}
