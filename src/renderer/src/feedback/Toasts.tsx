// Errors, each in its own alert until dismissed, so a facilitator can read it at their own pace.
import { dismissToast, useSessionStore } from '../state/session-store';

/**
 * Rendered twice: in the window, and inside an open dialog (a modal dialog makes the rest of the page inert,
 * so its errors must show within it). `inDialog` says which copy this is; only one shows at a time.
 */
export function Toasts({ inDialog = false }: { inDialog?: boolean }) {
  const toasts = useSessionStore((s) => s.toasts);
  const dialogOpen = useSessionStore((s) => s.dialog !== null);
  if (toasts.length === 0 || dialogOpen !== inDialog) return null;
  return (
    <div className={inDialog ? 'toasts toasts--in-dialog' : 'toasts'}>
      {toasts.map((toast) => (
        <div key={toast.id} className={toast.tone ? `toast toast--${toast.tone}` : 'toast'} role="alert">
          <span className="toast__icon" aria-hidden="true">
            {toast.tone ? 'i' : '!'}
          </span>
          <p className="toast__message">{toast.message}</p>
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss this message"
            onClick={() => dismissToast(toast.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
