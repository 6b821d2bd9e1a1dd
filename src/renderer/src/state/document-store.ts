// Document state: the open map exactly as the server last reported it. Only server answers change it.
import { create } from 'zustand';
import type { Actor, ActorId, ChangeSet, HistoryState, MapDocument, MapInfo, Tie, TieId } from '../../../shared/domain';
import { EMPTY_TAXONOMY, taxonomyState, type TaxonomyState } from './taxonomy-state';

/** The taxonomy's lists (kinds, tie types, statuses, care offers, custom fields) come from TaxonomyState. */
export interface DocumentState extends TaxonomyState {
  info: MapInfo | null;
  actors: ReadonlyMap<ActorId, Actor>;
  ties: ReadonlyMap<TieId, Tie>;
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

export function loadDocument(doc: MapDocument): void {
  useDocumentStore.setState({
    info: doc.info,
    ...taxonomyState(doc, useDocumentStore.getState()),
    actors: new Map(doc.actors.map((a) => [a.id, a])),
    ties: new Map(doc.ties.map((t) => [t.id, t])),
    history: doc.history,
  });
}

export function clearDocument(): void {
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
    for (const actor of changes.actorsPut) copy.set(actor.id, actor);
    nextActors = copy;
  }
  let nextTies = ties;
  if (changes.tiesPut.length + changes.tiesDeleted.length > 0) {
    const copy = new Map(ties);
    for (const id of changes.tiesDeleted) copy.delete(id);
    for (const tie of changes.tiesPut) copy.set(tie.id, tie);
    nextTies = copy;
  }
  const taxonomy = changes.taxonomy ? taxonomyState(changes.taxonomy, state) : {};
  useDocumentStore.setState({ ...taxonomy, actors: nextActors, ties: nextTies, history });
}
