// Each distinct value of the type column and the kind its actors get: the match Caremap found, another existing
// kind, or a new kind of that name.
import type { KindChoice, ImportPreview } from '../../../shared/import/import-types';
import type { KindId } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { PeopleSelect } from '../taxonomy/PrivacyControls';
import { changeChoices } from './import-store';

const NEW = 'new:';

function choiceValue(choice: KindChoice | undefined): string {
  if (!choice) return '';
  return 'kindId' in choice ? choice.kindId : `${NEW}${choice.newKind}`;
}

export function KindMapping({ preview }: { preview: ImportPreview }) {
  const kinds = useDocumentStore((s) => s.kinds);
  const values = preview.kindValues.filter(
    (v) =>
      v.count > 0 || (v.key === '' && preview.choices.unknownActors === 'create' && preview.choices.tieSheet !== null),
  );
  if (values.length === 0 || (preview.choices.actorSheet === null && preview.choices.unknownActors === 'skip'))
    return null;
  const change = (key: string, value: string) => {
    const choice: KindChoice = value.startsWith(NEW)
      ? { newKind: value.slice(NEW.length) }
      : { kindId: value as KindId };
    void changeChoices({ kinds: { ...preview.choices.kinds, [key]: choice } });
  };
  return (
    <table className="import-kinds">
      <caption>Kinds: what each type in the file becomes</caption>
      <thead>
        <tr>
          <th scope="col">In the file</th>
          <th scope="col">Actors</th>
          <th scope="col">Kind in the map</th>
        </tr>
      </thead>
      <tbody>
        {values.map((v) => {
          const label = v.key === '' ? 'No type given' : v.value;
          return (
            <tr key={v.key}>
              <th scope="row">{v.key === '' ? <em>{label}</em> : label}</th>
              <td>{v.count}</td>
              <td>
                <select
                  aria-label={`Kind for “${label}”`}
                  value={choiceValue(preview.choices.kinds[v.key])}
                  onChange={(event) => change(v.key, event.target.value)}
                >
                  {kinds.map((k) => (
                    <option key={k.id} value={k.id}>
                      {k.name}
                      {k.id === v.matchedKindId ? ' (matched)' : ''}
                    </option>
                  ))}
                  {v.key !== '' && !kinds.some((k) => k.name.toLowerCase() === v.value.toLowerCase()) && (
                    <option value={`${NEW}${v.value}`}>New kind: “{v.value}”</option>
                  )}
                </select>
                <NewKindPeople preview={preview} valueKey={v.key} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A new kind is asked whether its actors are people; unanswered they count as people (the safe side). */
function NewKindPeople({ preview, valueKey }: { preview: ImportPreview; valueKey: string }) {
  const choice = preview.choices.kinds[valueKey];
  if (!choice || !('newKind' in choice)) return null;
  return (
    <PeopleSelect
      label={`Are the actors of the new kind “${choice.newKind}” people?`}
      value={choice.people === false ? 'organisations' : 'people'}
      onChange={(answer) =>
        void changeChoices({
          kinds: { ...preview.choices.kinds, [valueKey]: { newKind: choice.newKind, people: answer === 'people' } },
        })
      }
    />
  );
}
