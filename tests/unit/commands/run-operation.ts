// Test helper: runs an edit the way a transport does (parse at the boundary, then the command), on a store directly.
import { expect } from 'vitest';
import type { Input, OperationName, Request } from '../../../src/shared/api';
import type { EditResult } from '../../../src/shared/domain';
import { CaremapError } from '../../../src/shared/errors';
import { parseRequest } from '../../../src/shared/validate';
import * as commands from '../../../src/main/commands';
import type { MapStore } from '../../../src/main/store';

type Command<K extends OperationName> = (store: MapStore, input: Input<K>) => EditResult;

const COMMANDS = {
  'actors.create': commands.createActor,
  'actors.update': commands.updateActors,
  'ties.create': commands.createTie,
  'ties.update': commands.updateTies,
  'kinds.create': commands.createKind,
  'kinds.update': commands.updateKind,
  'kinds.merge': commands.mergeKinds,
  'kinds.delete': commands.deleteKind,
  'tieTypes.create': commands.createTieType,
  'tieTypes.update': commands.updateTieType,
  'tieTypes.delete': commands.deleteTieType,
  'tieStatuses.create': commands.createTieStatus,
  'tieStatuses.update': commands.updateTieStatus,
  'tieStatuses.delete': commands.deleteTieStatus,
  'careOffers.create': commands.createCareOffer,
  'careOffers.update': commands.updateCareOffer,
  'careOffers.delete': commands.deleteCareOffer,
  'customFields.create': commands.createCustomField,
  'customFields.update': commands.updateCustomField,
  'customFields.delete': commands.deleteCustomField,
} satisfies { [K in OperationName]?: Command<K> };

export type EditOperation = keyof typeof COMMANDS;

export function run<K extends EditOperation>(store: MapStore, name: K, request: Request<K>): EditResult {
  const command = COMMANDS[name] as Command<K>;
  return command(store, parseRequest(name, request));
}

/** Runs a request that must be refused; returns the error, and checks the map and its history did not change. */
export function refusal(store: MapStore, name: EditOperation, request: unknown): CaremapError {
  const before = snapshot(store);
  let caught: unknown;
  try {
    run(store, name, request as never);
  } catch (error) {
    caught = error;
  }
  if (!(caught instanceof CaremapError))
    throw new Error(`${name} was not refused with a CaremapError: ${String(caught)}`);
  expect(snapshot(store)).toEqual(before);
  return caught;
}

/** The whole document except its file info: records, taxonomy and history. */
export function snapshot(store: MapStore) {
  const { info: _info, ...rest } = store.document();
  return rest;
}

/** Runs `edit`, then checks undo returns exactly to the state before and redo to the state after. */
export function expectUndoable(store: MapStore, edit: () => void): void {
  const records = () => {
    const { history: _history, ...rest } = snapshot(store);
    return rest;
  };
  const before = records();
  edit();
  const after = records();
  expect(after).not.toEqual(before);
  commands.undo(store);
  expect(records()).toEqual(before);
  commands.redo(store);
  expect(records()).toEqual(after);
}
