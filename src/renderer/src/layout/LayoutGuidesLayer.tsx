// Draws the last care circle's rings (each labelled at its top) or group by kind's regions (an outline in the kind's
// colour with a heading) behind the actors, in map coordinates, while the actors stay where that layout put them.
import { useStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { REGION_HEADING_PX, type LayoutGuides } from './layout-guide-types';
import { useShownGuides } from './layout-guides';

/** Room round the guides inside the drawing, so strokes and labels at its edge are not cut. */
const MARGIN = 40;

function bounds(guides: LayoutGuides): { x: number; y: number; width: number; height: number } {
  if (guides.type === 'rings') {
    const r = Math.max(...guides.rings.map((ring) => ring.radius)) + MARGIN;
    return { x: guides.centre.x - r, y: guides.centre.y - r, width: 2 * r, height: 2 * r };
  }
  const x0 = Math.min(...guides.regions.map((g) => g.x)) - MARGIN;
  const y0 = Math.min(...guides.regions.map((g) => g.y)) - MARGIN;
  const x1 = Math.max(...guides.regions.map((g) => g.x + g.width)) + MARGIN;
  const y1 = Math.max(...guides.regions.map((g) => g.y + g.height)) + MARGIN;
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Labels stay at least this big on screen however far the map is zoomed out (and no bigger than 3× in map units). */
const LABEL_SCREEN_PX = 17;
const zoomOf = (s: ReactFlowState) => s.transform[2];

export function LayoutGuidesLayer() {
  const guides = useShownGuides();
  const zoom = useStore(zoomOf);
  const fontSize = Math.min(60, Math.max(18, LABEL_SCREEN_PX / zoom));
  if (!guides || (guides.type === 'rings' ? guides.rings.length === 0 : guides.regions.length === 0)) return null;
  const box = bounds(guides);
  return (
    <ViewportPortal>
      <svg
        className="layout-guides"
        data-guides={guides.type}
        style={{ left: box.x, top: box.y, width: box.width, height: box.height }}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        aria-hidden="true"
        fontSize={fontSize}
      >
        {guides.type === 'rings'
          ? guides.rings.map((ring) => (
              <g key={ring.radius} className="layout-guides__ring">
                <circle cx={guides.centre.x} cy={guides.centre.y} r={ring.radius} />
                <text x={guides.centre.x} y={guides.centre.y - ring.radius} dy="0.35em">
                  {ring.label}
                </text>
              </g>
            ))
          : guides.regions.map((region) => (
              <g key={`${region.x},${region.y}`} className="layout-guides__region" style={{ color: region.colour }}>
                <rect x={region.x} y={region.y} width={region.width} height={region.height} rx={18} />
                {/* A fixed size in map units: the region was made wide enough for its heading at this size. */}
                <text x={region.x + 24} y={region.y + 38} fontSize={REGION_HEADING_PX}>
                  {region.label}
                </text>
              </g>
            ))}
      </svg>
    </ViewportPortal>
  );
}
