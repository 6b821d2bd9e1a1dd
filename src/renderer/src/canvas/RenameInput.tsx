// The inline name field on an actor: Enter or leaving the field renames, Escape keeps the old name.
import { useEffect, useRef } from 'react';
import type { ActorId } from '../../../shared/domain';
import { viewedMapVersion, withEditBase } from '../api/edit-base';
import { renameActor } from '../state/edits';
import { startRenaming } from '../state/session-store';
import { focusActor } from './focus-actor';

export function RenameInput({ id, name }: { id: string; name: string }) {
  const ref = useRef<HTMLInputElement>(null);
  const finished = useRef(false);
  // The rename is based on the map as it was when the field opened: a name changed elsewhere meanwhile is not overwritten.
  const base = useRef(viewedMapVersion());

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (commit: boolean, refocus: boolean) => {
    if (finished.current) return;
    finished.current = true;
    const value = ref.current?.value.trim() ?? '';
    startRenaming(null);
    if (refocus) focusActor(id);
    if (commit && value && value !== name) void withEditBase(base.current, () => renameActor(id as ActorId, value));
  };

  return (
    <input
      ref={ref}
      className="actor__rename nodrag nopan"
      aria-label="Rename actor"
      defaultValue={name}
      maxLength={200}
      spellCheck={false}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          finish(true, true);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(false, true);
        }
      }}
      onBlur={() => finish(true, false)}
    />
  );
}
