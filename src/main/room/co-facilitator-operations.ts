// Which of the full app's operations a co-facilitator's device may call over the room's network, and why.
// A Record over every operation, so a new operation is a type error here until someone decides (refused by default
// is not possible to forget).
import type { OperationName } from '../../shared/api';

/**
 * Allowed: reading the map and editing it (every edit is a transaction, published to every view and undoable).
 * Refused: anything that reaches the laptop's files or other maps (open, new, browse, dialogs, save copies, export,
 * import), that cannot be undone (forget a person, delete or rename snapshots), that replaces the whole map at once
 * (restore a snapshot: the facilitator's call), that changes the facilitator's report, and sharing itself.
 */
const DECISIONS: Record<OperationName, boolean> = {
  'app.info': true,
  'map.current': true,
  // The full editing view's inspector and table: a co-facilitator edits whole records, as the facilitator does.
  'records.details': true,
  'map.new': false,
  'map.open': false,
  'map.saveCopyAs': false,
  'map.recent': false,
  'map.browse': false,
  'dialog.chooseMapToOpen': false,
  'dialog.chooseNewMapPath': false,
  'actors.create': true,
  'actors.rename': true,
  'actors.setKind': true,
  'actors.update': true,
  'actors.move': true,
  'actors.paste': true,
  'ties.create': true,
  'ties.update': true,
  'elements.delete': true,
  'history.undo': true,
  'history.redo': true,
  'kinds.create': true,
  'kinds.update': true,
  'kinds.merge': true,
  'kinds.delete': true,
  'tieTypes.create': true,
  'tieTypes.update': true,
  'tieTypes.delete': true,
  'tieStatuses.create': true,
  'tieStatuses.update': true,
  'tieStatuses.delete': true,
  'careOffers.create': true,
  'careOffers.update': true,
  'careOffers.delete': true,
  'customFields.create': true,
  'customFields.update': true,
  'customFields.delete': true,
  'export.data': false,
  'files.saveAs': false,
  'snapshots.list': true,
  'snapshots.save': true,
  'snapshots.open': true,
  'snapshots.rename': false,
  'snapshots.delete': false,
  'snapshots.restore': false,
  'sessionPrompts.get': true,
  'sessionPrompts.set': false,
  'import.read': false,
  'import.preview': false,
  'import.commit': false,
  'import.prepare': false,
  'import.discard': false,
  'history.recent': true,
  'actors.forget': false,
  'map.saveShareCopy': false,
  'report.get': true,
  'report.save': false,
  'report.clear': false,
  'share.interfaces': false,
  'share.start': false,
  'share.state': false,
  'share.setMode': false,
  'share.setRole': false,
  'share.remove': false,
  'share.newCode': false,
  'share.setShowPeopleNames': false,
  'share.stop': false,
};

export const CO_FACILITATOR_OPERATIONS: readonly OperationName[] = (Object.keys(DECISIONS) as OperationName[]).filter(
  (name) => DECISIONS[name],
);

export function coFacilitatorMay(name: string): name is OperationName {
  return Object.hasOwn(DECISIONS, name) && DECISIONS[name as OperationName];
}
