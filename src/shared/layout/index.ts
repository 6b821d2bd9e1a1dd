// The layouts: pure functions from actors (and ties) to new positions, each saved by the caller as one undo step.
export * from './layout-types';
export * from './actor-box';
export { overlappingPairs } from './overlaps';
export * from './force-layout';
export * from './care-circle';
export * from './group-by-kind';
export * from './align';
export * from './groups';
export { removeOverlaps } from './separate';
