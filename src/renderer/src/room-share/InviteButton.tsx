// The header's entry into "Invite the room"; while the map is shared it says so, so sharing is never on unnoticed.
import { closeSharePanel, isSharing, openSharePanel, useShareStore } from './share-store';

export function InviteButton({ disabled }: { disabled: boolean }) {
  const open = useShareStore((s) => s.panelOpen);
  const sharing = useShareStore(isSharing);
  return (
    <button
      type="button"
      className={
        sharing ? 'button button--ghost invite-button invite-button--on' : 'button button--ghost invite-button'
      }
      disabled={disabled}
      aria-label={sharing ? 'Sharing: Invite the room' : 'Invite the room'}
      aria-expanded={open}
      aria-controls="invite-panel"
      title="Let people in this room join the map from their phones"
      onClick={() => (open ? closeSharePanel() : void openSharePanel())}
    >
      {/* Short, so the map's name keeps its room in the header; the full words are its name for screen readers. */}
      <span aria-hidden="true">{sharing ? 'Sharing' : 'Invite'}</span>
    </button>
  );
}
