// Keyboard shortcuts for the whole window: undo/redo, delete the selection, F2 to rename, Ctrl+0 to fit the map,
// copy/cut/paste/duplicate actors. Never while typing.
import { useEffect } from 'react';
import { deleteSelection, redo, undo } from '../state/edits';
import { selection } from '../state/flow-store';
import { requestFitView, startRenaming, useSessionStore } from '../state/session-store';
import { isTypingTarget } from './is-typing';
import { openFromKeyboard } from '../context-menu/open-menu';
import { copySelection, cutSelection, duplicateSelection, paste } from '../clipboard/clipboard-actions';

/** Ctrl/Cmd + these letters act on the chosen actors (the edit queue refuses them on a snapshot on show). */
const CLIPBOARD_KEYS: Record<string, () => unknown> = {
  c: () => copySelection(),
  x: () => cutSelection(),
  v: () => paste(),
  d: () => duplicateSelection(),
};

function clipboardKey(event: KeyboardEvent, key: string): boolean {
  const action = CLIPBOARD_KEYS[key];
  if (!action || event.shiftKey || event.altKey) return false;
  // Copying text the page shows (a name in the details panel, say) stays the browser's own Ctrl+C.
  if (key === 'c' && (window.getSelection()?.toString() ?? '') !== '') return false;
  event.preventDefault();
  void action();
  return true;
}

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
  } else if (mod && clipboardKey(event, key)) {
    return;
  } else if ((event.key === 'Delete' || event.key === 'Backspace') && !mod) {
    event.preventDefault();
    void deleteSelection();
  } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey && !mod)) {
    if (openFromKeyboard(document.activeElement)) event.preventDefault();
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
