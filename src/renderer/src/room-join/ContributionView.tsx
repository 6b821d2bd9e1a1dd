// The phone's view of the room: the live map, what the facilitator allows now, the three ways to add to the map, and
// taking back one's own last addition.
import { useState } from 'react';
import type { RoomMap } from '../../../shared/room';
import { useRoomStore } from './room-store';
import { RoomMapView } from './RoomMapView';
import { AddActorForm } from './AddActorForm';
import { AddTieForm } from './AddTieForm';
import { AddOfferForm } from './AddOfferForm';
import { TakeBackButton } from './TakeBackButton';

type Form = 'actor' | 'tie' | 'offer' | null;

const MODE_LINE = {
  paused: 'The facilitator has paused contributions. You can watch the map until they open it again.',
  'read-only': 'The map is read-only now. You can watch it.',
} as const;

export function ContributionView({ map }: { map: RoomMap | null }) {
  const mode = useRoomStore((s) => s.mode);
  const role = useRoomStore((s) => s.role);
  const notice = useRoomStore((s) => s.notice);
  const addedHere = useRoomStore((s) => s.addedHere);
  const [form, setForm] = useState<Form>(null);
  const canAdd = role !== 'viewer' && mode === 'open';
  const close = () => setForm(null);
  return (
    <div className="room-view">
      <header className="room-view__head">
        <h1 className="room-view__map">{map?.mapName ?? 'Loading the map…'}</h1>
        {map && <span className="room-view__you">{map.you.name}</span>}
      </header>
      {mode !== 'open' && (
        <p className="room-view__mode" role="status">
          {MODE_LINE[mode]}
        </p>
      )}
      <div className="room-view__map-area">{map && <RoomMapView map={map} />}</div>
      <div className="room-view__notice" role={notice?.error ? 'alert' : 'status'}>
        {notice && <p className={notice.error ? 'room-notice room-notice--error' : 'room-notice'}>{notice.text}</p>}
      </div>
      {map && role === 'viewer' && <p className="room-view__viewer">You can watch the map as people add to it.</p>}
      {map && role !== 'viewer' && (
        <section className="room-view__actions" aria-label="Add to the map">
          {form === null && (
            <>
              <button type="button" className="room-action" disabled={!canAdd} onClick={() => setForm('actor')}>
                Add someone or an organisation
              </button>
              <button
                type="button"
                className="room-action"
                disabled={!canAdd || map.actors.length < 2}
                onClick={() => setForm('tie')}
              >
                Say who they know or work with
              </button>
              <button
                type="button"
                className="room-action"
                disabled={!canAdd || map.actors.length === 0}
                onClick={() => setForm('offer')}
              >
                Add what they offer
              </button>
              {addedHere && <TakeBackButton disabled={!canAdd} />}
            </>
          )}
          {form === 'actor' && <AddActorForm map={map} disabled={!canAdd} onDone={close} />}
          {form === 'tie' && <AddTieForm map={map} disabled={!canAdd} onDone={close} />}
          {form === 'offer' && <AddOfferForm map={map} disabled={!canAdd} onDone={close} />}
        </section>
      )}
    </div>
  );
}
