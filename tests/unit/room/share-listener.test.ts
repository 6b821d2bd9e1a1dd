// Invite the room: share.start opens a listener on the chosen address only, devices join with the code and add
// through the normal commands (published, named in provenance), and stopping or switching maps closes the port.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import { join } from 'node:path';
import { listShareInterfaces, LOOPBACK_LABEL } from '../../../src/main/room/network-interfaces';
import type { ShareState } from '../../../src/shared/room';
import { MOST_OFFERS } from '../../../src/main/room/room-handlers';
import { Device, joined, openRoom, portOf, raw, type Room } from './room-test-kit';

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

let room: Room;
beforeEach(async () => {
  room = await openRoom();
});
afterEach(async () => {
  await room.close();
});

describe('share.* for the facilitator', () => {
  it('lists the network interfaces with the room’s networks first and this computer last, in words', () => {
    const listed = listShareInterfaces({
      lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '', cidr: null }],
      wlp2s0: [
        { address: 'fe80::1', family: 'IPv6', internal: false, netmask: '', mac: '', cidr: null, scopeid: 1 },
        { address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '', cidr: null },
      ],
    });
    expect(listed).toEqual([
      { name: 'wlp2s0', address: '192.168.1.20', label: 'Wi-Fi (192.168.1.20)' },
      { name: 'lo', address: '127.0.0.1', label: LOOPBACK_LABEL },
    ]);
  });

  it('starts on the chosen address with a join address and a six-character code, and tells the facilitator’s views', async () => {
    const share = room.share;
    expect(share).toMatchObject({
      active: true,
      address: '127.0.0.1',
      mode: 'open',
      mapName: 'Room',
      participants: [],
    });
    expect(share.joinUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join$/);
    expect(share.joinCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(Date.parse(share.codeExpiresAt!) - room.clock.now).toBe(15 * 60_000);
    expect(room.heard.some((e) => e.name === 'share.changed' && (e.payload as ShareState).active)).toBe(true);
    const page = await raw(portOf(share), { path: '/join' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Caremap</title>');
  });

  it('refuses an address that is not one of this computer’s networks', async () => {
    await room.facilitator('share.stop', {});
    await expect(room.facilitator('share.start', { address: '10.255.255.254' })).rejects.toThrow(
      /not on this computer/,
    );
  });

  it('lists who joined, and counts what each added', async () => {
    const sam = await joined(room, 'Sam');
    const added = await sam.room('room.addActor', { name: 'Chats & Chai', kindId: room.doc.kinds[1]!.id });
    expect(added.json.ok).toBe(true);
    const state = await room.facilitator('share.state', {});
    expect(state.participants).toEqual([
      expect.objectContaining({ id: sam.participantId, name: 'Sam', role: 'contributor', added: 1 }),
    ]);
    const last = room.heard.filter((e) => e.name === 'share.changed').at(-1)!.payload as ShareState;
    expect(last.participants[0]!.added).toBe(1);
  });
});

describe('contributions', () => {
  it('adds an actor, a tie and an offer through the normal commands, named in provenance, published to every view', async () => {
    const sam = await joined(room, 'Sam');
    const kindId = room.doc.kinds.find((k) => !k.people)!.id;
    const stream = await sam.stream();
    expect((await stream.next()).name).toBe('room.hello');
    const a = await sam.room('room.addActor', { name: 'Food bank', kindId, x: 10, y: 20 });
    const b = await sam.room('room.addActor', { name: 'Chats & Chai', kindId });
    expect(a.json.value.actor).toEqual({ id: expect.any(String), name: 'Food bank', kindId, x: 10, y: 20, offers: [] });
    const tie = await sam.room('room.addTie', { fromId: a.json.value.actor.id, toId: b.json.value.actor.id });
    expect(tie.json.value.tie).toMatchObject({ fromId: a.json.value.actor.id, direction: 'one-way' });
    const offer = await sam.room('room.addOffer', { actorId: a.json.value.actor.id, offer: 'Hot meals' });
    expect(offer.json.value.actor.offers).toEqual(['Hot meals']);

    const map = await room.fullMap();
    const food = map.actors.find((x) => x.name === 'Food bank')!;
    expect(food.provenance).toMatchObject({
      source: 'workshop',
      label: 'Added by Sam in the room, 6 December 2026',
      certainty: 'reported',
      recordedOn: '2026-12-06',
    });
    expect(map.ties[0]!.provenance.label).toBe('Added by Sam in the room, 6 December 2026');
    expect(map.careOffers.some((o) => o.name === 'Hot meals')).toBe(true);
    // Every edit reached the facilitator's views (map.changed) and the device (room.changed), in order.
    expect(room.heard.filter((e) => e.name === 'map.changed').length).toBe(5);
    const seqs: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const event = await stream.next();
      expect(event.name).toBe('room.changed');
      seqs.push((event.payload as { seq: number }).seq);
    }
    expect(seqs).toEqual([1, 2, 3, 4, 5]);
    stream.close();
  });

  it('refuses additions while paused or read-only, in words, and again accepts them when open', async () => {
    const sam = await joined(room, 'Sam');
    const kindId = room.doc.kinds[0]!.id;
    const stream = await sam.stream();
    await stream.next();
    await room.facilitator('share.setMode', { mode: 'paused' });
    expect(await stream.next()).toEqual({ name: 'room.mode', payload: { mode: 'paused' } });
    stream.close();
    const paused = await sam.room('room.addActor', { name: 'X', kindId });
    expect(paused.json.error!.message).toBe(
      'The facilitator has paused contributions for a moment. Try again when they say so.',
    );
    await room.facilitator('share.setMode', { mode: 'read-only' });
    expect((await sam.room('room.addActor', { name: 'X', kindId })).json.error!.message).toContain('read-only');
    expect((await room.fullMap()).actors).toHaveLength(0);
    await room.facilitator('share.setMode', { mode: 'open' });
    expect((await sam.room('room.addActor', { name: 'X', kindId })).json.ok).toBe(true);
  });

  it('caps a device at ten edits a second, in words', async () => {
    const sam = await joined(room, 'Sam');
    const kindId = room.doc.kinds[0]!.id;
    for (let i = 0; i < 10; i += 1)
      expect((await sam.room('room.addActor', { name: `A${i}`, kindId })).json.ok).toBe(true);
    const eleventh = await sam.room('room.addActor', { name: 'A10', kindId });
    expect(eleventh.json.error!.message).toBe('You are adding very quickly. Wait a moment, then try again.');
    room.clock.now += 1001;
    expect((await sam.room('room.addActor', { name: 'A10', kindId })).json.ok).toBe(true);
  });

  it('adds to the map’s list of offers only while it is not long, and uses a listed offer whatever its capitals', async () => {
    const sam = await joined(room, 'Sam');
    const actor = (await sam.room('room.addActor', { name: 'Hub', kindId: room.doc.kinds[1]!.id })).json.value.actor;
    const listed = (await room.fullMap()).careOffers;
    const first = listed[0]!.name;
    const again = await sam.room('room.addOffer', { actorId: actor.id, offer: first.toUpperCase() });
    expect(again.json.value.actor.offers).toEqual([first]);
    expect((await room.fullMap()).careOffers).toHaveLength(listed.length);
    for (let i = listed.length; i < MOST_OFFERS; i += 1)
      await room.facilitator('careOffers.create', { name: `Offer ${i}` });
    const refused = await sam.room('room.addOffer', { actorId: actor.id, offer: 'One more' });
    expect(refused.json.error!.message).toBe(
      'The map’s list of offers is long already: choose one from the list, or ask the facilitator.',
    );
    expect((await room.fullMap()).careOffers).toHaveLength(MOST_OFFERS);
  });

  it('refuses over-long names and bodies', async () => {
    const sam = await joined(room, 'Sam');
    const long = await sam.room('room.addActor', { name: 'x'.repeat(81), kindId: room.doc.kinds[0]!.id });
    expect(long.json.error!.message).toBe('A name can be at most 80 characters.');
    const huge = await sam.room('room.addActor', { name: 'x'.repeat(300_000), kindId: room.doc.kinds[0]!.id });
    expect(huge.status).toBe(413);
  });
});

describe('the listener’s door', () => {
  it('answers only to its own Host, and refuses other sites’ Origin', async () => {
    const port = portOf(room.share);
    expect((await raw(port, { path: '/join', headers: { Host: `evil.example:${port}` } })).status).toBe(421);
    expect((await raw(port, { path: '/join', headers: { Host: `localhost:${port}` } })).status).toBe(421);
    expect((await raw(port, { path: '/join', headers: { Host: `127.0.0.1:${port + 1}` } })).status).toBe(421);
    const stranger = new Device(port, { Origin: 'http://evil.example' });
    const answer = await stranger.join(room.share.joinCode!, 'Eve');
    expect(answer.status).toBe(403);
    expect(answer.body).not.toContain('token');
    const ours = new Device(port, { Origin: `http://127.0.0.1:${port}` });
    expect((await ours.join(room.share.joinCode!, 'Ann')).status).toBe(200);
  });

  it('refuses a form post (not JSON), the facilitator’s /session, and any call without a token', async () => {
    const port = portOf(room.share);
    const form = await raw(port, {
      method: 'POST',
      path: '/room/join',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'code=x',
    });
    expect(form.status).toBe(415);
    expect(
      (
        await raw(port, {
          method: 'POST',
          path: '/session',
          headers: { 'Content-Type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).not.toBe(200);
    const stranger = new Device(port);
    expect((await stranger.room('room.map')).status).toBe(403);
    expect((await stranger.api('map.current')).status).toBe(403);
    expect((await stranger.stream()).res.statusCode).toBe(403);
  });

  it('stop tells every device, closes the port, and forgets every token', async () => {
    const port = portOf(room.share);
    const sam = await joined(room, 'Sam');
    const stream = await sam.stream();
    await stream.next();
    const state = await room.facilitator('share.stop', {});
    expect(state).toMatchObject({ active: false, joinUrl: null, joinCode: null, participants: [] });
    expect(await stream.next()).toEqual({ name: 'room.ended', payload: { reason: 'stopped' } });
    await stream.ended;
    expect(await refusesConnections(port)).toBe(true);
  });

  it('opening another map stops sharing (a device never reaches a map the facilitator did not share)', async () => {
    const port = portOf(room.share);
    const sam = await joined(room, 'Sam');
    const stream = await sam.stream();
    await stream.next();
    await room.facilitator('map.new', { path: join(room.dir, 'maps', 'Other.caremap') });
    expect(await stream.next()).toEqual({ name: 'room.ended', payload: { reason: 'stopped' } });
    expect((await room.facilitator('share.state', {})).active).toBe(false);
    expect(await refusesConnections(port)).toBe(true);
  });

  it('quitting (backend closing) closes the port', async () => {
    const port = portOf(room.share);
    await room.backend.stopSharing();
    expect(await refusesConnections(port)).toBe(true);
  });
});

describe('a device’s streams', () => {
  it('shows the facilitator who is connected, and who left', async () => {
    const sam = await joined(room, 'Sam');
    const connected = room.shareChanged((s) => s.participants[0]?.connected === true);
    const stream = await sam.stream();
    await stream.next();
    await connected;
    const left = room.shareChanged((s) => s.participants[0]?.connected === false);
    stream.close();
    expect((await left).participants[0]!.name).toBe('Sam');
  });

  it('serves the app’s pages and nothing outside their folder', async () => {
    const port = portOf(room.share);
    for (const path of ['/../secret.html', '/%2e%2e/secret.html', '/..%2fsecret.html']) {
      const res = await raw(port, { path });
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('not for the room');
    }
  });

  it('keeps at most three open per device, closing the oldest', async () => {
    const sam = await joined(room, 'Sam');
    const streams = [];
    for (let i = 0; i < 4; i += 1) {
      const s = await sam.stream();
      await s.next();
      streams.push(s);
    }
    await streams[0]!.ended;
    await room.facilitator('actors.create', { name: 'Bea', kindId: room.doc.kinds[0]!.id, x: 0, y: 0 });
    for (const s of streams.slice(1)) expect((await s.next()).name).toBe('room.changed');
    for (const s of streams) s.close();
  });
});
