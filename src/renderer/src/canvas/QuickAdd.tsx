// Adds actors without the mouse: type a name, pick a kind, press Enter.
import { useState, type FormEvent } from 'react';
import type { KindId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { createActor } from '../state/edits';
import { useSessionStore } from '../state/session-store';
import { useViewCentre } from './use-view-centre';

/** Successive quick adds fan out on a small spiral around the centre instead of landing on top of each other. */
function offset(n: number): { dx: number; dy: number } {
  if (n === 0) return { dx: 0, dy: 0 };
  const angle = n * 2.4;
  const radius = 70 + 28 * Math.sqrt(n);
  return { dx: Math.cos(angle) * radius * 1.6, dy: Math.sin(angle) * radius };
}

export function QuickAdd() {
  const kinds = useDocumentStore((s) => s.kinds);
  const [name, setName] = useState('');
  const [kindId, setKindId] = useState<string>('');
  const viewCentre = useViewCentre();
  const chosenKind = kinds.find((k) => k.id === kindId) ?? kinds[0];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed || !chosenKind) return;
    const n = useSessionStore.getState().quickAddCount;
    useSessionStore.setState({ quickAddCount: n + 1 });
    const centre = viewCentre();
    const { dx, dy } = offset(n % 24);
    setName('');
    await createActor(chosenKind.id as KindId, { x: centre.x + dx, y: centre.y + dy }, trimmed, false);
  };

  return (
    <form className="panel quick-add" aria-labelledby="quick-add-title" onSubmit={submit}>
      <h2 id="quick-add-title" className="panel__title">
        Quick add
      </h2>
      <label className="field">
        <span className="field__label">Actor name</span>
        <input
          type="text"
          value={name}
          maxLength={200}
          placeholder="e.g. Tuesday lunch club"
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Kind</span>
        <select value={chosenKind?.id ?? ''} onChange={(e) => setKindId(e.target.value)}>
          {kinds.map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button button--primary" disabled={!name.trim()}>
        Add
      </button>
    </form>
  );
}
