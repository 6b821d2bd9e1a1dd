// Mounts "Invite the room" in the facilitator's window: follows share.changed, shows the panel when open and, in
// workshop mode while sharing, the projector's corner card.
import { useEffect } from 'react';
import './room-share.css';
import { onServerEvent } from '../api/client';
import { joinedDevice } from '../room-join/capture-join-code';
import { watchAsCoFacilitator } from '../room-join/co-facilitator-watch';
import { useWorkshopStore } from '../workshop/workshop-store';
import { hideProjectorCard, isSharing, loadShareState, onShareEvent, useShareStore } from './share-store';
import { InvitePanel } from './InvitePanel';
import { ProjectorCard } from './ProjectorCard';

export function RoomShare() {
  const panelOpen = useShareStore((s) => s.panelOpen);
  const sharing = useShareStore(isSharing);
  const cardHidden = useShareStore((s) => s.cardHidden);
  const workshop = useWorkshopStore((s) => s.on);
  useEffect(() => {
    // A co-facilitator's device follows its own place in the room instead of the facilitator's sharing.
    if (joinedDevice) return watchAsCoFacilitator();
    void loadShareState();
    return onServerEvent(onShareEvent);
  }, []);
  return (
    <>
      {panelOpen && !workshop && <InvitePanel />}
      {workshop && sharing && !cardHidden && <ProjectorCard />}
      {workshop && sharing && cardHidden && (
        <button type="button" className="projector-card__show" onClick={() => hideProjectorCard(false)}>
          Show the join code
        </button>
      )}
    </>
  );
}
