// Focus: with one actor selected, show its neighbourhood one or two ties out in full and dim the rest.
import { memo, useEffect } from 'react';
import type { ActorId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { useFlowStore } from '../state/flow-store';
import { setFocus, useViewStore } from '../state/view-store';

const soleSelected = (s: { nodes: readonly { id: string; selected?: boolean }[] }): string | null => {
  let found: string | null = null;
  for (const n of s.nodes) {
    if (!n.selected) continue;
    if (found) return null;
    found = n.id;
  }
  return found;
};

export const FocusControl = memo(function FocusControl() {
  const selected = useFlowStore(soleSelected) as ActorId | null;
  const focus = useViewStore((s) => s.focus);
  const focusName = useDocumentStore((s) => (focus ? s.actors.get(focus.actorId)?.name : undefined));
  const actorId = focus?.actorId ?? selected;
  // Focus ends when its actor is deleted.
  useEffect(() => {
    if (focus && focusName === undefined) setFocus(null);
  }, [focus, focusName]);
  if (!actorId) return null;
  const steps = focus?.steps ?? 0;
  // A newly selected actor takes the focus; with nothing selected, the focused actor keeps it.
  const choose = (next: 0 | 1 | 2) => setFocus(next === 0 ? null : { actorId: selected ?? actorId, steps: next });
  return (
    <div
      className="focus-control"
      role="group"
      aria-label={focus ? `Focus on ${focusName ?? ''}` : 'Focus on the selected actor'}
    >
      <span className="focus-control__label">Focus</span>
      {([0, 1, 2] as const).map((n) => (
        <button
          key={n}
          type="button"
          className="button button--small"
          aria-pressed={steps === n}
          onClick={() => choose(n)}
        >
          {n === 0 ? 'Off' : n === 1 ? '1 step' : '2 steps'}
        </button>
      ))}
    </div>
  );
});
