// Closes an open menu when the pointer goes down anywhere outside it, as native menus do.
import { useEffect, useEffectEvent, type RefObject } from 'react';

export function useOutsidePointer(open: boolean, root: RefObject<HTMLElement | null>, onOutside: () => void): void {
  // An effect event always calls the latest onOutside (a fresh closure each render, reading that render's state),
  // while the listener is added and removed only when the menu opens or closes.
  const outside = useEffectEvent(onOutside);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) outside();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, root]);
}
