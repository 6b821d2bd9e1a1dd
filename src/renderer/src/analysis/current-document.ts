// The open map as one MapDocument, rebuilt from the document store, to hand to the analysis worker.
import type { MapDocument } from '../../../shared/domain';
import type { DocumentState } from '../state/document-store';

export function currentDocument(s: DocumentState): MapDocument | null {
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
