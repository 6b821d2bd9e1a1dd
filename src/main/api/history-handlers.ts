// Handlers for the map's history (snapshots: save, list, open, rename, delete, restore), the guided session's prompts
// and the edited report kept in the map.
import type { Handlers } from '../../shared/api';
import { restoreSnapshot, saveSnapshot } from '../commands';
import type { MapSession } from './map-session';

type HistoryOperation = Extract<keyof Handlers, `${'snapshots' | 'sessionPrompts' | 'report'}.${string}`>;

export function historyHandlers(session: MapSession): Pick<Handlers, HistoryOperation> {
  return {
    'snapshots.list': () => session.require().snapshots.list(),
    'snapshots.save': (input) => saveSnapshot(session.require(), input),
    'snapshots.open': (input) => session.require().snapshots.get(input.id),
    'snapshots.rename': (input) => session.require().snapshots.rename(input.id, input.name),
    'snapshots.delete': (input) => {
      const { snapshots } = session.require();
      snapshots.delete(input.id);
      return snapshots.list();
    },
    'snapshots.restore': (input) => restoreSnapshot(session.require(), input),
    'sessionPrompts.get': () => session.require().sessionPrompts.all(),
    'sessionPrompts.set': (input) => {
      const { sessionPrompts } = session.require();
      sessionPrompts.set(input.step, input.text);
      return sessionPrompts.all();
    },
    'report.get': () => session.require().report.get(),
    'report.save': (input) => session.require().report.set(input.sections, input.figures),
    'report.clear': () => {
      session.require().report.clear();
      return { cleared: true } as const;
    },
  };
}
