// The shapes of the guides a layout draws behind the actors: rings of a care circle, regions of group by kind.
import type { Placement } from '../../../shared/layout';

export interface RingGuide {
  radius: number;
  label: string;
}

export interface RegionGuide {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  colour: string;
}

export type LayoutGuides =
  | { type: 'rings'; centre: { x: number; y: number }; rings: RingGuide[]; placed: Placement[] }
  | { type: 'regions'; regions: RegionGuide[]; placed: Placement[] };

/** A kind region's heading size in map units: fixed, so the region can be made wide enough for it (layout-actions.ts). */
export const REGION_HEADING_PX = 26;
