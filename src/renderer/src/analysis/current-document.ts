// The open map as one document: slim (what the window holds, enough for analysis), or whole, with every record's
// details, for what draws or writes about the whole map in the window (pictures, the report).
import type { CanvasDocument } from '../../../shared/canvas-records';
import type { Actor, MapDocument, Tie } from '../../../shared/domain';
import { requestEverything, useDetailsStore } from '../state/details-store';
import { useDocumentStore, type DocumentState } from '../state/document-store';

export function currentDocument(s: DocumentState): CanvasDocument | null {
  if (!s.info) return null;
  return {
    info: s.info,
    kinds: s.kinds,
    tieTypes: s.tieTypes,
    tieStatuses: s.tieStatuses,
    careOffers: s.careOffers,
    customFields: s.customFields,
    actors: [...s.actors.values()],
    ties: [...s.ties.values()],
    history: s.history,
  };
}

/** The whole map if every record's details are already here (else null): in the canvas's order. */
export function loadedWholeDocument(): MapDocument | null {
  const slim = currentDocument(useDocumentStore.getState());
  const details = useDetailsStore.getState();
  if (!slim || !details.allActors || !details.allTies) return null;
  const actors: Actor[] = [];
  const ties: Tie[] = [];
  for (const a of slim.actors) {
    const whole = details.actors.get(a.id);
    if (!whole) return null;
    actors.push(whole);
  }
  for (const t of slim.ties) {
    const whole = details.ties.get(t.id);
    if (!whole) return null;
    ties.push(whole);
  }
  return { ...slim, actors, ties };
}

/** The whole map, fetching the details first if need be; null when no map is open. Throws a sentence if it cannot. */
export async function wholeDocument(): Promise<MapDocument | null> {
  if (!useDocumentStore.getState().info) return null;
  await requestEverything();
  const doc = loadedWholeDocument();
  if (doc) return doc;
  const why = useDetailsStore.getState().failed;
  throw new Error(`The map's details could not be read from its file${why ? ` (${why})` : ''}. Try again.`);
}
