// The records' other fields (description, contact, notes, tags, care offers, custom values, provenance…), fetched
// from main when a panel needs them and kept fresh by change sets, which carry whole records for what they touch.
//
// Never stale: an answer is dropped whole if a map was loaded since it was asked for, and record by record where a
// change set touched (put or deleted) that record after it was asked for — the change set's copy is newer.
// Never blank-as-if-empty: a record not yet here is `undefined`, never a record with empty fields.
import { create } from 'zustand';
import type { Request } from '../../../shared/api';
import type { RecordDetails } from '../../../shared/canvas-records';
import type { Actor, ActorId, ChangeSet, Tie, TieId } from '../../../shared/domain';
import { describeError } from './describe-error';

export interface DetailsState {
  actors: ReadonlyMap<ActorId, Actor>;
  ties: ReadonlyMap<TieId, Tie>;
  /** Every actor's (every tie's) details are here, and change sets keep them so. */
  allActors: boolean;
  allTies: boolean;
  /** Why the last fetch failed, for the panel waiting on it; null when all is well. */
  failed: string | null;
}

const EMPTY: DetailsState = { actors: new Map(), ties: new Map(), allActors: false, allTies: false, failed: null };

export const useDetailsStore = create<DetailsState>()(() => EMPTY);

/** Bumped by every load of a whole map: answers asked for before it belong to another map (or another time). */
let generation = 0;
/** Bumped by every change set applied; `touched` says when each record was last put or deleted by one. */
let epoch = 0;
const touched = new Map<string, number>();
/** Ids asked for and not yet answered, with their answer, so re-renders do not ask again and callers can wait. */
const asked = new Map<string, Promise<void>>();
let askingAllActors: Promise<void> | null = null;
let askingAllTies: Promise<void> | null = null;

export function resetDetails(): void {
  generation += 1;
  touched.clear();
  asked.clear();
  askingAllActors = null;
  askingAllTies = null;
  useDetailsStore.setState(EMPTY);
}

/** Whole records already in hand (a snapshot on the canvas): every detail is known, nothing to fetch. */
export function fillDetails(actors: readonly Actor[], ties: readonly Tie[]): void {
  useDetailsStore.setState({
    actors: new Map(actors.map((a) => [a.id, a])),
    ties: new Map(ties.map((t) => [t.id, t])),
    allActors: true,
    allTies: true,
    failed: null,
  });
}

export function applyDetailChanges(changes: ChangeSet): void {
  if (
    changes.actorsPut.length + changes.actorsDeleted.length + changes.tiesPut.length + changes.tiesDeleted.length ===
    0
  )
    return;
  epoch += 1;
  const state = useDetailsStore.getState();
  const actors = new Map(state.actors);
  const ties = new Map(state.ties);
  const touch = (id: string) => touched.set(id, epoch);
  for (const id of changes.actorsDeleted) {
    actors.delete(id);
    touch(id);
  }
  for (const actor of changes.actorsPut) {
    actors.set(actor.id, actor);
    touch(actor.id);
  }
  for (const id of changes.tiesDeleted) {
    ties.delete(id);
    touch(id);
  }
  for (const tie of changes.tiesPut) {
    ties.set(tie.id, tie);
    touch(tie.id);
  }
  useDetailsStore.setState({ actors, ties });
}

/** Puts an answer in, leaving out records a change set put or deleted after the question was asked. */
function takeAnswer(answer: RecordDetails, askedAt: number, complete: { actors: boolean; ties: boolean }): void {
  const fresh = (id: string): boolean => (touched.get(id) ?? -1) <= askedAt;
  const state = useDetailsStore.getState();
  const actors = new Map(state.actors);
  const ties = new Map(state.ties);
  for (const actor of answer.actors) if (fresh(actor.id)) actors.set(actor.id, actor);
  for (const tie of answer.ties) if (fresh(tie.id)) ties.set(tie.id, tie);
  useDetailsStore.setState({
    actors,
    ties,
    allActors: state.allActors || complete.actors,
    allTies: state.allTies || complete.ties,
    failed: null,
  });
}

type Question = Request<'records.details'>;
/** Where answers come from: main, through the api client (loaded lazily so this store also runs under Node). */
export type DetailsSource = (question: Question) => Promise<RecordDetails>;
let source: DetailsSource = async (question) => (await import('../api/client')).api['records.details'](question);

/** Tests put a backend's handler here in place of the window's transport. */
export function setDetailsSource(next: DetailsSource): void {
  source = next;
}

async function ask(question: Question, complete: { actors: boolean; ties: boolean }): Promise<void> {
  const askedIn = generation;
  const askedAt = epoch;
  try {
    const answer = await source(question);
    if (askedIn === generation) takeAnswer(answer, askedAt, complete);
  } catch (error) {
    if (askedIn === generation) useDetailsStore.setState({ failed: describeError(error) });
  }
}

/**
 * Fetches the details of these actors and ties that are not here yet (one request for all of them); resolves once
 * every one of them has been answered, including those another panel had already asked for.
 */
export function requestDetails(actorIds: readonly ActorId[], tieIds: readonly TieId[] = []): Promise<void> {
  const state = useDetailsStore.getState();
  const missingActors = state.allActors ? [] : actorIds.filter((id) => !state.actors.has(id));
  const missingTies = state.allTies ? [] : tieIds.filter((id) => !state.ties.has(id));
  const waiting = new Set<Promise<void>>();
  for (const id of [...missingActors, ...missingTies]) {
    const pending = asked.get(id);
    if (pending) waiting.add(pending);
  }
  const actors = missingActors.filter((id) => !asked.has(id));
  const ties = missingTies.filter((id) => !asked.has(id));
  if (actors.length + ties.length > 0) {
    const askedIn = generation;
    const answered = ask({ actorIds: actors, tieIds: ties }, { actors: false, ties: false }).finally(() => {
      if (askedIn === generation) for (const id of [...actors, ...ties]) asked.delete(id);
    });
    for (const id of [...actors, ...ties]) asked.set(id, answered);
    waiting.add(answered);
  }
  return Promise.all(waiting).then(() => undefined);
}

/** Every actor's details (the table, a filter or search on their fields, the report); at most one request at a time. */
export function requestAllActors(): Promise<void> {
  if (useDetailsStore.getState().allActors) return Promise.resolve();
  if (!askingAllActors) {
    const askedIn = generation;
    askingAllActors = ask({ allActors: true }, { actors: true, ties: false }).finally(() => {
      if (askedIn === generation) askingAllActors = null;
    });
  }
  return askingAllActors;
}

export function requestAllTies(): Promise<void> {
  if (useDetailsStore.getState().allTies) return Promise.resolve();
  if (!askingAllTies) {
    const askedIn = generation;
    askingAllTies = ask({ allTies: true }, { actors: false, ties: true }).finally(() => {
      if (askedIn === generation) askingAllTies = null;
    });
  }
  return askingAllTies;
}

/** Every record whole, for what works over the whole map in the window (the report, the picture, a comparison). */
export async function requestEverything(): Promise<void> {
  await Promise.all([requestAllActors(), requestAllTies()]);
}
