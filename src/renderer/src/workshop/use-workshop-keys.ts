// F5 enters and leaves workshop mode, Esc leaves it (unless a menu, dialog or rename field used the Esc first).
import { useEffect } from 'react';
import { useSessionStore } from '../state/session-store';
import { isTypingTarget } from '../hooks/is-typing';
import { leaveWorkshop, onFullscreenChange, toggleWorkshop, useWorkshopStore } from './workshop-store';

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || useSessionStore.getState().phase !== 'ready' || useSessionStore.getState().dialog)
    return;
  if (event.key === 'F5' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) {
    // F5 would reload the page; here it is the workshop key, so the facilitator never reloads by accident.
    event.preventDefault();
    toggleWorkshop();
  } else if (event.key === 'Escape' && useWorkshopStore.getState().on) {
    // The workshop's own quick-add field passes Esc on when it is empty (see WorkshopQuickAdd).
    const target = event.target as HTMLElement | null;
    if (isTypingTarget(target) && !target?.closest('[data-workshop-leaves-on-escape]')) return;
    event.preventDefault();
    leaveWorkshop();
  }
}

export function useWorkshopKeys(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullscreenChange);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullscreenChange);
    };
  }, []);
}
