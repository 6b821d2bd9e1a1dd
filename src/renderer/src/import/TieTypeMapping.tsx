// Each distinct value of the tie sheet's type column and the tie type its ties get: the match Caremap found, another
// existing tie type, a new tie type (its name editable), or no type at all.
import { useEffect, useState } from 'react';
import type { ImportPreview, TieTypeChoice } from '../../../shared/import/import-types';
import type { TieTypeId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { changeChoices } from './import-store';

const NEW = 'new';
const NONE = 'none';

function choiceValue(choice: TieTypeChoice | undefined): string {
  if (!choice) return NEW;
  return 'tieTypeId' in choice ? choice.tieTypeId : 'none' in choice ? NONE : NEW;
}

export function TieTypeMapping({ preview }: { preview: ImportPreview }) {
  const tieTypes = useDocumentStore((s) => s.tieTypes);
  const values = preview.tieTypeValues;
  if (values.length === 0 || preview.choices.tieSheet === null) return null;
  const choose = (key: string, choice: TieTypeChoice) =>
    void changeChoices({ tieTypes: { ...preview.choices.tieTypes, [key]: choice } });
  return (
    <table className="import-kinds import-tie-types">
      <caption>Tie types: what each type of tie in the file becomes</caption>
      <thead>
        <tr>
          <th scope="col">In the file</th>
          <th scope="col">Ties</th>
          <th scope="col">Tie type in the map</th>
        </tr>
      </thead>
      <tbody>
        {values.map((v) => {
          const choice = preview.choices.tieTypes?.[v.key];
          return (
            <tr key={v.key}>
              <th scope="row">{v.value}</th>
              <td>{v.count}</td>
              <td>
                <select
                  aria-label={`Tie type for “${v.value}”`}
                  value={choiceValue(choice)}
                  onChange={(event) => {
                    const value = event.target.value;
                    if (value === NEW) choose(v.key, { newTieType: v.value.slice(0, 200) });
                    else if (value === NONE) choose(v.key, { none: true });
                    else choose(v.key, { tieTypeId: value as TieTypeId });
                  }}
                >
                  {tieTypes.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name}
                      {t.id === v.matchedTieTypeId ? ' (matched)' : ''}
                    </option>
                  ))}
                  <option value={NEW}>A new tie type named…</option>
                  <option value={NONE}>No type</option>
                </select>
                {choice && 'newTieType' in choice && (
                  <NewTieTypeName
                    name={choice.newTieType}
                    label={v.value}
                    onName={(name) => choose(v.key, { newTieType: name })}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The new type's name, sent when the field is left (not per keystroke) and never empty: a type needs a name. */
function NewTieTypeName({ name, label, onName }: { name: string; label: string; onName: (name: string) => void }) {
  const [text, setText] = useState(name);
  useEffect(() => setText(name), [name]);
  const send = () => {
    const tidy = text.trim().replace(/\s+/g, ' ');
    if (tidy === '') setText(name);
    else if (tidy !== name) onName(tidy);
  };
  return (
    <input
      className="import-tie-types__name"
      aria-label={`Name of the new tie type for “${label}”`}
      value={text}
      maxLength={200}
      onChange={(event) => setText(event.target.value)}
      onBlur={send}
      onKeyDown={(event) => {
        if (event.key === 'Enter') send();
      }}
    />
  );
}
