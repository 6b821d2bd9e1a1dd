// A small pin beside a pinned actor's shape, so the facilitator sees which actors layouts will leave alone.
import { useDocumentStore } from '../state/document-store';
import type { ActorId } from '../../../shared/domain';

export function PinMark({ id }: { id: string }) {
  const pinned = useDocumentStore((s) => s.actors.get(id as ActorId)?.pinned ?? false);
  if (!pinned) return null;
  return (
    <span className="actor__pin" role="img" aria-label="Pinned in place" title="Pinned in place: layouts leave it here">
      <svg width="16" height="20" viewBox="0 0 16 20" aria-hidden="true">
        <circle cx="8" cy="6" r="5" fill="#c0392b" stroke="#fff" strokeWidth="1.5" />
        <path d="M8 11 L8 19" stroke="#3b4450" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </span>
  );
}
