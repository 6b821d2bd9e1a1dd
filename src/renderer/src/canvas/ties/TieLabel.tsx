// A tie's type written at the middle of its line, when "Show each tie's type" is on (Size & colour): on a white
// halo, at the names' size policy (TIE_LABEL_SCALE of it, as canvas.css says), so it reads over other ties.
import type { TieId } from '../../../../shared/domain';
import { useDocumentStore } from '../../state/document-store';
import { useEncodingStore } from '../../state/encoding-store';
import type { Point } from '../../../../shared/geometry-types';
import { useTieLabelHidden } from '../names/name-store';

/** The type's name for a tie, or null when it has none (an untyped tie gets no label). */
export function useTieTypeName(id: string): string | null {
  return useDocumentStore((s) => {
    const typeId = s.ties.get(id as TieId)?.tieTypeId;
    return (typeId && s.tieTypesById.get(typeId)?.name) || null;
  });
}

export function TieLabel({ id, at, dimmed }: { id: string; at: Point; dimmed: boolean }) {
  const on = useEncodingStore((s) => s.tieLabels);
  const name = useTieTypeName(id);
  // Labels give way to names, to other labels and to actors (the labelling policy, names/use-name-placement.ts).
  const hidden = useTieLabelHidden(id);
  if (!on || !name || hidden) return null;
  return (
    <text
      x={at.x}
      y={at.y}
      className={`tie-label${dimmed ? ' tie-label--dim' : ''}`}
      textAnchor="middle"
      dominantBaseline="central"
    >
      {name}
    </text>
  );
}
