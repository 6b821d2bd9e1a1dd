// The kinds' outlines live in shared/render so the exported picture draws the same shapes as the canvas.
export { shapePath } from '../../../../shared/render/shape-path';
