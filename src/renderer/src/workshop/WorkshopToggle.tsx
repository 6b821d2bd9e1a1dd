// The header's button into workshop mode (F5 does the same): a projector screen with the word, as short as the header allows.
import { enterWorkshop } from './workshop-store';

export function WorkshopToggle({ disabled }: { disabled: boolean }) {
  return (
    <button
      type="button"
      className="button button--ghost workshop-toggle"
      disabled={disabled}
      onClick={enterWorkshop}
      aria-label="Workshop mode"
      title="Workshop mode, for the projector: the map full screen, big names, quick add (F5)"
      aria-keyshortcuts="F5"
    >
      <svg width="22" height="20" viewBox="0 0 22 20" aria-hidden="true">
        <rect x="2" y="2" width="18" height="12" rx="1.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M11 14 L7 19 M11 14 L15 19" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}
