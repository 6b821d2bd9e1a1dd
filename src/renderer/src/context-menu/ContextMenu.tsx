// The right-click menu (also the Menu key and Shift+F10): a role="menu" at the pointer or the focused actor, with
// arrow keys, Home/End, Enter; Esc, Tab or a click outside close it. A submenu (Change kind…) replaces the list in
// place, with Back (or ←) to return, so it never runs off the screen.
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { focusFirstItem, moveFocus } from '../menu/menu-keys';
import { useOutsidePointer } from '../menu/use-outside-pointer';
import { closeContextMenu, useContextMenuStore, type OpenMenu } from './context-menu-store';
import { entriesFor, menuLabel, type MenuEntry } from './menu-entries';

const MARGIN = 8;

function MenuList({ open }: { open: OpenMenu }) {
  const ref = useRef<HTMLUListElement>(null);
  const [sub, setSub] = useState<{ label: string; entries: MenuEntry[] } | null>(null);
  const [place, setPlace] = useState(open.screen);
  const entries = sub ? sub.entries : entriesFor(open.target);

  // Kept inside the window: a right-click near the bottom or right edge opens the menu up or to the left.
  useLayoutEffect(() => {
    const menu = ref.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPlace({
      x: Math.max(MARGIN, Math.min(open.screen.x, window.innerWidth - width - MARGIN)),
      y: Math.max(MARGIN, Math.min(open.screen.y, window.innerHeight - height - MARGIN)),
    });
    focusFirstItem(menu);
  }, [open, sub]);
  useOutsidePointer(true, ref, () => closeContextMenu(false));

  const run = (entry: MenuEntry) => {
    if ('separator' in entry) return;
    if ('submenu' in entry) return setSub({ label: entry.label, entries: entry.submenu() });
    closeContextMenu(true);
    void entry.run();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    event.stopPropagation();
    if (moveFocus(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      closeContextMenu(true);
    } else if (event.key === 'ArrowLeft' && sub) {
      event.preventDefault();
      setSub(null);
    } else if (event.key === 'ArrowRight' && !sub) {
      const index = Number((event.target as HTMLElement).dataset.index);
      const entry = entries[index];
      if (entry && 'submenu' in entry) {
        event.preventDefault();
        run(entry);
      }
    } else if (event.key === 'Tab') {
      event.preventDefault();
      closeContextMenu(true);
    }
  };

  return (
    <ul
      ref={ref}
      role="menu"
      aria-label={sub ? sub.label : menuLabel(open.target)}
      className="menu context-menu"
      style={{ left: place.x, top: place.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {sub && (
        <li role="none">
          <button type="button" role="menuitem" className="menu__item" onClick={() => setSub(null)}>
            <span className="menu__label">‹ Back</span>
          </button>
        </li>
      )}
      {entries.map((entry, i) =>
        'separator' in entry ? (
          <li key={`s${i}`} role="separator" className="menu__separator" />
        ) : (
          <li key={entry.label} role="none">
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              data-index={i}
              disabled={'disabled' in entry && entry.disabled}
              aria-haspopup={'submenu' in entry ? 'menu' : undefined}
              onClick={() => run(entry)}
            >
              <span className="menu__label">{entry.label}</span>
              {'submenu' in entry && <span aria-hidden="true">▸</span>}
              {'keys' in entry && entry.keys && <span className="context-menu__keys">{entry.keys}</span>}
            </button>
          </li>
        ),
      )}
    </ul>
  );
}

export function ContextMenu() {
  const open = useContextMenuStore((s) => s.open);
  // A new target is a new menu (its own submenu state), hence the key.
  return open ? <MenuList key={`${open.target.type}:${open.screen.x}:${open.screen.y}`} open={open} /> : null;
}
