// Keyboard movement inside a role="menu": arrows, Home and End move between its own items.
import type { KeyboardEvent } from 'react';

function items(menu: HTMLElement): HTMLElement[] {
  // Only this menu's items, not those of a submenu nested inside it.
  return [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')].filter(
    (item) => item.closest('[role="menu"]') === menu && !item.hasAttribute('disabled'),
  );
}

export function focusFirstItem(menu: HTMLElement | null): void {
  if (menu) items(menu)[0]?.focus();
}

/** Handles Up/Down/Home/End; returns true if it used the key. */
export function moveFocus(event: KeyboardEvent<HTMLElement>): boolean {
  const menu = (event.target as HTMLElement).closest<HTMLElement>('[role="menu"]');
  if (!menu) return false;
  const list = items(menu);
  const index = list.indexOf(event.target as HTMLElement);
  let next: number;
  switch (event.key) {
    case 'ArrowDown':
      next = (index + 1) % list.length;
      break;
    case 'ArrowUp':
      next = (index - 1 + list.length) % list.length;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = list.length - 1;
      break;
    default:
      return false;
  }
  event.preventDefault();
  list[next]?.focus();
  return true;
}
