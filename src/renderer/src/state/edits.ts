// Every edit the canvas can ask for: call the API, then apply exactly the ChangeSet that comes back.
import { api } from '../api/client';
import { scopedEditBase, withEditBase } from '../api/edit-base';
import type { ActorId, EditResult, KindId, TieId } from '../../../shared/domain';
import { useDocumentStore } from './document-store';
import { restorePositions, selection } from './flow-store';
import { applyOwnResult, elsewhereReason } from './live-view';
import { announce, showError, showNotice, startRenaming } from './session-store';
import { describeError } from './describe-error';
import { readOnlyReason } from './history-store';
import { newActorExtras, newTieExtras, noteAdded } from './guided-store';
import { CaremapError } from '../../../shared/errors';
import { plural } from '../../../shared/wording';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs edits one after another, so their results are applied in the order they were asked for
 * (a quick Ctrl+Z after a drag must undo that drag, not race it).
 */
function queued<R extends EditResult>(call: () => Promise<R>, selectNew: boolean): Promise<R> {
  // A snapshot or a comparison on the canvas is the past: refuse here, before the map is touched.
  const readOnly = readOnlyReason();
  if (readOnly) return Promise.reject(new CaremapError('invalid-input', readOnly));
  // Another window switched the map: this view shows one that is no longer open, so it must not edit (main would refuse too).
  if (elsewhereReason()) {
    return Promise.reject(
      new CaremapError(
        'map-changed',
        'Not changed: this window shows a map that is no longer open. Choose “Show it” at the top to follow.',
      ),
    );
  }
  // Read now, while the field that began this edit still scopes it; sent with the call once the queue reaches it.
  const base = scopedEditBase();
  const run = queue.then(async () => {
    const result = await withEditBase(base, call);
    // In sequence with what other views did (the change stream), exactly once.
    applyOwnResult(result, selectNew);
    return result;
  });
  queue = run.catch(() => null);
  return run;
}

/** Runs an edit in the queue; a refusal is shown as a toast and answers null. */
export function runEdit<R extends EditResult>(
  call: () => Promise<R>,
  options: { selectNew?: boolean } = {},
): Promise<R | null> {
  return queued(call, options.selectNew ?? false).catch((error: unknown) => {
    showError(describeError(error));
    return null;
  });
}

/** The same queue for forms (inspector, taxonomy editor) that show a refusal beside its field: the caller catches it. */
export function runFieldEdit(call: () => Promise<EditResult>): Promise<EditResult> {
  return queued(call, false);
}

/** False when the server found nothing to change (the value was already so), and recorded no undo step. */
export function changedSomething({ changes }: EditResult): boolean {
  return (
    changes.actorsPut.length + changes.actorsDeleted.length + changes.tiesPut.length + changes.tiesDeleted.length > 0 ||
    !!changes.taxonomy
  );
}

export async function createActor(
  kindId: KindId,
  at: { x: number; y: number },
  name = 'New actor',
  rename = true,
): Promise<void> {
  const result = await runEdit(() => api['actors.create']({ name, kindId, x: at.x, y: at.y, ...newActorExtras() }), {
    selectNew: true,
  });
  const created = result?.changes.actorsPut[0];
  if (!created) return;
  noteAdded([created.id], []);
  const kind = useDocumentStore.getState().kindsById.get(created.kindId);
  announce(`Added ${created.name}${kind ? `, ${kind.name}` : ''}.`);
  if (rename) {
    namingNew = created.id;
    startRenaming(created.id);
  }
}

/** The actor a palette drop just added, until its name is typed: that name joins the add as one undo step. */
let namingNew: ActorId | null = null;

export async function renameActor(id: ActorId, name: string): Promise<void> {
  const joinsAdd = namingNew === id;
  namingNew = null;
  const result = await runEdit(() => api['actors.rename'](joinsAdd ? { id, name, namingNew: true } : { id, name }));
  if (result) announce(`Renamed to ${result.changes.actorsPut[0]?.name ?? name}.`);
}

/** `nudge`: the arrow-key burst these moves belong to; the server merges a burst's moves into one undo step. */
export async function moveActors(moves: { id: ActorId; x: number; y: number }[], nudge?: string): Promise<void> {
  if (moves.length === 0) return;
  const result = await runEdit(() => api['actors.move'](nudge ? { moves, nudge } : { moves }));
  if (result) announce(`Moved ${plural(moves.length, 'actor')}.`);
  else restorePositions(moves.map((m) => m.id));
}

/** True once the tie is drawn; false (with the reason shown) if it was refused. */
/** The new tie's id, or null if none was made. */
export async function createTie(fromId: ActorId, toId: ActorId): Promise<TieId | null> {
  if (fromId === toId) return null;
  const result = await runEdit(() => api['ties.create']({ fromId, toId, ...newTieExtras() }));
  if (!result) return null;
  noteAdded(
    [],
    result.changes.tiesPut.map((t) => t.id),
  );
  const { actors } = useDocumentStore.getState();
  announce(`Tied ${actors.get(fromId)?.name ?? 'an actor'} to ${actors.get(toId)?.name ?? 'an actor'}.`);
  return result.changes.tiesPut[0]?.id ?? null;
}

export async function deleteSelection(): Promise<void> {
  const { actorIds, tieIds } = selection();
  if (actorIds.length + tieIds.length === 0) return;
  const result = await runEdit(() => api['elements.delete']({ actorIds, tieIds }));
  if (!result) return;
  const parts = [];
  if (result.changes.actorsDeleted.length) parts.push(plural(result.changes.actorsDeleted.length, 'actor'));
  if (result.changes.tiesDeleted.length) parts.push(plural(result.changes.tiesDeleted.length, 'tie'));
  announce(`Deleted ${parts.join(' and ') || 'the selection'}. Undo brings them back.`);
}

/** Edits still gathering (arrow-key moves wait for the burst to end): sent before an undo or redo, so it takes them back. */
const pendingFlushes: (() => void)[] = [];
export function flushBeforeHistoryStep(flush: () => void): void {
  pendingFlushes.push(flush);
}

export async function undo(): Promise<void> {
  if (readOnlyReason()) return showError(readOnlyReason()!);
  for (const flush of pendingFlushes) flush();
  const label = useDocumentStore.getState().history.undoLabel;
  if (!useDocumentStore.getState().history.canUndo) return announce('Nothing to undo.');
  const result = await runEdit(() => api['history.undo']({}));
  // Part of the step was left as someone else changed it since: say so where it is seen, not only to screen readers.
  if (result?.note) showNotice(result.note);
  else if (result) announce(label ? `Undone: ${stripVerb(label, 'Undo')}.` : 'Undone.');
}

export async function redo(): Promise<void> {
  if (readOnlyReason()) return showError(readOnlyReason()!);
  for (const flush of pendingFlushes) flush();
  const label = useDocumentStore.getState().history.redoLabel;
  if (!useDocumentStore.getState().history.canRedo) return announce('Nothing to redo.');
  const result = await runEdit(() => api['history.redo']({}));
  if (result?.note) showNotice(result.note);
  else if (result) announce(label ? `Redone: ${stripVerb(label, 'Redo')}.` : 'Redone.');
}

/** History labels may or may not start with "Undo"/"Redo"; the UI adds the verb itself. */
export function stripVerb(label: string, verb: string): string {
  return label.startsWith(`${verb} `) ? label.slice(verb.length + 1) : label;
}
