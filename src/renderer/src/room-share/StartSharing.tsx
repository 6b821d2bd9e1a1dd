// Before sharing: which network to share on (one interface, chosen by the facilitator) and the button that starts it.
import { useId, useState } from 'react';
import { startSharing, useShareStore } from './share-store';

export function StartSharing() {
  const interfaces = useShareStore((s) => s.interfaces);
  const busy = useShareStore((s) => s.busy);
  const [chosen, setChosen] = useState<string | null>(null);
  const id = useId();
  if (interfaces === null) return <p className="invite-panel__hint">Looking for this laptop’s networks…</p>;
  if (interfaces.length === 0)
    return (
      <p className="invite-panel__hint">
        This laptop is on no network Caremap can share on. Join the room’s Wi-Fi or turn on the laptop’s hotspot, then
        open this panel again.
      </p>
    );
  const address = chosen ?? interfaces[0]?.address ?? '';
  return (
    <div className="invite-panel__start">
      <label htmlFor={`${id}-network`}>Share on</label>
      <select
        id={`${id}-network`}
        className="invite-select"
        value={address}
        onChange={(e) => setChosen(e.target.value)}
      >
        {interfaces.map((item) => (
          <option key={item.address} value={item.address}>
            {item.label}
          </option>
        ))}
      </select>
      <p className="invite-panel__hint">Only devices on this network can join, and only with the code you will see.</p>
      <button
        type="button"
        className="button button--primary"
        disabled={busy || !address}
        onClick={() => void startSharing(address)}
      >
        Start sharing
      </button>
    </div>
  );
}
