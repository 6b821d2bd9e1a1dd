// The three contributions a joined device makes, and taking back its own last one; each answer is said in a sentence.
import type { RoomMap } from '../../../shared/room';
import { callRoom } from './room-client';
import { showOwnActor, showOwnTie } from './room-sequence';
import { say, useRoomStore } from './room-store';

function withMap(change: (map: RoomMap) => RoomMap): void {
  const phase = useRoomStore.getState().phase;
  if (phase.kind === 'room' && phase.map) useRoomStore.setState({ phase: { kind: 'room', map: change(phase.map) } });
}

function token(): string {
  return useRoomStore.getState().token ?? '';
}

/** Runs one call; true when it was accepted. A refusal shows the laptop's sentence as it is. */
async function attempt(run: () => Promise<string>): Promise<boolean> {
  try {
    say(await run());
    useRoomStore.setState({ addedHere: true });
    return true;
  } catch (error) {
    say(error instanceof Error ? error.message : String(error), true);
    return false;
  }
}

export function addActor(name: string, kindId: string): Promise<boolean> {
  return attempt(async () => {
    const { actor } = await callRoom(token(), 'room.addActor', { name: name.trim(), kindId });
    withMap((map) => showOwnActor(map, actor));
    return `${actor.name} is on the map.`;
  });
}

export function addTie(fromId: string, toId: string, tieTypeId: string | null, names: [string, string]) {
  return attempt(async () => {
    const { tie } = await callRoom(token(), 'room.addTie', { fromId, toId, tieTypeId });
    withMap((map) => showOwnTie(map, tie));
    return `${names[0]} and ${names[1]} are now linked on the map.`;
  });
}

export function addOffer(actorId: string, offer: string): Promise<boolean> {
  return attempt(async () => {
    const { actor } = await callRoom(token(), 'room.addOffer', { actorId, offer: offer.trim() });
    withMap((map) => showOwnActor(map, actor));
    return `${actor.name} offers ${offer.trim()}.`;
  });
}

/** Takes back this device's own latest addition; the map loses it through room.changed like any edit. */
export async function takeBackMine(): Promise<void> {
  try {
    const { undone, note } = await callRoom(token(), 'room.undoMine', {});
    say([undone, note].filter(Boolean).join(' '));
  } catch (error) {
    say(error instanceof Error ? error.message : String(error), true);
  }
}
