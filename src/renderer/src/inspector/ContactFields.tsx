// How to reach an actor: email, phone, and anything else ("ask at the front desk").
import { memo } from 'react';
import type { Actor } from '../../../shared/domain';
import { TextField } from '../forms/TextField';
import { updateActors } from '../state/detail-edits';

function ContactFieldsComponent({ actor }: { actor: Actor }) {
  const save = (key: 'email' | 'phone' | 'other') => (value: string) =>
    updateActors([actor.id], { contact: { [key]: value } });
  return (
    <fieldset className="inspector__group">
      <legend className="field__label">Contact details</legend>
      <TextField label="Email" type="email" value={actor.contact.email} maxLength={320} onCommit={save('email')} />
      <TextField label="Phone" type="tel" value={actor.contact.phone} maxLength={100} onCommit={save('phone')} />
      <TextField
        label="Other contact details"
        value={actor.contact.other}
        maxLength={1000}
        placeholder="e.g. ask at the front desk"
        onCommit={save('other')}
      />
    </fieldset>
  );
}

export const ContactFields = memo(ContactFieldsComponent);
