// Whether people's names reach the phones whole or as initials: initials unless the facilitator decides otherwise.
import { showPeopleNames, useShareStore } from './share-store';

export function PeopleNamesChoice({ show }: { show: boolean }) {
  const busy = useShareStore((s) => s.busy);
  return (
    <label className="people-names">
      <input type="checkbox" checked={show} disabled={busy} onChange={(e) => void showPeopleNames(e.target.checked)} />
      <span>
        Show people’s full names on phones
        <span className="invite-panel__hint"> Otherwise phones show initials, like “A. O.”, for people.</span>
      </span>
    </label>
  );
}
