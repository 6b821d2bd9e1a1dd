// "Take back my last addition": offered once this device has added something; one call at a time.
import { useState } from 'react';
import { takeBackMine } from './room-actions';

export function TakeBackButton({ disabled }: { disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      await takeBackMine();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="room-action room-action--secondary"
      disabled={disabled || busy}
      onClick={() => void run()}
    >
      {busy ? 'Taking back…' : 'Take back my last addition'}
    </button>
  );
}
