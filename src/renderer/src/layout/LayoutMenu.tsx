// The Layout menu on the map's toolbar: arrange the map automatically, care circle, group by kind, line up and space out
// the selection, pin actors in place, snap to grid. Each item says in a few words what it does.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useDocumentStore } from '../state/document-store';
import { useFlowStore } from '../state/flow-store';
import { focusFirstItem, moveFocus } from '../menu/menu-keys';
import { alignSelection, careCircle, distributeSelection, groupKinds, setPinned } from './layout-actions';
import { startForceLayout } from './force-runner';
import { toggleSnapToGrid, useLayoutStore } from './layout-store';
import './layout.css';
import { useOutsidePointer } from '../menu/use-outside-pointer';

interface ItemProps {
  label: string;
  detail?: string;
  disabled?: boolean;
  checked?: boolean;
  onChoose: () => void;
}

function Item({ label, detail, disabled, checked, onChoose }: ItemProps) {
  return (
    <li role="none">
      <button
        type="button"
        role={checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
        aria-checked={checked}
        className="menu__item layout-menu__item"
        disabled={disabled}
        onClick={onChoose}
      >
        <span className="menu__label">
          {checked !== undefined && <span aria-hidden="true">{checked ? '☑ ' : '☐ '}</span>}
          {label}
        </span>
        {detail && <span className="menu__detail">{detail}</span>}
      </button>
    </li>
  );
}

function Heading({ children }: { children: ReactNode }) {
  return (
    <li role="presentation" className="layout-menu__heading">
      {children}
    </li>
  );
}

export function LayoutMenu() {
  const [open, setOpen] = useState(false);
  const hasActors = useDocumentStore((s) => s.actors.size > 0);
  const chosen = useFlowStore((s) => (open ? s.nodes.filter((n) => n.selected).length : 0));
  const running = useLayoutStore((s) => s.running);
  const snap = useLayoutStore((s) => s.snapToGrid);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const run = (action: () => unknown) => () => {
    close(true);
    void action();
  };
  useEffect(() => {
    if (open) focusFirstItem(menuRef.current);
  }, [open]);
  useOutsidePointer(open, rootRef, () => close(false));
  const onMenuKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (moveFocus(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') close(false);
  };

  const scope = chosen >= 2 ? `the ${chosen} chosen actors` : 'the whole map';
  const off = !hasActors || running;
  return (
    <div className="file-menu layout-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button button--small"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? 'layout-menu' : undefined}
        disabled={!hasActors}
        onClick={() => (open ? close(true) : setOpen(true))}
      >
        Layout <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id="layout-menu"
          role="menu"
          aria-label="Layout"
          className="menu layout-menu__list"
          onKeyDown={onMenuKeyDown}
        >
          <Heading>Arrange</Heading>
          <Item
            label="Arrange automatically"
            detail={`Spreads out ${scope} so tied actors sit near each other`}
            disabled={off}
            onChoose={run(startForceLayout)}
          />
          <Item
            label="Care circle by ties"
            detail="Rings around the chosen actor: 1 tie away, 2 ties away…"
            disabled={off || chosen !== 1}
            onChoose={run(() => careCircle('distance'))}
          />
          <Item
            label="Care circle by kind"
            detail="Individuals nearest, then groups, organisations, statutory services"
            disabled={off || chosen !== 1}
            onChoose={run(() => careCircle('kind'))}
          />
          <Item
            label="Group by kind"
            detail={`One block per kind, side by side (${scope})`}
            disabled={off}
            onChoose={run(groupKinds)}
          />
          <li role="separator" className="menu__separator" />
          <Heading>Line up the chosen actors</Heading>
          <li role="none" className="layout-menu__row">
            {(['left', 'centre', 'right', 'top', 'middle', 'bottom'] as const).map((edge) => (
              <button
                key={edge}
                type="button"
                role="menuitem"
                className="menu__item layout-menu__chip"
                disabled={off || chosen < 2}
                onClick={run(() => alignSelection(edge))}
              >
                {edge[0]!.toUpperCase() + edge.slice(1)}
              </button>
            ))}
          </li>
          <li role="none" className="layout-menu__row">
            <button
              type="button"
              role="menuitem"
              className="menu__item layout-menu__chip"
              disabled={off || chosen < 3}
              onClick={run(() => distributeSelection('horizontal'))}
            >
              Space evenly across
            </button>
            <button
              type="button"
              role="menuitem"
              className="menu__item layout-menu__chip"
              disabled={off || chosen < 3}
              onClick={run(() => distributeSelection('vertical'))}
            >
              Space evenly down
            </button>
          </li>
          <li role="separator" className="menu__separator" />
          <Item
            label="Pin in place"
            detail="Layouts leave the chosen actors where they are"
            disabled={chosen === 0}
            onChoose={run(() => setPinned(true))}
          />
          <Item label="Unpin" disabled={chosen === 0} onChoose={run(() => setPinned(false))} />
          <Item
            label="Snap to grid"
            detail="Dragged actors land on the grid's dots"
            checked={snap}
            onChoose={run(toggleSnapToGrid)}
          />
          {chosen === 0 && (
            <li role="presentation" className="menu__note">
              Tip: click an actor (Shift+click for more) to line up, pin or draw a care circle.
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
