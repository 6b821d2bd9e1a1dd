// The legend's tie types: each type in use, in its colour, with how many ties have it (and the ties with no type).
import { useShallow } from 'zustand/react/shallow';
import { useDocumentStore, type DocumentState } from '../state/document-store';
import { NEUTRAL_TIE_COLOUR } from '../state/flow-convert';

const UNTYPED = '';

function countsByType(s: DocumentState): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const tie of s.ties.values()) {
    const key = tie.tieTypeId ?? UNTYPED;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

function Row({ name, colour, count }: { name: string; colour: string; count: number }) {
  return (
    <li className="legend__tie">
      <span className="legend__line" style={{ background: colour }} aria-hidden="true" />
      <span>{name}</span>
      <span className="legend__tie-count" aria-label={`${count} ${count === 1 ? 'tie' : 'ties'}`}>
        {count}
      </span>
    </li>
  );
}

export function LegendTieTypes() {
  const tieTypes = useDocumentStore((s) => s.tieTypes);
  const counts = useDocumentStore(useShallow(countsByType));
  const used = tieTypes.filter((t) => (counts[t.id] ?? 0) > 0);
  const untyped = counts[UNTYPED] ?? 0;
  if (used.length === 0 && untyped === 0) return null;
  return (
    <ul className="legend__ties-list" aria-label="Types of tie">
      {used.map((type) => (
        <Row key={type.id} name={type.name} colour={type.colour} count={counts[type.id] ?? 0} />
      ))}
      {untyped > 0 && <Row name="No type" colour={NEUTRAL_TIE_COLOUR} count={untyped} />}
    </ul>
  );
}
