// A collapsed side panel: a thin rail with the panel's name, which unfolds it again (click, Enter or Space).
import { useRef } from 'react';
import { PANEL_NAMES, setCollapsed, type SidePanel } from './panel-collapse';
import { useKeepFocus } from './use-keep-focus';
import '../styles/room.css';

export function PanelRail({ panel, side }: { panel: SidePanel; side: 'left' | 'right' }) {
  const ref = useRef<HTMLButtonElement>(null);
  useKeepFocus(panel, ref);
  const name = PANEL_NAMES[panel];
  return (
    <aside className={`panel-rail panel-rail--${side}`} aria-label={`${name} (collapsed)`}>
      <button
        ref={ref}
        type="button"
        className="panel-rail__button"
        aria-label={`Expand the ${name} panel`}
        aria-expanded="false"
        title={`Show the ${name} panel again`}
        onClick={() => setCollapsed(panel, false)}
      >
        <span aria-hidden="true">{side === 'left' ? '»' : '«'}</span>
        <span className="panel-rail__name">{name}</span>
      </button>
    </aside>
  );
}
