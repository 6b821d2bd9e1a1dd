// Where a picture's legend goes: in a free corner or gap of the map when one is big enough (in one column or two),
// else beside the map or under it, whichever makes the smaller picture.
import { dockLegend, type Obstacles } from './legend-dock';
import type { PictureBounds } from './picture-types';
import { legendLayout, type LegendEntries, type LegendLayout } from './svg-legend';

export interface PlacedLegend {
  layout: LegendLayout;
  /** 'inside': at `at` in map coordinates; otherwise beside ('right') or under ('below') the map. */
  side: 'inside' | 'right' | 'below';
  at: { x: number; y: number } | null;
  /** The map and the legend together, in picture units. */
  width: number;
  height: number;
}

export function placeLegend(
  area: PictureBounds,
  entries: LegendEntries,
  obstacles: Obstacles,
  gap: number,
): PlacedLegend {
  const oneColumn = legendLayout(entries, 1);
  const twoColumns = entries.tieTypes.length ? legendLayout(entries, 2) : oneColumn;
  for (const layout of [oneColumn, twoColumns]) {
    const at = dockLegend(area, layout, obstacles);
    if (at) return { layout, side: 'inside', at, width: area.width, height: area.height };
  }
  const right = { width: area.width + gap + oneColumn.width, height: Math.max(area.height, oneColumn.height) };
  // Under the map, two columns keep the band short.
  const below = { width: Math.max(area.width, twoColumns.width), height: area.height + gap + twoColumns.height };
  return right.width * right.height <= below.width * below.height
    ? { layout: oneColumn, side: 'right', at: null, ...right }
    : { layout: twoColumns, side: 'below', at: null, ...below };
}
