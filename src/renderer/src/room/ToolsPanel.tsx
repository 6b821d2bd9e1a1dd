// The Tools panel left of the map (palette, quick add, guided session, tips), which can fold into a rail.
import { Palette } from '../canvas/Palette';
import { QuickAdd } from '../canvas/QuickAdd';
import { Tips } from '../feedback/Tips';
import { GuidedSessionStart } from '../guided/GuidedSessionStart';
import { CollapseButton } from './CollapseButton';
import { useCollapsed } from './panel-collapse';
import { PanelRail } from './PanelRail';
import '../styles/room.css';

export function ToolsPanel() {
  const collapsed = useCollapsed('tools');
  if (collapsed) return <PanelRail panel="tools" side="left" />;
  return (
    <aside className="side-panel" aria-label="Tools">
      <div className="side-panel__head">
        <CollapseButton panel="tools" side="left" />
      </div>
      <Palette />
      <QuickAdd />
      <GuidedSessionStart />
      <Tips />
    </aside>
  );
}
