// Keyboard shortcuts for the whole window: undo/redo, delete the selection, F2 to rename, Ctrl+0 to fit the map.
// Never while typing.
import { useEffect } from 'react';
import { deleteSelection, redo, undo } from '../state/edits';
import { selection } from '../state/flow-store';
import { requestFitView, startRenaming, useSessionStore } from '../state/session-store';
import { isTypingTarget } from './is-typing';

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || isTypingTarget(event.target)) return;
  if (useSessionStore.getState().phase !== 'ready' || useSessionStore.getState().dialog) return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (mod && key === 'z' && !event.altKey) {
    event.preventDefault();
    void (event.shiftKey ? redo() : undo());
  } else if (mod && key === 'y' && !event.shiftKey && !event.altKey) {
    event.preventDefault();
    void redo();
  } else if (mod && event.key === '0' && !event.shiftKey && !event.altKey) {
    // The menu shows Ctrl+0 without registering it, so it works the same in browser mode (instead of the page zoom).
    event.preventDefault();
    requestFitView();
  } else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod) {
    event.preventDefault();
    void deleteSelection();
  } else if (event.key === 'F2') {
    const { actorIds } = selection();
    if (actorIds.length !== 1) return;
    event.preventDefault();
    startRenaming(actorIds[0]!);
  }
}

export function useShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
