// Errors, each in its own alert until dismissed, so a facilitator can read it at their own pace.
import { dismissToast, useSessionStore } from '../state/session-store';

export function Toasts() {
  const toasts = useSessionStore((s) => s.toasts);
  if (toasts.length === 0) return null;
  return (
    <div className="toasts">
      {toasts.map((toast) => (
        <div key={toast.id} className="toast" role="alert">
          <span className="toast__icon" aria-hidden="true">
            !
          </span>
          <p className="toast__message">{toast.message}</p>
          <button type="button" className="icon-button" aria-label="Dismiss this message" onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
