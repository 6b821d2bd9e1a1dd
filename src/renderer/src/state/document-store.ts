// Document state: the open map exactly as the server last reported it, as slim canvas records (other fields are in
// the details store, fetched when a panel needs them). Only server answers change it.
import { create } from 'zustand';
import {
  canvasActor,
  canvasTie,
  type CanvasActor,
  type CanvasDocument,
  type CanvasTie,
} from '../../../shared/canvas-records';
import type { ActorId, ChangeSet, HistoryState, MapInfo, TieId } from '../../../shared/domain';
import { applyDetailChanges, resetDetails } from './details-store';
import { EMPTY_TAXONOMY, taxonomyState, type TaxonomyState } from './taxonomy-state';

/** The taxonomy's lists (kinds, tie types, statuses, care offers, custom fields) come from TaxonomyState. */
export interface DocumentState extends TaxonomyState {
  info: MapInfo | null;
  actors: ReadonlyMap<ActorId, CanvasActor>;
  ties: ReadonlyMap<TieId, CanvasTie>;
  history: HistoryState;
}

const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export const useDocumentStore = create<DocumentState>()(() => ({
  info: null,
  ...EMPTY_TAXONOMY,
  actors: new Map(),
  ties: new Map(),
  history: NO_HISTORY,
}));

/**
 * A whole map arrived (opened, reloaded, a snapshot shown): details fetched for the one before no longer hold.
 * `slim`: the records are canvas records already (unpacked from map.current), so they are kept as they are rather
 * than copied (70,000 objects fewer to make and collect at 20,000 actors).
 */
export function loadDocument(doc: CanvasDocument, slim = false): void {
  resetDetails();
  useDocumentStore.setState({
    info: doc.info,
    ...taxonomyState(doc, useDocumentStore.getState()),
    // Slim even when handed full records (a snapshot), so the canvas never holds what a panel must fetch.
    actors: byId(doc.actors, slim ? null : canvasActor),
    ties: byId(doc.ties, slim ? null : canvasTie),
    history: doc.history,
  });
}

/** Records by id, built by a loop: no [id, record] pair per record to make and collect (70,000 at 20,000 actors). */
function byId<K, T extends { id: K }>(records: readonly T[], slimmed: ((record: T) => T) | null): Map<K, T> {
  const map = new Map<K, T>();
  for (const record of records) map.set(record.id, slimmed ? slimmed(record) : record);
  return map;
}

export function clearDocument(): void {
  resetDetails();
  useDocumentStore.setState({ info: null, actors: new Map(), ties: new Map(), history: NO_HISTORY });
}

/** Puts and removes exactly the records the server named, and takes the taxonomy whole when the edit changed it. */
export function applyChangeSet(changes: ChangeSet, history: HistoryState): void {
  const state = useDocumentStore.getState();
  const { actors, ties } = state;
  let nextActors = actors;
  if (changes.actorsPut.length + changes.actorsDeleted.length > 0) {
    const copy = new Map(actors);
    for (const id of changes.actorsDeleted) copy.delete(id);
    for (const actor of changes.actorsPut) copy.set(actor.id, canvasActor(actor));
    nextActors = copy;
  }
  let nextTies = ties;
  if (changes.tiesPut.length + changes.tiesDeleted.length > 0) {
    const copy = new Map(ties);
    for (const id of changes.tiesDeleted) copy.delete(id);
    for (const tie of changes.tiesPut) copy.set(tie.id, canvasTie(tie));
    nextTies = copy;
  }
  // Change sets carry whole records: the details of what they touch are fresh, whether or not a panel asked.
  applyDetailChanges(changes);
  const taxonomy = changes.taxonomy ? taxonomyState(changes.taxonomy, state) : {};
  useDocumentStore.setState({ ...taxonomy, actors: nextActors, ties: nextTies, history });
}
