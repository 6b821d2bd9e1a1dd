// Each column of a sheet and where its values go; every choice can be changed. Columns left as "a field of its own"
// become custom fields named after their header.
import type { ActorTarget, ImportPreview, TieTarget } from '../../../shared/import/import-types';
import { ACTOR_TARGETS, TIE_TARGETS } from '../../../shared/import/import-types';
import { changeChoices } from './import-store';
import { ACTOR_TARGET_WORDS, TIE_TARGET_WORDS } from './words';

interface Props {
  preview: ImportPreview;
  role: 'actors' | 'ties';
}

export function ColumnMapping({ preview, role }: Props) {
  const sheetName = role === 'actors' ? preview.choices.actorSheet : preview.choices.tieSheet;
  const sheet = preview.sheets.find((s) => s.name === sheetName);
  if (!sheet) return null;
  const targets: readonly string[] = role === 'actors' ? preview.choices.actorColumns : preview.choices.tieColumns;
  const options: readonly string[] = role === 'actors' ? ACTOR_TARGETS : TIE_TARGETS;
  const words: Record<string, string> = role === 'actors' ? ACTOR_TARGET_WORDS : TIE_TARGET_WORDS;
  const change = (index: number, target: string) => {
    const next = [...targets];
    next[index] = target;
    void changeChoices(
      role === 'actors' ? { actorColumns: next as ActorTarget[] } : { tieColumns: next as TieTarget[] },
    );
  };
  return (
    <table className="import-columns">
      <caption>
        Columns of “{sheet.name}” (headers in row {sheet.headerRow})
      </caption>
      <thead>
        <tr>
          <th scope="col">Column</th>
          <th scope="col">For example</th>
          <th scope="col">Goes to</th>
        </tr>
      </thead>
      <tbody>
        {sheet.columns.map((column) => (
          <tr key={column.index}>
            <th scope="row">
              <span className="import-columns__letter">{column.letter}</span> {column.header || <em>no header</em>}
            </th>
            <td className="import-columns__samples">{column.samples.join(' · ') || <em>empty</em>}</td>
            <td>
              <select
                aria-label={`Column ${column.letter} ${column.header} goes to`}
                value={targets[column.index] ?? 'ignore'}
                onChange={(event) => change(column.index, event.target.value)}
              >
                {options.map((target) => (
                  <option
                    key={target}
                    value={target}
                    disabled={(target === 'custom' || target === 'customNumber') && !column.header}
                  >
                    {target === 'custom' && column.header
                      ? `A text field of its own: “${column.header}”`
                      : target === 'customNumber' && column.header
                        ? `A number field of its own: “${column.header}”`
                        : words[target]}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
