// When a panel collapses or expands, the button that was pressed disappears: focus moves to the one that replaces it,
// so a keyboard user stays where they were instead of starting again at the top of the page.
import { useEffect, type RefObject } from 'react';
import { takeFocusAfterToggle, type SidePanel } from './panel-collapse';

export function useKeepFocus(panel: SidePanel, target: RefObject<HTMLButtonElement | null>): void {
  useEffect(() => {
    if (takeFocusAfterToggle(panel)) target.current?.focus();
  }, [panel, target]);
}
