// room.undoMine: a contributor takes back their own latest addition, never anyone else's, in words safe for the
// device; viewers and a paused room are refused with the room's sentences.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { joined, openRoom, type Room } from './room-test-kit';

let room: Room;
beforeEach(async () => {
  room = await openRoom();
});
afterEach(async () => {
  await room.close();
});

async function names(): Promise<string[]> {
  return (await room.fullMap()).actors.map((a) => a.name);
}

it('takes back only the device’s own latest addition, then says nothing of theirs is left', async () => {
  const organisation = room.doc.kinds.find((k) => !k.people)!.id;
  const ann = await joined(room, 'Ann');
  const bob = await joined(room, 'Bob');
  const first = await ann.room('room.addActor', { name: 'Ann’s first', kindId: organisation });
  await room.facilitator('actors.create', { name: 'Facilitator’s hall', kindId: organisation, x: 5, y: 5 });
  const second = await ann.room('room.addActor', { name: 'Ann’s second', kindId: organisation });
  await bob.room('room.addActor', { name: 'Bob’s club', kindId: organisation });
  const tie = await ann.room('room.addTie', {
    fromId: first.json.value.actor.id,
    toId: second.json.value.actor.id,
  });
  expect(tie.json.ok).toBe(true);
  await room.facilitator('actors.create', { name: 'Facilitator’s later', kindId: organisation, x: 9, y: 9 });
  await bob.room('room.addActor', { name: 'Bob’s later', kindId: organisation });

  const undoTie = await ann.room('room.undoMine');
  expect(undoTie.json.value.undone).toBe('Taken back: the tie from “Ann’s first” to “Ann’s second”.');
  expect((await room.fullMap()).ties).toHaveLength(0);
  expect(await names()).toEqual(
    expect.arrayContaining(['Ann’s first', 'Ann’s second', 'Facilitator’s later', 'Bob’s later']),
  );

  const undoSecond = await ann.room('room.undoMine');
  expect(undoSecond.json.value.undone).toBe('Taken back: “Ann’s second”.');
  expect(undoSecond.json.value.seq).toBeGreaterThan(undoTie.json.value.seq);
  const undoFirst = await ann.room('room.undoMine');
  expect(undoFirst.json.value.undone).toBe('Taken back: “Ann’s first”.');
  const left = await names();
  expect(left).not.toContain('Ann’s first');
  expect(left).not.toContain('Ann’s second');
  expect(left).toEqual(
    expect.arrayContaining(['Facilitator’s hall', 'Facilitator’s later', 'Bob’s club', 'Bob’s later']),
  );

  const nothing = await ann.room('room.undoMine');
  expect(nothing.json.value).toMatchObject({ undone: null, note: 'There is nothing of yours to take back.' });
  expect(await names()).toEqual(left);

  // Bob's own undo takes back Bob's latest, not the facilitator's later one.
  const bobUndo = await bob.room('room.undoMine');
  expect(bobUndo.json.value.undone).toBe('Taken back: “Bob’s later”.');
  expect(await names()).toEqual(expect.arrayContaining(['Facilitator’s later', 'Bob’s club']));
});

it('publishes the take-back to other devices as a room.changed that removes the actor', async () => {
  const organisation = room.doc.kinds.find((k) => !k.people)!.id;
  const ann = await joined(room, 'Ann');
  const watcher = await joined(room, 'Wes');
  const added = await ann.room('room.addActor', { name: 'Short-lived', kindId: organisation });
  const stream = await watcher.stream();
  expect((await stream.next()).name).toBe('room.hello');
  await ann.room('room.undoMine');
  const event = await stream.next();
  expect(event.name).toBe('room.changed');
  expect((event.payload as unknown as { actorsDeleted: string[] }).actorsDeleted).toEqual([added.json.value.actor.id]);
  stream.close();
});

it('refuses a viewer and a paused room with the room’s sentences, changing nothing', async () => {
  const organisation = room.doc.kinds.find((k) => !k.people)!.id;
  const ann = await joined(room, 'Ann');
  await ann.room('room.addActor', { name: 'Kept', kindId: organisation });
  await room.facilitator('share.setMode', { mode: 'paused' });
  const paused = await ann.room('room.undoMine');
  expect(paused.json.error).toEqual({
    code: 'read-only',
    message: 'The facilitator has paused contributions for a moment. Try again when they say so.',
  });
  expect(await names()).toContain('Kept');

  await room.facilitator('share.setMode', { mode: 'open' });
  const vic = await joined(room, 'Vic');
  await room.facilitator('share.setRole', { participantId: vic.participantId, role: 'viewer' });
  const viewer = await vic.room('room.undoMine');
  expect(viewer.json.error!.message).toBe(
    'You joined to look at the map. Ask the facilitator if you would like to add to it.',
  );
  expect(await names()).toContain('Kept');
});

it('says a tie’s ends as the device sees them: a person the device sees as initials stays initials', async () => {
  const people = room.doc.kinds.find((k) => k.people)!.id;
  const organisation = room.doc.kinds.find((k) => !k.people)!.id;
  const person = await room.facilitator('actors.create', { name: 'Zebedee Quuxley', kindId: people, x: 0, y: 0 });
  const ann = await joined(room, 'Ann');
  const club = await ann.room('room.addActor', { name: 'Lunch club', kindId: organisation });
  await ann.room('room.addTie', { fromId: club.json.value.actor.id, toId: person.changes.actorsPut[0]!.id });
  const answer = await ann.room('room.undoMine');
  expect(answer.json.value.undone).toBe('Taken back: the tie from “Lunch club” to “Z. Q.”.');
  for (const text of ann.received) expect(text).not.toContain('Zebedee');
});
