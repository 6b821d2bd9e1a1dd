// Every edit Caremap can make to a map, each one transaction with its undo step.
export { createActor, DEFAULT_ACTOR_NAME } from './create-actor';
export { renameActor } from './rename-actor';
export { setActorKind } from './set-actor-kind';
export { moveActors } from './move-actors';
export { createTie } from './create-tie';
export { deleteElements } from './delete-elements';
export { undo, redo } from './undo-redo';
