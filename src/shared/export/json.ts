// Writes the whole map as JSON, stamped `{ type: 'caremap', version }` so a later Caremap can read older files
// through one upgrade step. The file's path and the undo history stay out: they are this computer's, not the map's.
import type { MapDocument } from '../domain';
import type { ExportStamp } from './about-sheet';

export const JSON_EXPORT_VERSION = 1;

export function mapToJson(doc: MapDocument, stamp: ExportStamp): string {
  const { info, kinds, tieTypes, tieStatuses, careOffers, customFields, actors, ties } = doc;
  const file = {
    type: 'caremap',
    version: JSON_EXPORT_VERSION,
    exportedOn: stamp.exportedOn,
    exportedBy: `Caremap ${stamp.appVersion}`,
    anonymised: stamp.anonymised,
    map: { name: info.name, createdAt: info.createdAt, schemaVersion: info.schemaVersion },
    kinds,
    tieTypes,
    tieStatuses,
    careOffers,
    customFields,
    actors,
    ties,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
