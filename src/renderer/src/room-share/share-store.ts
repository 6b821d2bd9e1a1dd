// "Invite the room" as the facilitator's session state: the share state as main last told it, the panel, the
// projector card, and the last refusal to show. Never part of the map or its history.
import { create } from 'zustand';
import type { JoinedRole, RoomMode, ShareInterface, ShareState } from '../../../shared/room';
import type { ServerEvent } from '../../../shared/api';
import { announce } from '../state/session-store';
import { api } from '../api/client';

interface ShareStore {
  share: ShareState | null;
  panelOpen: boolean;
  /** The projector's corner card, hidden by the facilitator (it comes back when sharing starts again). */
  cardHidden: boolean;
  interfaces: ShareInterface[] | null;
  busy: boolean;
  error: string | null;
}

export const useShareStore = create<ShareStore>()(() => ({
  share: null,
  panelOpen: false,
  cardHidden: false,
  interfaces: null,
  busy: false,
  error: null,
}));

export const isSharing = (s: ShareStore) => s.share?.active === true;

/** Runs one share.* call; its answer is the new state, a refusal is shown as main's sentence. */
async function run(call: () => Promise<ShareState>, said?: (state: ShareState) => string): Promise<void> {
  useShareStore.setState({ busy: true, error: null });
  try {
    const share = await call();
    useShareStore.setState({ share, busy: false });
    if (said) announce(said(share));
  } catch (error) {
    useShareStore.setState({ busy: false, error: error instanceof Error ? error.message : String(error) });
  }
}

export async function openSharePanel(): Promise<void> {
  useShareStore.setState({ panelOpen: true, error: null });
  try {
    const [share, interfaces] = await Promise.all([api['share.state']({}), api['share.interfaces']({})]);
    useShareStore.setState({ share, interfaces });
  } catch (error) {
    useShareStore.setState({ error: error instanceof Error ? error.message : String(error), interfaces: [] });
  }
}

export function closeSharePanel(): void {
  useShareStore.setState({ panelOpen: false });
}

export const startSharing = (address: string) =>
  run(
    () => api['share.start']({ address }),
    () => 'Sharing this map with the room.',
  ).then(() => useShareStore.setState({ cardHidden: false }));
export const stopSharing = () =>
  run(
    () => api['share.stop']({}),
    () => 'Stopped sharing. Joined devices have been told.',
  );
export const newCode = () =>
  run(
    () => api['share.newCode']({}),
    (s) => `New join code: ${s.joinCode ?? ''}.`,
  );
export const setMode = (mode: RoomMode) =>
  run(
    () => api['share.setMode']({ mode }),
    () => MODE_SAID[mode],
  );
export const setRole = (participantId: string, role: JoinedRole) =>
  run(() => api['share.setRole']({ participantId, role }));
export const removeParticipant = (participantId: string, name: string) =>
  run(
    () => api['share.remove']({ participantId }),
    () => `${name} was taken out of the room.`,
  );

const MODE_SAID: Record<RoomMode, string> = {
  open: 'Contributions are open.',
  paused: 'Contributions are paused.',
  'read-only': 'The shared map is read-only.',
};

export const showPeopleNames = (show: boolean) =>
  run(
    () => api['share.setShowPeopleNames']({ show }),
    () => (show ? 'Phones now show people’s full names.' : 'Phones now show people’s initials only.'),
  );

export function hideProjectorCard(hidden: boolean): void {
  useShareStore.setState({ cardHidden: hidden });
}

/** The change stream's share.changed: the panel, the list of who joined and the projector card follow it live. */
export function onShareEvent(event: ServerEvent): void {
  if (event.name !== 'share.changed') return;
  useShareStore.setState({ share: (event as ServerEvent<'share.changed'>).payload });
}

/** A view opened while sharing was already on learns so (a refused call: this view may not be the facilitator's). */
export async function loadShareState(): Promise<void> {
  try {
    useShareStore.setState({ share: await api['share.state']({}) });
  } catch {
    // Not available here (a co-facilitator's device, or an older main): the Invite entry stays as it is.
  }
}
