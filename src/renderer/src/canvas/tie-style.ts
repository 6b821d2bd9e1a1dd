// Tie line styles live in shared/render so the exported picture draws ties as the canvas does.
export { dashArray, DIM_ALPHA, lineStyleOf, STRENGTH_WIDTH } from '../../../shared/render/tie-style';
