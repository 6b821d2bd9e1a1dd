// A labelled choice of one of the map's snapshots, for comparing two of them.
import type { SnapshotInfo } from '../../../shared/history';

interface Props {
  label: string;
  value: string;
  snapshots: readonly SnapshotInfo[];
  onChange: (id: string) => void;
}

export function SnapshotSelect({ label, value, snapshots, onChange }: Props) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {snapshots.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}
