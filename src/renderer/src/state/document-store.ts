// Document state: the open map exactly as the server last reported it. Only server answers change it.
import { create } from 'zustand';
import type {
  Actor,
  ActorId,
  ChangeSet,
  HistoryState,
  Kind,
  KindId,
  MapDocument,
  MapInfo,
  Tie,
  TieId,
  TieType,
  TieTypeId,
} from '../../../shared/domain';

export interface DocumentState {
  info: MapInfo | null;
  /** In palette order. */
  kinds: Kind[];
  kindsById: ReadonlyMap<KindId, Kind>;
  tieTypesById: ReadonlyMap<TieTypeId, TieType>;
  actors: ReadonlyMap<ActorId, Actor>;
  ties: ReadonlyMap<TieId, Tie>;
  history: HistoryState;
}

const NO_HISTORY: HistoryState = { canUndo: false, canRedo: false, undoLabel: null, redoLabel: null };

export const useDocumentStore = create<DocumentState>()(() => ({
  info: null,
  kinds: [],
  kindsById: new Map(),
  tieTypesById: new Map(),
  actors: new Map(),
  ties: new Map(),
  history: NO_HISTORY,
}));

export function loadDocument(doc: MapDocument): void {
  const kinds = [...doc.kinds].sort((a, b) => a.sortOrder - b.sortOrder);
  useDocumentStore.setState({
    info: doc.info,
    kinds,
    kindsById: new Map(kinds.map((k) => [k.id, k])),
    tieTypesById: new Map(doc.tieTypes.map((t) => [t.id, t])),
    actors: new Map(doc.actors.map((a) => [a.id, a])),
    ties: new Map(doc.ties.map((t) => [t.id, t])),
    history: doc.history,
  });
}

export function clearDocument(): void {
  useDocumentStore.setState({ info: null, actors: new Map(), ties: new Map(), history: NO_HISTORY });
}

/** Puts and removes exactly the records the server named. */
export function applyChangeSet(changes: ChangeSet, history: HistoryState): void {
  const { actors, ties } = useDocumentStore.getState();
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
  useDocumentStore.setState({ actors: nextActors, ties: nextTies, history });
}
