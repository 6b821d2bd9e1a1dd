// An actor's part in the mapping project (participant, collaborator, community member, or none); one or several actors.
import { memo } from 'react';
import type { ActorId, ActorRole } from '../../../shared/domain';
import { ACTOR_ROLES } from '../../../shared/domain';
import { SelectField } from '../forms/SelectField';
import { updateActors } from '../state/detail-edits';
import { ROLE_WORDS } from './words';

export const NO_ROLE = 'none';
const CHOICES = [{ value: NO_ROLE, label: 'None' }, ...ACTOR_ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r] }))];

function RoleSelectComponent({ ids, value }: { ids: readonly ActorId[]; value: string }) {
  return (
    <SelectField
      label="Role in the project"
      value={value}
      choices={CHOICES}
      onCommit={(role) => updateActors(ids, { role: role === NO_ROLE ? null : (role as ActorRole) })}
    />
  );
}

export const RoleSelect = memo(RoleSelectComponent);
