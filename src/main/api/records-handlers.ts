// Handler for the records' other fields, fetched when a panel needs them (see shared/canvas-records.ts).
import type { Handlers } from '../../shared/api';
import type { MapSession } from './map-session';

export function recordsHandlers(session: MapSession): Pick<Handlers, 'records.details'> {
  return {
    'records.details': (input) => {
      const store = session.require();
      const actors = input.allActors ? store.actors() : store.actorsByIds(input.actorIds ?? []);
      const ties = input.allTies ? store.ties() : store.tiesByIds(input.tieIds ?? []);
      return { actors, ties };
    },
  };
}
