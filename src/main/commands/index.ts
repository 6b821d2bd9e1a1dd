// Every edit Caremap can make to a map, each one transaction with its undo step.
export { createActor, DEFAULT_ACTOR_NAME } from './create-actor';
export { renameActor } from './rename-actor';
export { setActorKind } from './set-actor-kind';
export { updateActors } from './update-actors';
export { moveActors } from './move-actors';
export { pasteActors } from './paste-actors';
export { createTie } from './create-tie';
export { updateTies } from './update-ties';
export { deleteElements } from './delete-elements';
export { forgetPerson } from './forget-person';
export { undo, redo } from './undo-redo';
export { createKind, updateKind, mergeKinds, deleteKind } from './kind-commands';
export { createTieType, updateTieType, deleteTieType } from './tie-type-commands';
export { createTieStatus, updateTieStatus, deleteTieStatus } from './tie-status-commands';
export { createCareOffer, updateCareOffer, deleteCareOffer } from './care-offer-commands';
export { createCustomField, updateCustomField, deleteCustomField } from './custom-field-commands';
export { currentState, saveSnapshot, restoreSnapshot } from './snapshot-commands';
