// The room's operations for a joined device: read the allow-listed map, and add actors, ties and offers through the
// normal commands (one transaction each, published, undoable), with provenance naming the participant.
import type { Handlers, Input, OperationName, Output } from '../../shared/api';
import { parseRequest } from '../../shared/validate';
import type { ActorId, EditResult, Provenance } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import { dateInWords } from '../../shared/date-words';
import { todayIsoDate } from '../../shared/dates';
import type { RoomMode, RoomOperation, RoomOperationOutputs, RoomYou } from '../../shared/room';
import type { MapStore } from '../store';
import type { RoomInput } from './room-schemas';
import { RoomProjection, type ProjectionRules } from './room-projection';
import { freeSpot } from './room-placement';
import { takenBackWords } from './undo-words';
import type { Participant } from './participants';

export interface RoomContext {
  store(): MapStore;
  /** The backend's published handlers, so a contribution is committed and reaches every view like any edit. */
  handlers(): Handlers;
  /** Runs `call` as this participant (CallMeta.participant), set from the token, never from the request. */
  asParticipant<T>(participant: Participant, call: () => T): T;
  mode(): RoomMode;
  rules(): ProjectionRules;
  seq(): number;
  now(): number;
  /** Counts a contribution on the facilitator's list. */
  added(participant: Participant): void;
}

const PAUSED = 'The facilitator has paused contributions for a moment. Try again when they say so.';
const READ_ONLY = 'The facilitator has made the map read-only for now: you can look, but not add.';
const VIEWER = 'You joined to look at the map. Ask the facilitator if you would like to add to it.';
/** The map's list of offers, past which devices choose from it rather than add to it. */
export const MOST_OFFERS = 150;
const LONG_LIST = 'The map’s list of offers is long already: choose one from the list, or ask the facilitator.';
const CANNOT_WRITE =
  'The facilitator’s computer cannot save to the map just now, so nothing was added. Tell the facilitator.';
export const NOTHING_TO_TAKE_BACK = 'There is nothing of yours to take back.';
const NOT_TAKEN_BACK =
  'That could not be taken back: someone has since added to it (a tie, for example). Nothing was changed. Ask the facilitator.';
const PARTLY_TAKEN_BACK = 'What someone else has changed since stays as they left it.';
const NOT_ADDED =
  'That could not be added to the map. Check it and try again, or ask the facilitator. Nothing was changed.';

/** "Added by Sam in the room, 6 December 2026": certainty "reported", since the facilitator has not checked it. */
export function roomProvenance(name: string, now: Date): Provenance {
  return {
    source: 'workshop',
    label: `Added by ${name} in the room, ${dateInWords(now, 'en-GB')}`,
    sheet: null,
    row: null,
    recordedOn: todayIsoDate(now),
    certainty: 'reported',
  };
}

export function youOf(p: Participant): RoomYou {
  return { participantId: p.id, name: p.name, role: p.role };
}

export class RoomHandlers {
  constructor(private readonly ctx: RoomContext) {}

  private projection(): RoomProjection {
    return new RoomProjection(this.ctx.store().taxonomy(), this.ctx.rules());
  }

  private mayAdd(p: Participant): void {
    if (p.role === 'viewer') throw new CaremapError('unauthorised', VIEWER);
    const mode = this.ctx.mode();
    if (mode === 'paused') throw new CaremapError('read-only', PAUSED);
    if (mode === 'read-only') throw new CaremapError('read-only', READ_ONLY);
  }

  /**
   * Runs one of the app's operations as the participant. Its refusals are written for the facilitator and may name
   * people in full, so a device hears only the room's own sentence (checks below give the common ones first).
   */
  private async edit<K extends OperationName>(
    p: Participant,
    name: K,
    input: unknown,
    refused: string = NOT_ADDED,
  ): Promise<Output<K>> {
    const parsed = parseRequest(name, input) as Input<K>;
    const handler = this.ctx.handlers()[name] as (i: Input<K>) => Promise<Output<K>> | Output<K>;
    try {
      return await this.ctx.asParticipant(p, () => handler(parsed));
    } catch (error) {
      // The app's own sentences for these name the map's file (and so the facilitator's folders).
      const code = error instanceof CaremapError ? error.code : 'internal';
      if (code === 'internal') console.error(`Caremap: ${name} for a device failed:`, error);
      if (code === 'read-only' || code === 'disk-full') throw new CaremapError(code, CANNOT_WRITE);
      throw new CaremapError(code === 'internal' ? 'internal' : 'invalid-input', refused);
    }
  }

  private requireActor(id: string, field: string): void {
    if (this.ctx.store().actorsByIds([id as ActorId]).length === 0)
      throw new CaremapError('not-found', 'That actor is no longer on the map. It may have just been removed.', {
        field,
      });
  }

  hello(p: Participant): RoomOperationOutputs['room.hello'] {
    return { mapName: this.ctx.store().info().name, mode: this.ctx.mode(), you: youOf(p) };
  }

  map(p: Participant): RoomOperationOutputs['room.map'] {
    const store = this.ctx.store();
    const view = this.projection();
    return {
      mapName: store.info().name,
      seq: this.ctx.seq(),
      mode: this.ctx.mode(),
      you: youOf(p),
      actors: store.actors().map((a) => view.actor(a)),
      ties: store.ties().map((t) => view.tie(t)),
      kinds: view.kinds(),
      tieTypes: view.tieTypes(),
      offers: view.offers(),
    };
  }

  async addActor(p: Participant, input: RoomInput<'room.addActor'>): Promise<RoomOperationOutputs['room.addActor']> {
    this.mayAdd(p);
    const store = this.ctx.store();
    if (!store.kind(input.kindId as never))
      throw new CaremapError(
        'not-found',
        'That kind of actor is no longer on the map. Reload the page to see the kinds.',
      );
    const at = input.x !== undefined && input.y !== undefined ? { x: input.x, y: input.y } : freeSpot(store.actors());
    const result = await this.edit(p, 'actors.create', {
      name: input.name,
      kindId: input.kindId,
      ...at,
      provenance: roomProvenance(p.name, new Date(this.ctx.now())),
    });
    const actor = result.changes.actorsPut[0];
    if (!actor) throw new CaremapError('internal', NOT_ADDED);
    this.ctx.added(p);
    return { actor: this.projection().actor(actor), seq: this.seqOf(result) };
  }

  async addTie(p: Participant, input: RoomInput<'room.addTie'>): Promise<RoomOperationOutputs['room.addTie']> {
    this.mayAdd(p);
    if (input.fromId === input.toId)
      throw new CaremapError('invalid-input', 'Choose two different actors: a tie joins one actor to another.');
    this.requireActor(input.fromId, 'fromId');
    this.requireActor(input.toId, 'toId');
    const store = this.ctx.store();
    const tieTypeId = input.tieTypeId ?? null;
    if (tieTypeId !== null && !store.tieType(tieTypeId as never))
      throw new CaremapError(
        'not-found',
        'That type of tie is no longer on the map. Reload the page to see the types.',
      );
    const ends = { fromId: input.fromId as ActorId, toId: input.toId as ActorId, tieTypeId: tieTypeId as never };
    if (store.tieClashingWith({ ...ends, direction: 'one-way' }))
      throw new CaremapError('invalid-input', 'That tie is already on the map.');
    const result = await this.edit(p, 'ties.create', {
      ...ends,
      direction: 'one-way',
      provenance: roomProvenance(p.name, new Date(this.ctx.now())),
    });
    const tie = result.changes.tiesPut[0];
    if (!tie) throw new CaremapError('internal', NOT_ADDED);
    this.ctx.added(p);
    return { tie: this.projection().tie(tie), seq: this.seqOf(result) };
  }

  /** A name already in the map's list (whatever its capitals) is used; a new one joins the list first. */
  async addOffer(p: Participant, input: RoomInput<'room.addOffer'>): Promise<RoomOperationOutputs['room.addOffer']> {
    this.mayAdd(p);
    this.requireActor(input.actorId, 'actorId');
    const wanted = input.offer.toLocaleLowerCase();
    const find = () =>
      this.ctx
        .store()
        .taxonomy()
        .careOffers.find((o) => o.name.toLocaleLowerCase() === wanted);
    if (!find()) {
      // New names join the map's list for everyone; a room typing freely must not bury the facilitator's list.
      if (this.ctx.store().taxonomy().careOffers.length >= MOST_OFFERS)
        throw new CaremapError('invalid-input', LONG_LIST);
      await this.edit(p, 'careOffers.create', { name: input.offer });
    }
    const offer = find();
    if (!offer) throw new CaremapError('internal', NOT_ADDED);
    const result: EditResult = await this.edit(p, 'actors.update', {
      ids: [input.actorId],
      patch: { addCareOffers: [offer.id] },
    });
    const actor = result.changes.actorsPut[0] ?? this.ctx.store().actorsByIds([input.actorId as ActorId])[0];
    if (!actor) throw new CaremapError('internal', NOT_ADDED);
    if (result.changes.actorsPut.length) this.ctx.added(p);
    return { actor: this.projection().actor(actor), seq: this.seqOf(result) };
  }

  /**
   * Runs the normal per-person undo as the participant, so it acts on their own latest step only (history entries
   * carry their id as author). The words come from that step's records, seen as this device sees them.
   */
  async undoMine(p: Participant): Promise<RoomOperationOutputs['room.undoMine']> {
    this.mayAdd(p);
    const store = this.ctx.store();
    const entry = store.history.lastDone(p.id);
    if (!entry) return { seq: this.ctx.seq(), undone: null, note: NOTHING_TO_TAKE_BACK };
    const words = takenBackWords(entry.patch, this.projection(), (ids) => store.actorsByIds(ids));
    const result = await this.edit(p, 'history.undo', {}, NOT_TAKEN_BACK);
    // The app's own note names the step's label (both ends of a tie in full): the device hears the room's sentence.
    const answer: RoomOperationOutputs['room.undoMine'] = { seq: this.seqOf(result), undone: `Taken back: ${words}.` };
    if (result.note) answer.note = PARTLY_TAKEN_BACK;
    return answer;
  }

  private seqOf(result: EditResult): number {
    return result.live?.seq ?? this.ctx.seq();
  }

  async run(p: Participant, name: RoomOperation, input: unknown): Promise<unknown> {
    switch (name) {
      case 'room.hello':
        return this.hello(p);
      case 'room.map':
        return this.map(p);
      case 'room.addActor':
        return this.addActor(p, input as RoomInput<'room.addActor'>);
      case 'room.addTie':
        return this.addTie(p, input as RoomInput<'room.addTie'>);
      case 'room.addOffer':
        return this.addOffer(p, input as RoomInput<'room.addOffer'>);
      case 'room.undoMine':
        return this.undoMine(p);
    }
  }
}
