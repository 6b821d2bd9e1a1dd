// The export dialog's "Anonymise people" choice, saying plainly what an anonymised file keeps and leaves out, and
// which kinds count as people on this map (so a facilitator sees at once if "Volunteers" is not ticked).
import { EVERYONE_DROPS, PERSON_DROPS, PERSON_KEEPS } from '../../../shared/anonymise';
import { useDocumentStore } from '../state/document-store';

export function AnonymiseChoice({ checked, onChange }: { checked: boolean; onChange(checked: boolean): void }) {
  const peopleKinds = useDocumentStore((s) =>
    s.kinds
      .filter((k) => k.people)
      .map((k) => k.name)
      .join(', '),
  );
  return (
    <div className="export__anonymise">
      <label className="export__choice">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>
          <span className="export__format-label">Anonymise people</span>
          <span className="export__format-help">
            {peopleKinds === ''
              ? 'No kind on this map is marked as people, so no one would be anonymised. Mark them in Kinds & lists first.'
              : `People (${peopleKinds}) become “Person 1, 2…”. Groups and organisations keep their names.`}
          </span>
        </span>
      </label>
      {checked && (
        <div className="export__privacy" aria-label="What the anonymised file holds">
          <p>
            <strong>Kept for each person:</strong> {PERSON_KEEPS.join('; ')}.
          </p>
          <p>
            <strong>Left out for each person:</strong> {PERSON_DROPS.join('; ')}.
          </p>
          <p>
            <strong>Left out for everyone:</strong> {EVERYONE_DROPS.join('; ')}.
          </p>
        </div>
      )}
    </div>
  );
}
