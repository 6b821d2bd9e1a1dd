// The header's entry into "Invite the room": an icon while off (so the map's name keeps its room in the header), and
// the word "Sharing" on green while the map is shared, so sharing is never on unnoticed.
import { joinedDevice } from '../room-join/capture-join-code';
import { closeSharePanel, isSharing, openSharePanel, useShareStore } from './share-store';

export function InviteButton({ disabled }: { disabled: boolean }) {
  const open = useShareStore((s) => s.panelOpen);
  const sharing = useShareStore(isSharing);
  if (joinedDevice) return null;
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
      title="Invite the room: people here join this map from their phones, over this Wi-Fi"
      onClick={() => (open ? closeSharePanel() : void openSharePanel())}
    >
      <svg width="22" height="20" viewBox="0 0 22 20" aria-hidden="true">
        <circle cx="11" cy="15" r="2" fill="currentColor" />
        <path
          d="M6.5 10.5a6.4 6.4 0 0 1 9 0M3 7a11.3 11.3 0 0 1 16 0"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      {sharing && <span aria-hidden="true">Sharing</span>}
    </button>
  );
}
