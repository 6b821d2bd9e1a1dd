// Where a record came from (by hand, a workshop, an import), when, and how sure the facilitator is.
import { memo } from 'react';
import type { Provenance, ProvenanceSource } from '../../../shared/domain';
import { CERTAINTIES, PROVENANCE_SOURCES } from '../../../shared/domain';
import type { ProvenancePatch } from '../../../shared/api-fields';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { CERTAINTY_WORDS, choicesOf, SOURCE_WORDS } from './words';

const SOURCE_CHOICES = choicesOf(PROVENANCE_SOURCES, SOURCE_WORDS);
export const CERTAINTY_CHOICES = choicesOf(CERTAINTIES, CERTAINTY_WORDS);

const LABEL_WORDS: Record<ProvenanceSource, string> = {
  hand: 'Note on the source',
  workshop: 'Workshop name',
  import: 'File name',
};

/** What the import recorded about its spreadsheet; Caremap wrote it, so it is shown, not edited. */
function importPlace(p: Provenance): string | null {
  if (p.source !== 'import' || (p.sheet === null && p.row === null)) return null;
  const sheet = p.sheet ? `sheet “${p.sheet}”` : null;
  const row = p.row !== null ? `row ${p.row}` : null;
  return `Read from ${[sheet, row].filter(Boolean).join(', ')}.`;
}

interface Props {
  provenance: Provenance;
  onCommit(patch: ProvenancePatch): Promise<void>;
}

function ProvenanceFieldsComponent({ provenance, onCommit }: Props) {
  const place = importPlace(provenance);
  return (
    <>
      <SelectField
        label="Source"
        value={provenance.source}
        choices={SOURCE_CHOICES}
        onCommit={(source) => onCommit({ source: source as ProvenanceSource })}
      />
      {(provenance.source !== 'hand' || provenance.label !== '') && (
        <TextField
          label={LABEL_WORDS[provenance.source]}
          value={provenance.label}
          maxLength={300}
          onCommit={(label) => onCommit({ label })}
        />
      )}
      {place && <p className="inspector__fact">{place}</p>}
      <TextField
        label="Recorded on"
        type="date"
        value={provenance.recordedOn ?? ''}
        onCommit={(day) => onCommit({ recordedOn: day === '' ? null : day })}
      />
      <SelectField
        label="Certainty"
        value={provenance.certainty}
        choices={CERTAINTY_CHOICES}
        onCommit={(certainty) => onCommit({ certainty: certainty as Provenance['certainty'] })}
      />
    </>
  );
}

export const ProvenanceFields = memo(ProvenanceFieldsComponent);
