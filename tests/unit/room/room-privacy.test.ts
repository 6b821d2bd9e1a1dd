// What a contributor's device receives is built from an allow-list: a map seeded with a unique marker in every private
// field is edited while a device watches, and no byte the device received (answers, errors, events) holds any of them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, CustomField, Tie } from '../../../src/shared/domain';
import { initialsOf } from '../../../src/main/room/room-projection';
import { joined, openRoom, type Room } from './room-test-kit';

const PRIVATE = {
  description: 'DESC-7f3a',
  address: 'ADDR-7f3a',
  email: 'mail7f3a@example.org',
  phone: 'PHONE-7f3a',
  other: 'OTHER-7f3a',
  consentDate: '1911-11-11',
  notes: 'NOTES-7f3a',
  tag: 'TAG-7f3a',
  website: 'site7f3a.example.org',
  custom: 'CUSTOM-7f3a',
  fieldName: 'FIELDNAME-7f3a',
  provenance: 'PROV-7f3a',
  sheet: 'SHEET-7f3a',
  tieNotes: 'TIENOTE-7f3a',
  tieCustom: 'TIECUSTOM-7f3a',
  tieProvenance: 'TIEPROV-7f3a',
  laterNotes: 'LATERNOTES-7f3a',
  laterEmail: 'later7f3a@example.org',
};
/** Keys of fields a device must never be sent, whatever their values. */
const PRIVATE_KEYS = [
  'description',
  'address',
  'contact',
  'consent',
  'consentDate',
  'notes',
  'tags',
  'website',
  'customValues',
  'provenance',
  'careModes',
  'strength',
  'statusId',
  'customFields',
  'path',
];
const PERSON = 'Zebedee Quuxley';

let room: Room;
let person: Actor;
let org: Actor;
let tie: Tie;

beforeEach(async () => {
  room = await openRoom();
  const people = room.doc.kinds.find((k) => k.people)!;
  const organisation = room.doc.kinds.find((k) => !k.people)!;
  const field = await room.facilitator('customFields.create', { name: PRIVATE.fieldName, type: 'text' });
  const actorField = field.changes.taxonomy!.customFields.find((f: CustomField) => f.name === PRIVATE.fieldName)!;
  const tieFieldMade = await room.facilitator('customFields.create', {
    name: 'Tie field',
    type: 'text',
    appliesTo: 'tie',
  });
  const tieField = tieFieldMade.changes.taxonomy!.customFields.find((f: CustomField) => f.name === 'Tie field')!;
  person = (await room.facilitator('actors.create', { name: PERSON, kindId: people.id, x: 0, y: 0 })).changes
    .actorsPut[0]!;
  org = (await room.facilitator('actors.create', { name: 'Marker Org', kindId: organisation.id, x: 300, y: 0 })).changes
    .actorsPut[0]!;
  await room.facilitator('actors.update', {
    ids: [person.id],
    patch: {
      description: PRIVATE.description,
      address: PRIVATE.address,
      contact: { email: PRIVATE.email, phone: PRIVATE.phone, other: PRIVATE.other },
      consent: 'given',
      consentDate: PRIVATE.consentDate,
      notes: PRIVATE.notes,
      tags: [PRIVATE.tag],
      website: PRIVATE.website,
      role: 'participant',
      customValues: { [actorField.id]: PRIVATE.custom },
      provenance: { label: PRIVATE.provenance, sheet: PRIVATE.sheet },
    },
  });
  tie = (
    await room.facilitator('ties.create', {
      fromId: org.id,
      toId: person.id,
      notes: PRIVATE.tieNotes,
      provenance: { label: PRIVATE.tieProvenance },
    })
  ).changes.tiesPut[0]!;
  await room.facilitator('ties.update', {
    ids: [tie.id],
    patch: { customValues: { [tieField.id]: PRIVATE.tieCustom } },
  });
});
afterEach(async () => {
  await room.close();
});

describe('a contributor’s device', () => {
  it('never receives a private field, in any answer, error or event', async () => {
    // The markers really are in the map (so their absence below means something).
    const full = JSON.stringify(await room.fullMap());
    for (const marker of Object.values(PRIVATE).filter((m) => !m.startsWith('LATER') && !m.startsWith('later')))
      expect(full, marker).toContain(marker);

    const sam = await joined(room, 'Sam');
    const stream = await sam.stream();
    await stream.next(); // room.hello
    expect((await sam.room('room.hello')).json.ok).toBe(true);
    const map = await sam.room('room.map');
    expect(map.json.value.actors).toHaveLength(2);

    // The facilitator edits private fields while the device watches: each edit reaches it as room.changed.
    await room.facilitator('actors.update', {
      ids: [person.id],
      patch: { notes: PRIVATE.laterNotes, contact: { email: PRIVATE.laterEmail } },
    });
    await room.facilitator('actors.move', { moves: [{ id: person.id, x: 40, y: 40 }] });
    // The device adds, and trips over the refusals whose app wording names people in full.
    const added = await sam.room('room.addActor', { name: 'Lunch club', kindId: org.kindId });
    await sam.room('room.addTie', { fromId: added.json.value.actor.id, toId: person.id });
    const clash = await sam.room('room.addTie', { fromId: org.id, toId: person.id });
    expect(clash.json.error!.message).toBe('That tie is already on the map.');
    await sam.room('room.addTie', { fromId: person.id, toId: person.id });
    await sam.room('room.addOffer', { actorId: person.id, offer: 'Lifts to appointments' });
    // Taking back its own addition to the person: the answer names them as the device sees them.
    const taken = await sam.room('room.undoMine');
    expect(taken.json.value.undone).toBe('Taken back: what you added to “Z. Q.”.');
    await room.facilitator('history.undo', {});
    await room.facilitator('elements.delete', { actorIds: [], tieIds: [tie.id] });
    await room.facilitator('history.undo', {}); // the tie (with its notes) comes back as tiesPut
    for (let i = 0; i < 10; i += 1) expect((await stream.next()).name).toBe('room.changed');
    stream.close();

    const received = sam.received.join('\n');
    expect(received).toContain('Marker Org');
    expect(received).toContain('Lifts to appointments');
    for (const [what, marker] of Object.entries(PRIVATE)) expect(received, what).not.toContain(marker);
    for (const key of PRIVATE_KEYS) expect(received, key).not.toContain(`"${key}"`);
    // "role" is the device's own (contributor); the actor's part in the project is never sent.
    expect(received).not.toContain('"role":"participant"');
    // Kinds marked people reach devices as initials unless the facilitator chooses otherwise.
    expect(received).not.toContain('Zebedee');
    expect(received).not.toContain('Quuxley');
    expect(received).toContain('"Z. Q."');
  });

  it('gets people’s names when the facilitator ticks “show people’s names to the room”, told to reload', async () => {
    const sam = await joined(room, 'Sam');
    const stream = await sam.stream();
    await stream.next();
    expect((await sam.room('room.map')).body).not.toContain(PERSON);
    const state = await room.facilitator('share.setShowPeopleNames', { show: true });
    expect(state.showPeopleNames).toBe(true);
    expect(await stream.next()).toMatchObject({ name: 'room.changed', payload: { reload: true } });
    const map = await sam.room('room.map');
    expect(map.json.value.actors.map((a: { name: string }) => a.name).sort()).toEqual(['Marker Org', PERSON]);
    // Names only: the rest stays out.
    for (const [what, marker] of Object.entries(PRIVATE)) expect(map.body, what).not.toContain(marker);
    stream.close();
  });
});

describe('initials', () => {
  it('keeps the first letter of each word, whatever the script, and says “A person” when there is none', () => {
    expect(initialsOf('Ada Okafor')).toBe('A. O.');
    expect(initialsOf('ada')).toBe('A.');
    expect(initialsOf('Łucja Ćwik')).toBe('Ł. Ć.');
    expect(initialsOf('"Mo" Farah')).toBe('M. F.');
    expect(initialsOf('  ')).toBe('A person');
    expect(initialsOf('Mary Ann De La Cruz')).toBe('M. A. D. L.');
  });
});
