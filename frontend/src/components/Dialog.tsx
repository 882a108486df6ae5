import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { Icon } from '../icons/Icon';
import { useT } from '../i18n/useT';

/**
 * Dialog is a modal form built on the native <dialog>: the browser traps focus,
 * closes it on Escape and hides the page behind it from assistive technology.
 */
export function Dialog({
  open,
  title,
  onClose,
  onSubmit,
  children,
  footer,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  children: ReactNode;
  footer: ReactNode;
}) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onMouseDown={(event) => {
        // A press on the backdrop (the dialog element itself, outside the panel) closes it.
        if (event.target === ref.current) onClose();
      }}
    >
      {open && (
        <form
          className="dialog-panel"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit(event);
          }}
        >
          <header className="dialog-header">
            <h2 id={titleId} className="dialog-title">
              {title}
            </h2>
            <button
              type="button"
              className="icon-button"
              aria-label={t('common.close')}
              onClick={onClose}
            >
              <Icon name="close" size={18} />
            </button>
          </header>
          <div className="dialog-body">{children}</div>
          <footer className="dialog-footer">{footer}</footer>
        </form>
      )}
    </dialog>
  );
}
