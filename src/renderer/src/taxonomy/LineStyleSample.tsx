// A short line drawn in a tie status's style (solid, dashed, dotted…), as the map draws it.
import type { LineStyle } from '../../../shared/domain';

/** SVG dash patterns for a 3px line; kept beside the sample so the editor shows what each style means. */
export const DASHES: Record<LineStyle, string | undefined> = {
  solid: undefined,
  'long-dash': '14 6',
  dashed: '7 6',
  dotted: '0.5 6',
};

export function LineStyleSample({ style }: { style: LineStyle }) {
  return (
    <svg width="44" height="12" aria-hidden="true" className="line-sample">
      <line
        x1="3"
        y1="6"
        x2="41"
        y2="6"
        stroke="#3a4350"
        strokeWidth="3"
        strokeLinecap="round"
        strokeDasharray={DASHES[style]}
      />
    </svg>
  );
}
