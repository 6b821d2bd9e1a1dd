// The facilitator's hold on the session: open, paused or read-only for everyone who joined, and Stop sharing.
import type { RoomMode } from '../../../shared/room';
import { setMode, stopSharing, useShareStore } from './share-store';

const MODES: { mode: RoomMode; label: string; hint: string }[] = [
  { mode: 'open', label: 'Open', hint: 'People can add to the map.' },
  { mode: 'paused', label: 'Pause contributions', hint: 'Nothing new is added until you open it again.' },
  { mode: 'read-only', label: 'Read-only', hint: 'Everyone watches; only you edit.' },
];

export function ShareControls({ mode }: { mode: RoomMode }) {
  const busy = useShareStore((s) => s.busy);
  return (
    <div className="share-controls">
      <div className="share-controls__modes" role="group" aria-label="What people who joined may do">
        {MODES.map((item) => (
          <button
            key={item.mode}
            type="button"
            className="button"
            aria-pressed={mode === item.mode}
            title={item.hint}
            disabled={busy}
            onClick={() => void setMode(item.mode)}
          >
            {item.label}
          </button>
        ))}
      </div>
      <p className="invite-panel__hint">{MODES.find((item) => item.mode === mode)?.hint}</p>
      <button type="button" className="button button--danger" disabled={busy} onClick={() => void stopSharing()}>
        Stop sharing
      </button>
    </div>
  );
}
