// Handlers for privacy: forget a person for good, and write a fresh copy of the open map to share.
import { resolve } from 'node:path';
import type { Handlers } from '../../shared/api';
import { forgetPerson } from '../commands';
import { writeShareCopy, type MapStoreOptions } from '../store';
import type { MapSession } from './map-session';

export function privacyHandlers(
  session: MapSession,
  storeOptions: MapStoreOptions,
): Pick<Handlers, 'actors.forget' | 'map.saveShareCopy'> {
  return {
    'actors.forget': (input) => forgetPerson(session.require(), input),
    'map.saveShareCopy': (input) => {
      const path = resolve(input.path);
      writeShareCopy(session.require(), path, input.anonymise, storeOptions);
      return { path };
    },
  };
}
