// The map's history across workshops: snapshot types, their default names, and the pure comparison of two states.
export type { MapState, Snapshot, SnapshotId, SnapshotInfo } from './types';
export { dayInWords, defaultSnapshotName } from './snapshot-name';
export {
  countChanges,
  diffMaps,
  type ActorChange,
  type ChangeKind,
  type KindCount,
  type MapDiff,
  type TieChange,
} from './diff';
export { compareView } from './compare-view';
