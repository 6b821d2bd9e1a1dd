// The File menu in the header (browser mode's stand-in for the native menu): new, open, save a copy, open recent.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { api } from '../api/client';
import type { RecentMap } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { chooseCopyPath, chooseMapToOpen, chooseNewMap, openMapAt } from '../state/map-actions';
import { focusFirstItem, moveFocus } from './menu-keys';
import { RecentMenu } from './RecentMenu';
import { openDialog } from '../state/session-store';
import { openImport } from '../import/import-store';
import { useOutsidePointer } from './use-outside-pointer';
import { inBackground } from '../state/in-background';
import { openSharePanel } from '../room-share/share-store';
import { joinedDevice } from '../room-join/capture-join-code';

export function FileMenu() {
  const [open, setOpen] = useState(false);
  const [subOpen, setSubOpen] = useState(false);
  const [recent, setRecent] = useState<RecentMap[] | null>(null);
  const hasMap = useDocumentStore((s) => s.info !== null);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const subRef = useRef<HTMLUListElement>(null);
  const recentItemRef = useRef<HTMLButtonElement>(null);
  const focusLast = useRef(false);

  const close = (refocus: boolean) => {
    setOpen(false);
    setSubOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const openMenu = (last = false) => {
    focusLast.current = last;
    setRecent(null);
    setOpen(true);
    api['map.recent']({}).then(setRecent, () => setRecent([]));
  };
  // A failed menu command shows its sentence as a toast (inBackground) rather than failing silently.
  const run = (action: () => void | Promise<unknown>) => {
    close(true);
    inBackground(async () => {
      await action();
    })();
  };

  useEffect(() => {
    if (!open || !menuRef.current) return;
    if (focusLast.current)
      [...menuRef.current.querySelectorAll<HTMLElement>(':scope > li > [role="menuitem"]')].pop()?.focus();
    else focusFirstItem(menuRef.current);
  }, [open]);
  useEffect(() => {
    if (subOpen) focusFirstItem(subRef.current);
  }, [subOpen, recent]);
  useOutsidePointer(open, rootRef, () => close(false));

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openMenu(event.key === 'ArrowUp');
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const inSub = !!subRef.current?.contains(event.target as Node);
    if (moveFocus(event)) return;
    if (event.key === 'Escape' || (inSub && event.key === 'ArrowLeft')) {
      event.preventDefault();
      event.stopPropagation();
      if (inSub) {
        setSubOpen(false);
        recentItemRef.current?.focus();
      } else close(true);
    } else if (event.key === 'ArrowRight' && event.target === recentItemRef.current) {
      event.preventDefault();
      setSubOpen(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="file-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'file-menu' : undefined}
        onClick={() => (open ? close(true) : openMenu())}
        onKeyDown={onButtonKeyDown}
      >
        File <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menuRef} id="file-menu" role="menu" aria-label="File" className="menu" onKeyDown={onMenuKeyDown}>
          <li role="none">
            <button type="button" role="menuitem" className="menu__item" onClick={() => run(chooseNewMap)}>
              New map…
            </button>
          </li>
          <li role="none">
            <button type="button" role="menuitem" className="menu__item" onClick={() => run(chooseMapToOpen)}>
              Open…
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              disabled={!hasMap}
              onClick={() => run(() => openImport())}
            >
              Import a spreadsheet…
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              disabled={!hasMap}
              onClick={() => run(() => chooseCopyPath(useDocumentStore.getState().info?.name ?? 'Map'))}
            >
              Save a copy as…
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              disabled={!hasMap}
              onClick={() => run(() => openDialog('share-copy'))}
            >
              Save a copy to share…
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              disabled={!hasMap}
              onClick={() => run(() => openDialog('export'))}
            >
              Export…
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              disabled={!hasMap || joinedDevice}
              onClick={() => run(openSharePanel)}
            >
              Invite the room…
            </button>
          </li>
          <li role="separator" className="menu__separator" />
          <li role="none" className="menu__parent">
            <button
              ref={recentItemRef}
              type="button"
              role="menuitem"
              className="menu__item"
              aria-haspopup="menu"
              aria-expanded={subOpen}
              onClick={() => setSubOpen((v) => !v)}
            >
              <span className="menu__label">Open recent</span>
              <span aria-hidden="true">▸</span>
            </button>
            {subOpen && (
              <RecentMenu
                ref={subRef}
                recent={recent}
                onChoose={(path) => run(() => openMapAt(path).then(() => undefined))}
              />
            )}
          </li>
        </ul>
      )}
    </div>
  );
}
