// What screen readers hear for React Flow's built-in parts, in Caremap's words.
import type { AriaLabelConfig } from '@xyflow/react';

export const ARIA_LABELS: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default':
    'Actor. Press Enter to select it, arrow keys to move it, F2 to rename it, Delete to remove it, Escape to deselect.',
  'node.a11yDescription.keyboardDisabled': 'Actor. Press Enter to select it.',
  'node.a11yDescription.ariaLiveMessage': ({ direction }) => `Moved the selected actors ${direction}.`,
  'edge.a11yDescription.default': 'Tie. Press Enter to select it, Delete to remove it, Escape to deselect.',
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit the whole map in view',
  'minimap.ariaLabel': 'Overview of the whole map',
  'handle.ariaLabel': 'Drag to another actor to draw a tie',
};
