// Handlers for workshop mode: reading the last few steps of the open map's undo history.
import type { Handlers } from '../../shared/api';
import type { MapSession } from './map-session';

export function workshopHandlers(session: MapSession): Pick<Handlers, 'history.recent'> {
  return {
    'history.recent': ({ limit }) => ({ labels: session.require().history.recentLabels(limit) }),
  };
}
