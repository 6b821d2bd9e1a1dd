// A co-facilitator's device runs the full app, but still listens to its room stream: made a contributor or viewer it
// reloads into the contribution view; removed, or sharing stopped, it reloads to say so. Either way it stops editing.
import type { JoinedRole } from '../../../shared/room';
import { forgetDeviceSession, loadDeviceSession, saveDeviceSession } from './device-token';
import { openRoomStream, type RoomStreamEvent } from './room-stream';

const ENDED_KEY = 'caremap.room.ended';

/** Why the room ended for this tab, left for the page after the reload (read once). */
export function takeEndedReason(storage: Storage = sessionStorage): 'removed' | 'stopped' | null {
  const reason = storage.getItem(ENDED_KEY);
  storage.removeItem(ENDED_KEY);
  return reason === 'removed' || reason === 'stopped' ? reason : null;
}

function leave(reason: 'removed' | 'stopped'): void {
  forgetDeviceSession();
  sessionStorage.setItem(ENDED_KEY, reason);
  window.location.reload();
}

export function watchAsCoFacilitator(): () => void {
  const session = loadDeviceSession();
  if (!session) return () => undefined;
  const { token } = session;
  return openRoomStream(token, {
    onConnected: () => undefined,
    onRefused: () => leave('removed'),
    onEvent: (event: RoomStreamEvent) => {
      if (event.name === 'room.ended') return leave((event as RoomStreamEvent<'room.ended'>).data.reason);
      if (event.name !== 'room.role') return;
      const role: JoinedRole = (event as RoomStreamEvent<'room.role'>).data.role;
      if (role === 'co-facilitator') return;
      saveDeviceSession({ token, role });
      window.location.reload();
    },
  });
}
