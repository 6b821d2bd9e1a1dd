// What Forget this person and Save a copy to share do from the renderer: call the API and apply what came back.
import { api } from '../api/client';
import type { ActorId } from '../../../shared/domain';
import { runFieldEdit } from '../state/edits';
import { announce } from '../state/session-store';
import { refreshSnapshots } from '../history/history-actions';

/** Throws the server's refusal, for the confirmation panel to show beside its button. */
export async function forgetPerson(id: ActorId, name: string): Promise<void> {
  await runFieldEdit(() => api['actors.forget']({ id }));
  // Snapshots changed too (their copies of this person are gone); the History panel's counts follow.
  await refreshSnapshots();
  announce(`Forgot ${name}: they are gone from the map, its undo history and every snapshot.`);
}

export async function saveShareCopy(path: string, anonymise: boolean): Promise<void> {
  const result = await api['map.saveShareCopy']({ path, anonymise });
  announce(
    `Saved a copy to share as ${result.path}${anonymise ? ', with people anonymised' : ''}. You are still working on the original.`,
  );
}
