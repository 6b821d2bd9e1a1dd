// Handlers for edits to actors and ties, and undo/redo: each one a command on the open map.
import type { Handlers } from '../../shared/api';
import {
  createActor,
  createTie,
  deleteElements,
  moveActors,
  pasteActors,
  redo,
  renameActor,
  setActorKind,
  undo,
  updateActors,
  updateTies,
} from '../commands';
import type { MapSession } from './map-session';

type EditOperation =
  | 'actors.create'
  | 'actors.rename'
  | 'actors.setKind'
  | 'actors.update'
  | 'actors.move'
  | 'actors.paste'
  | 'ties.create'
  | 'ties.update'
  | 'elements.delete'
  | 'history.undo'
  | 'history.redo';

export function editHandlers(session: MapSession): Pick<Handlers, EditOperation> {
  return {
    'actors.create': (input) => createActor(session.require(), input),
    'actors.rename': (input) => renameActor(session.require(), input),
    'actors.setKind': (input) => setActorKind(session.require(), input),
    'actors.update': (input) => updateActors(session.require(), input),
    'actors.move': (input) => moveActors(session.require(), input),
    'actors.paste': (input) => pasteActors(session.require(), input),
    'ties.create': (input) => createTie(session.require(), input),
    'ties.update': (input) => updateTies(session.require(), input),
    'elements.delete': (input) => deleteElements(session.require(), input),
    'history.undo': () => undo(session.require()),
    'history.redo': () => redo(session.require()),
  };
}
