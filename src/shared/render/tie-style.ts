// How a tie's status and strength are drawn: line style from TieStatus.lineStyle, width from strength (at zoom 1).
import type { LineStyle, TieStatus, TieStatusId, TieStrength } from '../domain';

export const STRENGTH_WIDTH: Record<TieStrength, number> = { weak: 1, medium: 2, strong: 3.5 };

/** Dash patterns in multiples of the line width, so thick ties keep readable dashes. */
const DASHES: Record<LineStyle, readonly number[]> = {
  solid: [],
  'long-dash': [8, 4],
  dashed: [4, 3],
  dotted: [1, 2.5],
};

export function lineStyleOf(statusId: TieStatusId | null, statuses: ReadonlyMap<TieStatusId, TieStatus>): LineStyle {
  return (statusId && statuses.get(statusId)?.lineStyle) || 'solid';
}

/** A dash pattern for a line of `width`; never thinner than 1.5 units a dash so dots stay visible. */
export function dashArray(style: LineStyle, width: number): number[] {
  const unit = Math.max(width, 1.5);
  return DASHES[style].map((d) => d * unit);
}

export const DIM_ALPHA = 0.15;
