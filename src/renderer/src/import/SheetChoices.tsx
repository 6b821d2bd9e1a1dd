// Which sheet holds the actors and which the ties (or none), what to do with ties to actors found nowhere, and
// whether A→B with B→A is two ties or one mutual tie.
import type { ImportPreview } from '../../../shared/import/import-types';
import { changeChoices } from './import-store';

const NONE = '';

function SheetSelect({
  label,
  value,
  preview,
  onChange,
}: {
  label: string;
  value: string | null;
  preview: ImportPreview;
  onChange(name: string | null): void;
}) {
  return (
    <label className="field">
      <span className="field__label">{label}</span>
      <select
        value={value ?? NONE}
        onChange={(event) => onChange(event.target.value === NONE ? null : event.target.value)}
      >
        <option value={NONE}>None</option>
        {preview.sheets.map((sheet) => (
          <option key={sheet.name} value={sheet.name}>
            {sheet.name} ({sheet.rows} rows){sheet.ignored ? ' — marked (ignore)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

export function SheetChoices({ preview }: { preview: ImportPreview }) {
  const { choices } = preview;
  // Network files and Gephi's tables name tie ends by node Id: an unknown Id is never made into an actor.
  const byId = (preview.layout === 'graph' || preview.layout === 'gephi') && choices.actorColumns.includes('id');
  return (
    <div className="import-sheets">
      <SheetSelect
        label="Actors are in the sheet"
        value={choices.actorSheet}
        preview={preview}
        onChange={(actorSheet) => void changeChoices({ actorSheet })}
      />
      <SheetSelect
        label="Ties are in the sheet"
        value={choices.tieSheet}
        preview={preview}
        onChange={(tieSheet) => void changeChoices({ tieSheet })}
      />
      {choices.tieSheet !== null && byId && (
        <p className="field__help import-unknown">
          Ties are matched to actors by their Id; a tie to an Id that is not in the file is skipped and listed below.
        </p>
      )}
      {choices.tieSheet !== null && !byId && (
        <fieldset className="import-unknown">
          <legend className="field__label">Ties that name an actor who is in neither the file nor the map</legend>
          <label>
            <input
              type="radio"
              name="unknown-actors"
              checked={choices.unknownActors === 'skip'}
              onChange={() => void changeChoices({ unknownActors: 'skip' })}
            />{' '}
            Skip those ties
          </label>
          <label>
            <input
              type="radio"
              name="unknown-actors"
              checked={choices.unknownActors === 'create'}
              onChange={() => void changeChoices({ unknownActors: 'create' })}
            />{' '}
            Add those actors
          </label>
        </fieldset>
      )}
      {choices.tieSheet !== null && (
        <fieldset className="import-unknown">
          <legend className="field__label">A tie from A to B and one back from B to A (same type)</legend>
          <label>
            <input
              type="radio"
              name="reciprocal"
              checked={choices.reciprocal !== 'mutual'}
              onChange={() => void changeChoices({ reciprocal: 'two-ties' })}
            />{' '}
            Two ties, one each way (as the file says)
          </label>
          <label>
            <input
              type="radio"
              name="reciprocal"
              checked={choices.reciprocal === 'mutual'}
              onChange={() => void changeChoices({ reciprocal: 'mutual' })}
            />{' '}
            One two-way (mutual) tie
          </label>
        </fieldset>
      )}
    </div>
  );
}
