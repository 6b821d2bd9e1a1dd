// An actor's care offers (from the map's own list) and care modes (the seed's three ways of caring); one or several actors.
import { memo, useMemo } from 'react';
import type { Actor, ActorId, CareMode } from '../../../shared/domain';
import { CARE_MODES } from '../../../shared/domain';
import { updateActors } from '../state/detail-edits';
import { useDocumentStore } from '../state/document-store';
import { openTaxonomyEditor } from '../taxonomy/open-taxonomy-editor';
import { ChoiceChips, countIn } from './ChoiceChips';
import { CARE_MODE_WORDS } from './words';

const CARE_MODE_OPTIONS = CARE_MODES.map((mode) => ({ id: mode, name: CARE_MODE_WORDS[mode] }));

function NoOffers() {
  return (
    <p className="field__help">
      This map has no care offers yet.{' '}
      <button type="button" className="link-button" onClick={() => openTaxonomyEditor('careOffers')}>
        Add some in Kinds &amp; lists
      </button>
    </p>
  );
}

export const CareOffersField = memo(function CareOffersField({ actors }: { actors: readonly Actor[] }) {
  const careOffers = useDocumentStore((s) => s.careOffers);
  const ids = useMemo(() => actors.map((a) => a.id), [actors]);
  const counts = useMemo(() => countIn(actors.map((a) => a.careOfferIds)), [actors]);
  const toggle = (id: string, add: boolean) =>
    updateActors(ids, add ? { addCareOffers: [id] } : { removeCareOffers: [id] });
  return (
    <ChoiceChips
      label="Care offers"
      options={careOffers}
      counts={counts}
      total={actors.length}
      onToggle={toggle}
      empty={<NoOffers />}
    />
  );
});

export const CareModesField = memo(function CareModesField({
  ids,
  careModes,
}: {
  ids: readonly ActorId[];
  careModes: readonly CareMode[];
}) {
  const counts = useMemo(() => countIn([careModes]), [careModes]);
  const toggle = (id: string, add: boolean) =>
    updateActors(ids, add ? { addCareModes: [id as CareMode] } : { removeCareModes: [id as CareMode] });
  return (
    <ChoiceChips
      label="Care modes"
      help="Tick all that apply."
      options={CARE_MODE_OPTIONS}
      counts={counts}
      total={1}
      onToggle={toggle}
      variant="checkboxes"
    />
  );
});
