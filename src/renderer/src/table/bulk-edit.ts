// The bulk bar's edits: one actors.update or ties.update for all the selected rows, so one undo step.
import type { ActorId, TieId } from '../../../shared/domain';
import { describeError } from '../state/describe-error';
import { updateActors, updateTies, type ActorPatchRequest, type TiePatchRequest } from '../state/detail-edits';
import { showError } from '../state/session-store';

export async function bulkUpdateActors(ids: readonly ActorId[], patch: ActorPatchRequest): Promise<void> {
  if (ids.length === 0) return;
  await updateActors(ids, patch).catch((error: unknown) => showError(describeError(error)));
}

export async function bulkUpdateTies(ids: readonly TieId[], patch: TiePatchRequest): Promise<void> {
  if (ids.length === 0) return;
  await updateTies(ids, patch).catch((error: unknown) => showError(describeError(error)));
}
