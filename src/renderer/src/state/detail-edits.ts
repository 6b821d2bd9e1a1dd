// The inspector's edits: one actors.update or ties.update per change, so each is one undo step.
// A refusal is thrown back to the field that asked, which shows it beside itself and reverts.
import { api } from '../api/client';
import type { Request } from '../../../shared/api';
import type { ActorId, TieId } from '../../../shared/domain';
import { changedSomething, runFieldEdit } from './edits';
import { announce } from './session-store';

export type ActorPatchRequest = Request<'actors.update'>['patch'];
export type TiePatchRequest = Request<'ties.update'>['patch'];

export async function updateActors(ids: readonly ActorId[], patch: ActorPatchRequest): Promise<void> {
  const result = await runFieldEdit(() => api['actors.update']({ ids: [...ids], patch }));
  if (changedSomething(result) && result.history.undoLabel) announce(`Saved: ${result.history.undoLabel}.`);
}

export async function updateTies(ids: readonly TieId[], patch: TiePatchRequest): Promise<void> {
  const result = await runFieldEdit(() => api['ties.update']({ ids: [...ids], patch }));
  if (changedSomething(result) && result.history.undoLabel) announce(`Saved: ${result.history.undoLabel}.`);
}
