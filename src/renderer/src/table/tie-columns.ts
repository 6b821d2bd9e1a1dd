// The tie table's columns: their headings and the plain text of each cell, used to sort and to narrow rows.
import type { CanvasActor } from '../../../shared/canvas-records';
import type { ActorId, Tie, TieStatus, TieStatusId, TieType, TieTypeId } from '../../../shared/domain';
import { DIRECTION_WORDS, STRENGTH_WORDS } from '../inspector/words';

export const TIE_COLUMNS = [
  { key: 'from', heading: 'From' },
  { key: 'to', heading: 'To' },
  { key: 'type', heading: 'Type' },
  { key: 'direction', heading: 'Direction' },
  { key: 'strength', heading: 'Strength' },
  { key: 'status', heading: 'Status' },
  { key: 'since', heading: 'Since' },
] as const;
export type TieColumn = (typeof TIE_COLUMNS)[number]['key'];

/** What a tie row needs to name its ends, type and status; one object per change of those, so rows can memo on it. */
export interface TieLookups {
  actors: ReadonlyMap<ActorId, CanvasActor>;
  tieTypes: readonly TieType[];
  tieTypesById: ReadonlyMap<TieTypeId, TieType>;
  tieStatuses: readonly TieStatus[];
  tieStatusesById: ReadonlyMap<TieStatusId, TieStatus>;
}

export const actorName = (id: ActorId, lookups: TieLookups) => lookups.actors.get(id)?.name ?? '';

/** "Tie from Ada to Maple Street", the name the canvas gives the same tie. */
export const tieLabel = (tie: Tie, lookups: TieLookups) =>
  `tie from ${actorName(tie.fromId, lookups)} to ${actorName(tie.toId, lookups)}`;

export function tieCellText(tie: Tie, column: TieColumn, lookups: TieLookups): string {
  switch (column) {
    case 'from':
      return actorName(tie.fromId, lookups);
    case 'to':
      return actorName(tie.toId, lookups);
    case 'type':
      return tie.tieTypeId ? (lookups.tieTypesById.get(tie.tieTypeId)?.name ?? '') : '';
    case 'direction':
      return DIRECTION_WORDS[tie.direction];
    case 'strength':
      return STRENGTH_WORDS[tie.strength];
    case 'status':
      return tie.statusId ? (lookups.tieStatusesById.get(tie.statusId)?.name ?? '') : '';
    case 'since':
      return tie.since ?? '';
  }
}

export function tieRowText(tie: Tie, lookups: TieLookups): string {
  return TIE_COLUMNS.map((c) => tieCellText(tie, c.key, lookups)).join(' ');
}
