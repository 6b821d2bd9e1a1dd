// Invite the room's security: no operation outside a device's role is reachable, join codes expire and guessing is
// throttled, removal revokes a token at once, co-facilitators edit but never reach files or sharing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../src/shared/api';
import { ROOM_OPERATIONS } from '../../../src/shared/room';
import { CO_FACILITATOR_OPERATIONS } from '../../../src/main/room/co-facilitator-operations';
import { GuessThrottle, TOO_MANY_TRIES } from '../../../src/main/room/guess-throttle';
import { Device, joined, openRoom, portOf, type Room } from './room-test-kit';

let room: Room;
beforeEach(async () => {
  room = await openRoom();
  // Something on the map for reads and edits to act on.
  const kindId = room.doc.kinds[0]!.id;
  await room.facilitator('actors.create', { name: 'Ada', kindId, x: 0, y: 0 });
});
afterEach(async () => {
  await room.close();
});

/** A plausible input for every operation, so a refusal is the role check and not the schema's. */
function inputFor(op: string, room: Room): unknown {
  const kindId = room.doc.kinds[0]!.id;
  const inputs: Record<string, unknown> = {
    'map.open': { path: `${room.dir}/maps/Room.caremap` },
    'map.new': { path: `${room.dir}/maps/Stolen.caremap` },
    'map.saveCopyAs': { path: `${room.dir}/copy.caremap` },
    'map.saveShareCopy': { path: `${room.dir}/share.caremap`, anonymise: false },
    'map.browse': { path: room.dir },
    'actors.create': { name: 'Mallory', kindId, x: 1, y: 1 },
    'kinds.create': { name: 'Sneaky', colour: '#000000', shape: 'circle' },
    'share.start': { address: '127.0.0.1' },
    'share.setMode': { mode: 'open' },
    'share.setShowPeopleNames': { show: true },
    'export.data': { format: 'json' },
  };
  return inputs[op] ?? {};
}

async function snapshotOf(room: Room) {
  const map = await room.fullMap();
  const share = await room.facilitator('share.state', {});
  return { actors: map.actors.length, kinds: map.kinds.length, history: map.history, share: share.showPeopleNames };
}

describe('a contributor', () => {
  it('is refused every facilitator-only operation, on both paths, and nothing changes', async () => {
    const sam = await joined(room, 'Sam');
    const before = await snapshotOf(room);
    for (const op of OPERATION_NAMES) {
      const full = await sam.api(op, inputFor(op, room));
      expect(full.status, `/api/${op}`).toBe(403);
      expect(full.json.ok, op).toBe(false);
      const viaRoom = await sam.room(op, inputFor(op, room));
      expect(viaRoom.json.ok, `/room/api/${op}`).toBe(false);
      expect(viaRoom.status, op).toBeGreaterThanOrEqual(400);
    }
    expect(await snapshotOf(room)).toEqual(before);
    expect((await room.facilitator('share.state', {})).active).toBe(true);
    // Nor the facilitator's own change stream.
    expect((await sam.stream('/events')).res.statusCode).toBe(403);
  });

  it('gets a token of 32 random bytes, different for every device', async () => {
    const a = await joined(room, 'Sam');
    const b = await joined(room, 'Sam');
    expect(a.token).toMatch(/^[\w-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.participantId).not.toBe(b.participantId);
  });
});

describe('a viewer', () => {
  it('can look but not add, and hears that its role changed', async () => {
    const val = await joined(room, 'Val');
    const stream = await val.stream();
    await stream.next();
    await room.facilitator('share.setRole', { participantId: val.participantId, role: 'viewer' });
    expect(await stream.next()).toEqual({ name: 'room.role', payload: { role: 'viewer' } });
    expect((await val.room('room.map')).json.ok).toBe(true);
    expect((await val.room('room.hello')).json.value.you.role).toBe('viewer');
    const adds = ROOM_OPERATIONS.filter((op) => op !== 'room.hello' && op !== 'room.map');
    expect(adds).toHaveLength(4);
    for (const op of adds) {
      const answer = await val.room(op, {
        name: 'X',
        kindId: room.doc.kinds[0]!.id,
        fromId: 'a',
        toId: 'b',
        actorId: 'a',
        offer: 'x',
      });
      expect(answer.status, op).toBe(403);
      expect(answer.json.error!.message).toContain('look at the map');
    }
    expect((await room.fullMap()).actors).toHaveLength(1);
    stream.close();
  });
});

describe('a co-facilitator', () => {
  it('edits through /api, named in provenance, but is refused files, export, import, forgetting and sharing', async () => {
    const cat = await joined(room, 'Cat');
    await room.facilitator('share.setRole', { participantId: cat.participantId, role: 'co-facilitator' });
    const created = await cat.api('actors.create', {
      name: 'Meals on Wheels',
      kindId: room.doc.kinds[1]!.id,
      x: 5,
      y: 5,
    });
    expect(created.status).toBe(200);
    expect(created.json.value.changes.actorsPut[0].provenance.label).toBe('Added by Cat in the room, 6 December 2026');
    expect((await cat.api('map.current')).json.value.canvas.actorIds).toHaveLength(2);
    expect((await cat.api('export.data', { format: 'json' })).status).toBe(403);
    // The laptop's folders name the facilitator's account: not sent.
    expect((await cat.api('app.info')).json.value.mapsFolder).toBe('');
    expect((await room.facilitator('app.info', {})).mapsFolder).not.toBe('');

    const allowed = new Set<string>(CO_FACILITATOR_OPERATIONS);
    const before = await snapshotOf(room);
    const refused = OPERATION_NAMES.filter((op) => !allowed.has(op));
    expect(refused).toEqual(
      expect.arrayContaining([
        'export.data',
        'map.open',
        'map.new',
        'import.commit',
        'actors.forget',
        'files.saveAs',
        'share.stop',
        'snapshots.restore',
      ]),
    );
    for (const op of refused) {
      const answer = await cat.api(op, inputFor(op, room));
      expect(answer.status, op).toBe(403);
    }
    expect(await snapshotOf(room)).toEqual(before);
    expect((await room.facilitator('share.state', {})).active).toBe(true);
  });

  it('reads the full change stream, but not the facilitator’s sharing news, and loses it when demoted', async () => {
    const cat = await joined(room, 'Cat');
    await room.facilitator('share.setRole', { participantId: cat.participantId, role: 'co-facilitator' });
    const stream = await cat.stream('/events');
    expect(stream.res.statusCode).toBe(200);
    expect((await stream.next()).name).toBe('stream.hello');
    await room.facilitator('share.newCode', {}); // share.changed: not for the device
    await room.facilitator('actors.create', { name: 'Bea', kindId: room.doc.kinds[0]!.id, x: 9, y: 9 });
    const event = await stream.next();
    expect(event.name).toBe('map.changed');
    await room.facilitator('share.setRole', { participantId: cat.participantId, role: 'contributor' });
    await stream.ended;
    expect((await cat.api('map.current')).status).toBe(403);
  });

  it('undoes only their own steps, and hears their own undo state on the full stream', async () => {
    const cat = await joined(room, 'Cat');
    await room.facilitator('share.setRole', { participantId: cat.participantId, role: 'co-facilitator' });
    const stream = await cat.stream('/events');
    expect((await stream.next()).name).toBe('stream.hello');
    await cat.api('actors.create', { name: 'Cat’s group', kindId: room.doc.kinds[1]!.id, x: 1, y: 1 });
    expect((await stream.next()).name).toBe('map.changed');
    await room.facilitator('actors.create', { name: 'Facilitator’s group', kindId: room.doc.kinds[1]!.id, x: 2, y: 2 });
    const heard = (await stream.next()) as unknown as { payload: { history: { undoLabel: string | null } } };
    // The facilitator's step is the laptop's latest, but Cat's undo would take back Cat's own.
    expect(heard.payload.history.undoLabel).toMatch(/Cat’s group/);
    const undone = await cat.api('history.undo', {});
    expect(undone.status).toBe(200);
    const names = (await room.fullMap()).actors.map((a) => a.name);
    expect(names).toContain('Facilitator’s group');
    expect(names).not.toContain('Cat’s group');
    stream.close();
  });

  it('cannot edit when the facilitator makes the map read-only', async () => {
    const cat = await joined(room, 'Cat');
    await room.facilitator('share.setRole', { participantId: cat.participantId, role: 'co-facilitator' });
    await room.facilitator('share.setMode', { mode: 'read-only' });
    const answer = await cat.api('actors.create', { name: 'X', kindId: room.doc.kinds[0]!.id, x: 0, y: 0 });
    expect(answer.status).toBe(403);
    expect(answer.json.error!.code).toBe('read-only');
    expect((await cat.api('map.current')).status).toBe(200);
  });
});

describe('the join code', () => {
  it('throttles guessing: five wrong tries a minute from one device, then even the right code waits', async () => {
    const guesser = new Device(portOf(room.share));
    for (let i = 0; i < 5; i += 1) {
      const wrong = await guesser.join('ZZZZZZ', 'Eve');
      expect(wrong.status).toBe(403);
      expect(wrong.json.error!.message).toBe('That code is not right. Check the code on the screen and try again.');
    }
    const blocked = await guesser.join(room.share.joinCode!, 'Eve');
    expect(blocked.status).toBe(429);
    expect(blocked.json.error!.message).toBe(TOO_MANY_TRIES);
    expect(TOO_MANY_TRIES).toBe('Too many tries — wait a minute and check the code on the screen.');
    room.clock.now += 60_001;
    expect((await guesser.join(room.share.joinCode!, 'Eve')).status).toBe(200);
  });

  it('has a ceiling for the whole room, whatever the addresses', () => {
    const clock = { now: 0 };
    const throttle = new GuessThrottle(() => clock.now);
    for (let i = 0; i < 30; i += 1) {
      expect(throttle.blocked(`10.0.0.${i}`)).toBe(false);
      throttle.failed(`10.0.0.${i}`);
    }
    expect(throttle.blocked('10.0.1.1')).toBe(true);
    clock.now += 60_001;
    expect(throttle.blocked('10.0.1.1')).toBe(false);
  });

  it('runs out after 15 minutes; a new code admits and the old one does not', async () => {
    const old = room.share.joinCode!;
    room.clock.now += 15 * 60_000 + 1;
    const late = await new Device(portOf(room.share)).join(old, 'Sam');
    expect(late.status).toBe(403);
    expect(late.json.error!.message).toBe(
      'That code has run out. Ask the facilitator for a new one (it shows on the screen).',
    );
    const renewed = await room.facilitator('share.newCode', {});
    expect(renewed.joinCode).not.toBe(old);
    expect((await new Device(portOf(room.share)).join(old, 'Sam')).status).toBe(403);
    expect((await new Device(portOf(room.share)).join(renewed.joinCode!.toLowerCase(), 'Sam')).status).toBe(200);
  });
});

describe('removing a person', () => {
  it('revokes their token at once and ends their stream with room.ended', async () => {
    const sam = await joined(room, 'Sam');
    const ann = await joined(room, 'Ann');
    const stream = await sam.stream();
    await stream.next();
    const state = await room.facilitator('share.remove', { participantId: sam.participantId });
    expect(state.participants.map((p) => p.name)).toEqual(['Ann']);
    expect(await stream.next()).toEqual({ name: 'room.ended', payload: { reason: 'removed' } });
    await stream.ended;
    const after = await sam.room('room.addActor', { name: 'Still here?', kindId: room.doc.kinds[0]!.id });
    expect(after.status).toBe(403);
    expect((await sam.room('room.map')).status).toBe(403);
    expect((await sam.stream()).res.statusCode).toBe(403);
    expect((await ann.room('room.map')).status).toBe(200);
  });
});
