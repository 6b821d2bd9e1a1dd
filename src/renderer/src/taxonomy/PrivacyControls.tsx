// The two privacy questions of Kinds & lists: are a kind's actors people (so shared exports anonymise them), and is
// a field safe to share for people. Plain words, because a facilitator decides here what leaves the room.

/** "People" or "Groups or organisations"; '' until the facilitator answers (a new kind must be answered). */
export type PeopleAnswer = '' | 'people' | 'organisations';

export function PeopleSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: PeopleAnswer;
  onChange(value: PeopleAnswer): void;
}) {
  return (
    <select
      className="entry__select entry__people"
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value as PeopleAnswer)}
    >
      {value === '' && <option value="">These actors are…</option>}
      <option value="people">People</option>
      <option value="organisations">Groups or organisations</option>
    </select>
  );
}

export function SafeToShareBox({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <label
      className="entry__safe"
      title="Kept for people in an anonymised export. Leave unticked for anything that could identify someone."
    >
      <input
        type="checkbox"
        aria-label={label}
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <span aria-hidden="true">Safe to share</span>
    </label>
  );
}
