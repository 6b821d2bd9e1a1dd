// How a comparison marks what changed, the same on every layer (actor nodes, SVG ties, the far and screen canvases,
// the legend): green "new", red dashed "removed" ghosts, amber "changed". Words and dashes as well as colours, so
// the marks read in greyscale and for colour-blind facilitators.
import type { ChangeKind } from '../../../shared/history';

export const CHANGE_COLOUR: Record<ChangeKind, string> = {
  added: '#15803d', // white on it 5.0:1, WCAG AA for the badge's text
  removed: '#d0312d',
  changed: '#e69500',
};

/** The badge on an actor and the legend's words. */
export const CHANGE_WORD: Record<ChangeKind, string> = {
  added: 'new',
  removed: 'removed',
  changed: 'changed',
};

/** Removed ties and rings are dashed: a ghost of what was. */
export const CHANGE_DASH: Record<ChangeKind, number[]> = {
  added: [],
  removed: [7, 5],
  changed: [],
};
