// The button in a side panel's heading that folds the panel into a thin rail beside the map (PanelRail unfolds it).
import { useRef } from 'react';
import { PANEL_NAMES, setCollapsed, type SidePanel } from './panel-collapse';
import { useKeepFocus } from './use-keep-focus';

export function CollapseButton({ panel, side }: { panel: SidePanel; side: 'left' | 'right' }) {
  const ref = useRef<HTMLButtonElement>(null);
  useKeepFocus(panel, ref);
  const label = `Collapse the ${PANEL_NAMES[panel]} panel`;
  return (
    <button
      ref={ref}
      type="button"
      className="icon-button collapse-button"
      aria-label={label}
      aria-expanded="true"
      title={`${label}: the map gets its room`}
      onClick={() => setCollapsed(panel, true)}
    >
      {side === 'left' ? '«' : '»'}
    </button>
  );
}
