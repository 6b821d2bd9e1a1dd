// The names of the API's operations and the IPC channels, free of zod so the sandboxed preload can carry them.

export const OPERATION_NAMES = [
  'app.info',
  'map.current',
  'map.new',
  'map.open',
  'map.saveCopyAs',
  'map.recent',
  'map.browse',
  'dialog.chooseMapToOpen',
  'dialog.chooseNewMapPath',
  'actors.create',
  'actors.rename',
  'actors.setKind',
  'actors.update',
  'actors.move',
  'actors.paste',
  'ties.create',
  'ties.update',
  'elements.delete',
  'history.undo',
  'history.redo',
  'kinds.create',
  'kinds.update',
  'kinds.merge',
  'kinds.delete',
  'tieTypes.create',
  'tieTypes.update',
  'tieTypes.delete',
  'tieStatuses.create',
  'tieStatuses.update',
  'tieStatuses.delete',
  'careOffers.create',
  'careOffers.update',
  'careOffers.delete',
  'customFields.create',
  'customFields.update',
  'customFields.delete',
  'export.data',
  'files.saveAs',
  'snapshots.list',
  'snapshots.save',
  'snapshots.open',
  'snapshots.rename',
  'snapshots.delete',
  'snapshots.restore',
  'sessionPrompts.get',
  'sessionPrompts.set',
  'import.read',
  'import.preview',
  'import.commit',
  'import.prepare',
  'import.discard',
  'history.recent',
  'actors.forget',
  'map.saveShareCopy',
  'report.get',
  'report.save',
  'report.clear',
  'share.interfaces',
  'share.start',
  'share.state',
  'share.setMode',
  'share.setRole',
  'share.remove',
  'share.newCode',
  'share.setShowPeopleNames',
  'share.stop',
  'records.details',
] as const;

export type OperationName = (typeof OPERATION_NAMES)[number];

const NAMES: ReadonlySet<string> = new Set(OPERATION_NAMES);

export function isOperationName(name: unknown): name is OperationName {
  return typeof name === 'string' && NAMES.has(name);
}

/** The IPC channel used by the preload; one channel name, one place. */
export const IPC_CHANNEL = 'caremap:call';
export const IPC_EVENT_CHANNEL = 'caremap:event';
