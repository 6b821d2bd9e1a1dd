// The details panel's "Pin in place" checkbox, for one actor or several (half-ticked when only some are pinned).
import { useEffect, useRef, useState } from 'react';
import type { Actor } from '../../../shared/domain';
import { setPinned } from './layout-actions';

export function PinToggle({ actors }: { actors: readonly Actor[] }) {
  const ref = useRef<HTMLInputElement>(null);
  // Shown at once while the server saves it; the document's answer takes over when it comes.
  const [pending, setPending] = useState<boolean | null>(null);
  const pinned = actors.filter((a) => a.pinned).length;
  const all = pending ?? pinned === actors.length;
  const some = pending === null && pinned > 0 && !all;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some;
  }, [some]);
  return (
    <div className="field choices choices--checkboxes">
      <label className={`choice${all ? ' is-on' : some ? ' is-some' : ''}`}>
        <input
          ref={ref}
          type="checkbox"
          checked={all}
          onChange={() => {
            setPending(!all);
            void setPinned(
              !all,
              actors.map((a) => a.id),
            ).finally(() => setPending(null));
          }}
        />
        <span className="choice__name">Pin in place</span>
        {some && <span className="choice__count">{`${pinned} of ${actors.length}`}</span>}
      </label>
      <p className="field__help">Automatic layouts leave pinned actors where they are; you can still drag them.</p>
    </div>
  );
}
