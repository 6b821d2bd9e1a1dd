// A modal <dialog>: the browser keeps focus inside it, Escape closes it, and its title names it.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Toasts } from '../feedback/Toasts';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  /** e.g. "modal--wide" */
  className?: string;
}

export function Modal({ title, onClose, children, className }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={className ? `modal ${className}` : 'modal'}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="modal__head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <Toasts inDialog />
      {children}
    </dialog>
  );
}
