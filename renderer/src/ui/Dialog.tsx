import { fr } from '../i18n/fr';
import { useEffect, useRef, type ReactNode } from 'react';

/** A modal dialog on the native <dialog> element: focus trap, Échap to close, labelled by its title. */
export function Dialog(props: { title: string; onClose: () => void; children: ReactNode; wide?: boolean; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={props.wide ? 'dialog dialog-wide' : 'dialog'}
      aria-label={props.title}
      data-testid={props.testId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <header className="dialog-header">
        <h2>{props.title}</h2>
        <button type="button" className="icon-button" aria-label={fr.dialog.close} onClick={props.onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{props.children}</div>
    </dialog>
  );
}

/** A French error box for a failed action. */
export function ErrorNotice(props: { message: string | null; onDismiss?: () => void }) {
  if (!props.message) return null;
  return (
    <div className="error-notice" role="alert">
      <span>{props.message}</span>
      {props.onDismiss && (
        <button type="button" className="link-button" onClick={props.onDismiss}>
          {fr.errors.close}
        </button>
      )}
    </div>
  );
}

/** A message that something was done (« Grille exportée… »), with « OK » to dismiss it. */
export function StatusNotice(props: { message: string | null; onDismiss: () => void; testId?: string }) {
  if (!props.message) return null;
  return (
    <div className="confirm-notice" role="status" data-testid={props.testId}>
      <span>{props.message}</span>
      <button type="button" className="link-button" onClick={props.onDismiss}>
        {fr.errors.ok}
      </button>
    </div>
  );
}

/** The « Annuler » / submit buttons at the foot of a form. */
export function FormFooter(props: { onCancel: () => void; submitLabel: string }) {
  return (
    <footer className="dialog-footer">
      <button type="button" onClick={props.onCancel}>
        {fr.errors.cancel}
      </button>
      <button type="submit" className="primary">
        {props.submitLabel}
      </button>
    </footer>
  );
}
