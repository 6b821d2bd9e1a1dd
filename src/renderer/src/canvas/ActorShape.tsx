// A kind's shape filled with its colour, as a small SVG: the same mark in the palette, legend and on actors.
import { memo } from 'react';
import type { KindShape } from '../../../shared/domain';

const OUTLINE = 'rgba(20, 24, 29, 0.55)';

function outline(shape: KindShape) {
  switch (shape) {
    case 'circle':
      return <circle cx="12" cy="12" r="10.5" />;
    case 'rounded':
      return <rect x="1.75" y="1.75" width="20.5" height="20.5" rx="6" />;
    case 'square':
      return <rect x="2.25" y="2.25" width="19.5" height="19.5" rx="1" />;
    case 'diamond':
      return <polygon points="12,1 23,12 12,23 1,12" />;
    case 'hexagon':
      return <polygon points="6.5,2 17.5,2 23,12 17.5,22 6.5,22 1,12" />;
    case 'triangle':
      return <polygon points="12,1.5 23,21.5 1,21.5" />;
  }
}

export const ActorShape = memo(function ActorShape({
  shape,
  colour,
  size,
}: {
  shape: KindShape;
  colour: string;
  size: number;
}) {
  return (
    <svg className="actor-shape" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <g fill={colour} stroke={OUTLINE} strokeWidth="1.25" strokeLinejoin="round">
        {outline(shape)}
      </g>
    </svg>
  );
});
