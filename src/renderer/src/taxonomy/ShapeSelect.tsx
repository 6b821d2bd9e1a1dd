// A drop-down of the shapes a kind can be drawn as.
import type { KindShape } from '../../../shared/domain';
import { KIND_SHAPES } from '../../../shared/domain';
import { SHAPE_WORDS } from './words';

export function ShapeSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: KindShape;
  onChange(shape: KindShape): void;
}) {
  return (
    <select
      className="entry__select"
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as KindShape)}
    >
      {KIND_SHAPES.map((shape) => (
        <option key={shape} value={shape}>
          {SHAPE_WORDS[shape]}
        </option>
      ))}
    </select>
  );
}
