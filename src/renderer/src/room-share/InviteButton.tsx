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
      aria-expanded={open}
      aria-controls="invite-panel"
      title="Let people in this room join the map from their phones"
      onClick={() => (open ? closeSharePanel() : void openSharePanel())}
    >
      {sharing ? 'Sharing' : 'Invite the room'}
    </button>
  );
}
