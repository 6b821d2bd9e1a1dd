// The facilitator's "Invite the room" panel beside the map: off until started; then how to join, who joined, controls.
import { useEffect, useRef } from 'react';
import { closeSharePanel, isSharing, useShareStore } from './share-store';
import { StartSharing } from './StartSharing';
import { JoinDetails } from './JoinDetails';
import { ParticipantList } from './ParticipantList';
import { ShareControls } from './ShareControls';
import { PeopleNamesChoice } from './PeopleNamesChoice';

export function InvitePanel() {
  const share = useShareStore((s) => s.share);
  const sharing = useShareStore(isSharing);
  const error = useShareStore((s) => s.error);
  const ref = useRef<HTMLElement>(null);
  // Opened from the header: the keyboard lands in the panel, and Escape gives it back.
  useEffect(() => ref.current?.focus(), []);
  return (
    <section
      id="invite-panel"
      ref={ref}
      className="invite-panel"
      aria-labelledby="invite-panel-title"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          closeSharePanel();
          document.querySelector<HTMLElement>('.invite-button')?.focus();
        }
      }}
    >
      <div className="invite-panel__head">
        <h2 id="invite-panel-title">Invite the room</h2>
        <button type="button" className="icon-button" aria-label="Close Invite the room" onClick={closeSharePanel}>
          ×
        </button>
      </div>
      <p className="invite-panel__lead">
        People in this room can join this map from their phone’s browser over this Wi-Fi. Nothing leaves the room.
      </p>
      {error && (
        <p className="invite-panel__error" role="alert">
          {error}
        </p>
      )}
      {sharing && share ? (
        <>
          <JoinDetails share={share} />
          <ParticipantList participants={share.participants} />
          <ShareControls mode={share.mode} />
          <PeopleNamesChoice show={share.showPeopleNames} />
        </>
      ) : (
        <StartSharing />
      )}
    </section>
  );
}
