// The About sheet: what the workbook is, when it was made, what it holds, and how to read it — for a partner
// who opens the file without Caremap.
import { EVERYONE_DROPS, PERSON_DROPS, PERSON_KEEPS } from '../anonymise';
import type { MapDocument } from '../domain';
import { MULTI_VALUE_SEPARATOR, SHEETS } from '../spreadsheet-columns';
import type { Row } from './spreadsheet-rows';

export interface ExportStamp {
  /** The day of the export, YYYY-MM-DD. */
  exportedOn: string;
  anonymised: boolean;
  appVersion: string;
}

export function aboutRows(doc: MapDocument, stamp: ExportStamp): Row[] {
  return [
    ['Map', doc.info.name],
    ['Exported on', stamp.exportedOn],
    ['Exported by', `Caremap ${stamp.appVersion}`],
    ['Actors', doc.actors.length],
    ['Ties', doc.ties.length],
    [
      'Anonymised',
      stamp.anonymised ? 'Yes: people are shown as “Person 1, 2…”; organisations keep their details' : 'No',
    ],
    ...(stamp.anonymised
      ? [
          ['Kept for each person', PERSON_KEEPS.join('; ')],
          ['Left out for each person', PERSON_DROPS.join('; ')],
          ['Left out for everyone', EVERYONE_DROPS.join('; ')],
        ]
      : []),
    [],
    ['How to read this workbook'],
    [SHEETS.actors, 'One row per actor (a person, group or organisation). Your own fields are the last columns.'],
    [SHEETS.ties, 'One row per tie between two actors, named in From and To.'],
    [
      'Several values',
      `A cell with several values (tags, care offers, care modes) separates them with “${MULTI_VALUE_SEPARATOR}”.`,
    ],
    ['Direction', '“directed” goes From → To; “mutual” goes both ways; “undirected” has no direction.'],
    ['X and Y', 'Where the actor sits on the map, so importing this file puts everyone back in place.'],
    [SHEETS.kinds, 'The kinds of actor, with the colour and shape they have on the map.'],
    [SHEETS.tieTypes, 'The types of tie and their colours.'],
    [SHEETS.tieStatuses, 'How active a tie is, and the line it is drawn with.'],
    [SHEETS.careOffers, 'The kinds of care actors offer.'],
    [SHEETS.fields, 'The fields this map added to every actor, and their types.'],
    ['Re-importing', 'Caremap can import this workbook into a new map (File ▸ Import).'],
  ];
}
