// Keeps every open view in step with the file: publishes each committed edit and map switch on the change stream,
// and refuses a call from a view that believes another map is open.
import type { Handlers, OperationName, Output } from '../../shared/api';
import type { EditResult, LiveMark } from '../../shared/domain';
import { CaremapError } from '../../shared/errors';
import type { CallMeta } from '../../shared/live-map';
import { currentCallMeta } from './call-context';
import type { ChangeStream } from './change-stream';
import type { MapSession } from './map-session';

/** Operations whose answer is an EditResult: every one is a committed edit that views must hear about. */
type EditOperation = { [K in OperationName]: Output<K> extends EditResult ? K : never }[OperationName];

// A Record, so a new edit operation is a type error here until it is listed (and so published).
const EDIT_OPERATIONS: Record<EditOperation, true> = {
  'actors.create': true,
  'actors.rename': true,
  'actors.setKind': true,
  'actors.update': true,
  'actors.move': true,
  'actors.paste': true,
  'actors.forget': true,
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
  'snapshots.restore': true,
  'import.commit': true,
};

/** Operations that do not act on the open map, so any view may call them whatever map it shows. */
const MAP_FREE: ReadonlySet<OperationName> = new Set<OperationName>([
  'app.info',
  'map.current',
  'map.new',
  'map.open',
  'map.recent',
  'map.browse',
  'dialog.chooseMapToOpen',
  'dialog.chooseNewMapPath',
  'files.saveAs',
]);

export function isEditOperation(name: string): name is EditOperation {
  return Object.hasOwn(EDIT_OPERATIONS, name);
}

export function isMapBound(name: OperationName): boolean {
  return !MAP_FREE.has(name);
}

function changedSomething({ changes }: EditResult): boolean {
  return (
    changes.actorsPut.length + changes.actorsDeleted.length + changes.tiesPut.length + changes.tiesDeleted.length > 0 ||
    !!changes.taxonomy
  );
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as Promise<unknown>).then === 'function';
}

type AnyHandler = (input: unknown) => unknown;

export interface InStep {
  handlers: Handlers;
  /** Tells every view the map was closed (Caremap is stopping). */
  closed(): void;
}

export function keepViewsInStep(handlers: Handlers, session: MapSession, stream: ChangeStream): InStep {
  // Names of maps opened during this run, so a stale view's refusal can say which map it was showing.
  const names = new Map<string, string>();
  const currentName = () => session.current()?.info().name ?? null;

  function refuseStaleView(meta: CallMeta): void {
    if (meta.mapId === undefined) return;
    const live = session.live();
    if (live?.mapId === meta.mapId) return;
    const was = names.get(meta.mapId);
    const wasText = was ? `“${was}”` : 'The map this window was showing';
    const now = currentName();
    throw new CaremapError(
      'map-changed',
      now
        ? `${wasText} was closed in another window or tab, and Caremap now has “${now}” open. Nothing was changed, so nothing went into “${now}” by mistake. Choose “Show it” to follow, or open ${was ? `“${was}”` : 'your map'} again.`
        : `${wasText} was closed in another window or tab. Nothing was changed. Open a map to carry on.`,
    );
  }

  function publishEdit(result: EditResult, meta: CallMeta): EditResult {
    if (!changedSomething(result)) return result;
    const store = session.require();
    // The map's version after this edit: a view that applies it can base its next edit on it (stale-edits.ts).
    const live: LiveMark = { ...session.nextSeq(), version: store.changeCount() };
    // Undo is per person: the stream carries the laptop's own history (its views are the facilitator's); a joined
    // device's own history comes in the answers to its own edits, the only thing that moves it.
    const history = meta.participant ? store.history.state(null) : result.history;
    stream.publish({
      name: 'map.changed',
      payload: { ...live, origin: meta.viewId ?? null, changes: result.changes, history },
    });
    return { ...result, live };
  }

  function publishSwitch(before: { mark: LiveMark; name: string } | null, meta: CallMeta): void {
    const live = session.live();
    if (live?.mapId === before?.mark.mapId) return;
    const info = session.current()?.info() ?? null;
    if (live && info) names.set(live.mapId, info.name);
    stream.publish({
      name: 'map.switched',
      payload: {
        mapId: live?.mapId ?? null,
        name: info?.name ?? null,
        path: info?.path ?? null,
        previous: before ? { mapId: before.mark.mapId, name: before.name } : null,
        origin: meta.viewId ?? null,
      },
    });
  }

  const wrapped: Record<string, AnyHandler> = {};
  for (const [name, handler] of Object.entries(handlers) as [OperationName, AnyHandler][]) {
    wrapped[name] = (input) => {
      const meta = currentCallMeta();
      if (isMapBound(name)) refuseStaleView(meta);
      const mark = session.live();
      const before = mark ? { mark, name: currentName() ?? '' } : null;
      if (before) names.set(before.mark.mapId, before.name);
      const after = (value: unknown): unknown => {
        if (isEditOperation(name)) return publishEdit(value as EditResult, meta);
        if (name === 'map.open' || name === 'map.new') publishSwitch(before, meta);
        return value;
      };
      const result = handler(input);
      return isPromise(result) ? result.then(after) : after(result);
    };
  }
  return {
    handlers: wrapped as unknown as Handlers,
    closed: () => {
      const mark = session.live();
      if (mark) publishSwitchClosed(stream, mark, currentName() ?? '');
    },
  };
}

function publishSwitchClosed(stream: ChangeStream, mark: LiveMark, name: string): void {
  stream.publish({
    name: 'map.switched',
    payload: { mapId: null, name: null, path: null, previous: { mapId: mark.mapId, name }, origin: null },
  });
}
