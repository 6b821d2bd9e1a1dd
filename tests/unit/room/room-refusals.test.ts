// The app's refusals are written for the facilitator and may name the map's file or people in full; a device hears
// the room's own sentences instead.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { CaremapError } from '../../../src/shared/errors';
import { joined, openRoom, type Room } from './room-test-kit';

const failWith = vi.hoisted(() => ({ error: null as Error | null }));

vi.mock('../../../src/main/commands/create-actor', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/main/commands/create-actor')>();
  return {
    ...real,
    createActor: (...args: Parameters<typeof real.createActor>) => {
      if (failWith.error) throw failWith.error;
      return real.createActor(...args);
    },
  };
});

let room: Room;
beforeEach(async () => {
  room = await openRoom();
});
afterEach(async () => {
  failWith.error = null;
  await room.close();
});

it('never passes on a refusal that names the map’s file or a person', async () => {
  const sam = await joined(room, 'Sam');
  const kindId = room.doc.kinds[0]!.id;
  failWith.error = new CaremapError('read-only', '“/home/facilitator/Secret Clients.caremap” is read-only.', {
    file: '/home/facilitator/Secret Clients.caremap',
  });
  const readOnly = await sam.room('room.addActor', { name: 'X', kindId });
  expect(readOnly.json.error).toEqual({
    code: 'read-only',
    message: 'The facilitator’s computer cannot save to the map just now, so nothing was added. Tell the facilitator.',
  });
  failWith.error = new CaremapError('invalid-input', 'There is already an actor like “Zebedee Quuxley”.');
  const other = await sam.room('room.addActor', { name: 'X', kindId });
  expect(other.json.error!.message).toBe(
    'That could not be added to the map. Check it and try again, or ask the facilitator. Nothing was changed.',
  );
  failWith.error = new Error('SQLITE_CORRUPT at /home/facilitator/Secret Clients.caremap');
  const broken = await sam.room('room.addActor', { name: 'X', kindId });
  expect(broken.json.error!.code).toBe('internal');
  for (const text of sam.received) {
    expect(text).not.toContain('Secret Clients');
    expect(text).not.toContain('Zebedee');
  }
});
