// "Save a copy to share": a new map file built from the map as it is now (anonymised if asked), with no undo
// history, no snapshots and no free pages, because it is written fresh rather than copied page by page.
import { resolve } from 'node:path';
import { anonymiseDocument } from '../../shared/anonymise';
import { CaremapError } from '../../shared/errors';
import { writeNewMapFile } from './create-map-file';
import type { MapStore } from './map-store';
import type { MapStoreOptions } from './open-map-file';

export function writeShareCopy(
  store: MapStore,
  target: string,
  anonymise: boolean,
  options: MapStoreOptions = {},
): void {
  const path = resolve(target);
  if (path === resolve(store.path)) {
    throw new CaremapError(
      'invalid-input',
      'That is the map you have open. Choose another name for the copy to share.',
      { file: path },
    );
  }
  const current = store.document();
  const doc = anonymise ? anonymiseDocument(current) : current;
  const { kinds, tieTypes, tieStatuses, careOffers, customFields, actors, ties } = doc;
  writeNewMapFile(
    path,
    { name: doc.info.name, kinds, tieTypes, tieStatuses, careOffers, customFields, actors, ties },
    options,
  );
}
