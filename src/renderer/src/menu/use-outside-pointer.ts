// Closes an open menu when the pointer goes down anywhere outside it, as native menus do.
import { useEffect, type RefObject } from 'react';

export function useOutsidePointer(open: boolean, root: RefObject<HTMLElement | null>, onOutside: () => void): void {
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) onOutside();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
    // onOutside is a fresh closure each render; only opening and closing changes what is listened for.
  }, [open, root]);
}
