// An individual's consent to appear on the map, and the day it was given or withdrawn.
import { memo } from 'react';
import type { Actor, Consent } from '../../../shared/domain';
import { CONSENT_STATES } from '../../../shared/domain';
import { todayIsoDate } from '../../../shared/dates';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { updateActors } from '../state/detail-edits';
import { CONSENT_WORDS } from './words';

const NOT_RECORDED = 'not-recorded';
const CHOICES = [
  { value: NOT_RECORDED, label: 'Not recorded' },
  ...CONSENT_STATES.map((c) => ({ value: c, label: CONSENT_WORDS[c] })),
];

/** Giving or withdrawing consent dates it today unless a date is already there; clearing it clears the date. */
function consentPatch(actor: Actor, choice: string) {
  if (choice === NOT_RECORDED) return { consent: null, consentDate: null };
  const consent = choice as Consent;
  const dated = consent !== 'not-asked' && actor.consentDate === null;
  return dated ? { consent, consentDate: todayIsoDate() } : { consent };
}

function ConsentFieldsComponent({ actor }: { actor: Actor }) {
  return (
    <div className="inspector__consent">
      <SelectField
        label="Consent to appear on the map"
        value={actor.consent ?? NOT_RECORDED}
        choices={CHOICES}
        help="Whether this person agreed to be shown on the map."
        onCommit={(choice) => updateActors([actor.id], consentPatch(actor, choice))}
      />
      {actor.consent !== null && (
        <TextField
          label="Date of consent"
          type="date"
          value={actor.consentDate ?? ''}
          help="The day it was given or withdrawn."
          onCommit={(day) => updateActors([actor.id], { consentDate: day === '' ? null : day })}
        />
      )}
    </div>
  );
}

export const ConsentFields = memo(ConsentFieldsComponent);
