// Every call through the share listener runs as the participant its token belongs to (CallMeta.participant), never as
// anyone a request claims to be: per-person undo and provenance rest on this.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { CallMeta } from '../../../src/shared/live-map';
import { joined, openRoom, type Room } from './room-test-kit';

const seen = vi.hoisted(() => [] as CallMeta[]);

vi.mock('../../../src/main/commands/create-actor', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/commands/create-actor')>();
  const { currentCallMeta } = await import('../../../src/main/api/call-context');
  return {
    ...real,
    createActor: (...args: Parameters<typeof real.createActor>) => {
      seen.push(currentCallMeta());
      return real.createActor(...args);
    },
  };
});

let room: Room;
beforeEach(async () => {
  seen.length = 0;
  room = await openRoom();
});
afterEach(async () => {
  await room.close();
});

it('sets the participant from the device’s token on both paths, and nothing for the facilitator', async () => {
  const sam = await joined(room, 'Sam');
  const cat = await joined(room, 'Cat');
  await room.facilitator('share.setRole', { participantId: cat.participantId, role: 'co-facilitator' });
  const kindId = room.doc.kinds[0]!.id;

  await room.facilitator('actors.create', { name: 'By the facilitator', kindId, x: 0, y: 0 });
  expect((await sam.room('room.addActor', { name: 'By Sam', kindId })).json.ok).toBe(true);
  // Cat's page claims to be Sam in every way a request could: it is still Cat.
  const claimed = await cat.post(
    '/api/actors.create',
    { name: 'By Cat', kindId, x: 1, y: 1 },
    { 'X-Caremap-View': 'view1', 'X-Caremap-Participant': sam.participantId },
  );
  expect(claimed.json.ok).toBe(true);
  const spoofed = await sam.room('room.addActor', { name: 'X', kindId, participant: { id: cat.participantId } });
  expect(spoofed.json.ok).toBe(false);

  expect(seen).toEqual([
    {},
    { participant: { id: sam.participantId, name: 'Sam' } },
    { viewId: 'view1', participant: { id: cat.participantId, name: 'Cat' } },
  ]);
});
