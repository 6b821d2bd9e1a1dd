// Which side panels are collapsed to a thin rail beside the map. Session state: never saved in the map or history.
import { create } from 'zustand';

export type SidePanel = 'tools' | 'details' | 'analysis' | 'history';

export const PANEL_NAMES: Record<SidePanel, string> = {
  tools: 'Tools',
  details: 'Details',
  analysis: 'Analysis',
  history: 'History',
};

export const usePanelCollapse = create<Record<SidePanel, boolean>>()(() => ({
  tools: false,
  details: false,
  analysis: false,
  history: false,
}));

/** The panel whose collapse or expand button was just pressed: its replacement takes the focus (see useKeepFocus). */
let focusAfterToggle: SidePanel | null = null;

export function setCollapsed(panel: SidePanel, collapsed: boolean): void {
  focusAfterToggle = panel;
  usePanelCollapse.setState({ [panel]: collapsed });
}

/** True once, for the panel just toggled. */
export function takeFocusAfterToggle(panel: SidePanel): boolean {
  if (focusAfterToggle !== panel) return false;
  focusAfterToggle = null;
  return true;
}

export function useCollapsed(panel: SidePanel): boolean {
  return usePanelCollapse((s) => s[panel]);
}
