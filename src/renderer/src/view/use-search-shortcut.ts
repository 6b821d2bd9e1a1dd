// Ctrl/Cmd+F opens the map's search box instead of the browser's find bar.
import { useEffect } from 'react';
import { openSearch } from '../state/search-store';
import { useSessionStore } from '../state/session-store';

function onKeyDown(event: KeyboardEvent): void {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 'f') return;
  const { phase, dialog } = useSessionStore.getState();
  if (phase !== 'ready' || dialog) return;
  event.preventDefault();
  openSearch();
}

export function useSearchShortcut(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
