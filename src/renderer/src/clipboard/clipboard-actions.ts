// Copy, cut, paste and duplicate actors with the ties among them. The clipboard is this window's session state
// (never the system clipboard: people's contact details and notes must not land where any program can read them),
// so it survives opening another map and pastes there.
import { create } from 'zustand';
import type { ActorId } from '../../../shared/domain';
import { api } from '../api/client';
import { pastePoint } from '../canvas/paste-point';
import { deleteSelection, runEdit } from '../state/edits';
import { selection } from '../state/flow-store';
import { announce, showError, showNotice } from '../state/session-store';
import { copyOf, placedAt, type ClipboardContent } from './clipboard-content';

export const useClipboardStore = create<{ content: ClipboardContent | null }>()(() => ({ content: null }));

/** How far a duplicate sits from its original (map units): beside it, clearly a second one. */
const DUPLICATE_OFFSET = 60;

const actorsWord = (n: number) => `${n} actor${n === 1 ? '' : 's'}`;

/** The content to copy, or null with the reason shown (nothing chosen, or their details could not be read). */
async function contentOf(ids: readonly ActorId[]): Promise<ClipboardContent | null | 'failed'> {
  try {
    return await copyOf(ids);
  } catch (error) {
    showError(error instanceof Error ? error.message : String(error));
    return 'failed';
  }
}

export async function copySelection(ids: readonly ActorId[] = selection().actorIds): Promise<boolean> {
  const content = await contentOf(ids);
  if (content === 'failed') return false;
  if (!content) {
    showError('Choose the actors to copy first (click one, or Shift+drag around several).');
    return false;
  }
  useClipboardStore.setState({ content });
  const ties = content.ties.length;
  announce(
    `Copied ${actorsWord(content.actors.length)}${ties ? ` and ${ties} tie${ties === 1 ? '' : 's'} among them` : ''}. Paste with Ctrl+V, here or in another map.`,
  );
  return true;
}

export async function cutSelection(): Promise<void> {
  if (await copySelection()) await deleteSelection();
}

async function pasteContent(content: ClipboardContent, verb: string): Promise<void> {
  const result = await runEdit(() => api['actors.paste'](content), { selectNew: true });
  if (!result) return;
  announce(`${verb} ${actorsWord(result.changes.actorsPut.length)}.`);
  const told: string[] = [];
  if (result.renamed.length > 0) {
    const list = result.renamed.map((r) => `“${r.to}”`).join(', ');
    told.push(`Names already on the map got a number: ${list}.`);
  }
  told.push(...result.notes);
  if (told.length > 0) showNotice(told.join(' '));
}

/** Pastes under the pointer (or at `at`, a right-click's spot), else in the middle of the view. */
export async function paste(at?: { x: number; y: number }): Promise<void> {
  const content = useClipboardStore.getState().content;
  if (!content) return showError('Nothing has been copied yet. Choose actors and press Ctrl+C (Cmd+C on a Mac) first.');
  const where = at ?? pastePoint();
  await pasteContent(where ? besideOriginals(placedAt(content, where), content) : content, 'Pasted');
}

/** Pasted where the copies already stand (the pointer still on them), they would hide them: set them beside instead. */
function besideOriginals(placed: ClipboardContent, copied: ClipboardContent): ClipboardContent {
  const a = placed.actors[0]!;
  const b = copied.actors[0]!;
  if (Math.abs(a.x - b.x) >= DUPLICATE_OFFSET / 2 || Math.abs(a.y - b.y) >= DUPLICATE_OFFSET / 2) return placed;
  return {
    ...placed,
    actors: placed.actors.map((p) => ({ ...p, x: p.x + DUPLICATE_OFFSET, y: p.y + DUPLICATE_OFFSET })),
  };
}

export async function duplicateSelection(ids: readonly ActorId[] = selection().actorIds): Promise<void> {
  const content = await contentOf(ids);
  if (content === 'failed') return;
  if (!content) return showError('Choose the actors to duplicate first (click one, or Shift+drag around several).');
  const moved = {
    ...content,
    actors: content.actors.map((a) => ({ ...a, x: a.x + DUPLICATE_OFFSET, y: a.y + DUPLICATE_OFFSET })),
  };
  await pasteContent(moved, 'Duplicated');
}
