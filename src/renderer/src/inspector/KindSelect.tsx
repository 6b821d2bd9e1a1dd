// The kind of one actor or several, from the map's list, with the kind's shape beside the drop-down.
import { memo } from 'react';
import type { ActorId } from '../../../shared/domain';
import { ActorShape } from '../canvas/ActorShape';
import { MIXED, SelectField } from '../forms/SelectField';
import { updateActors } from '../state/detail-edits';
import { useDocumentStore } from '../state/document-store';

function KindSelectComponent({ ids, value }: { ids: readonly ActorId[]; value: string }) {
  const kinds = useDocumentStore((s) => s.kinds);
  const kind = value === MIXED ? undefined : kinds.find((k) => k.id === value);
  return (
    <SelectField
      label="Kind"
      value={value}
      choices={kinds.map((k) => ({ value: k.id, label: k.name }))}
      adornment={<ActorShape shape={kind?.shape ?? 'circle'} colour={kind?.colour ?? '#d5dbe3'} size={26} />}
      onCommit={(kindId) => updateActors(ids, { kindId: kindId })}
    />
  );
}

export const KindSelect = memo(KindSelectComponent);
