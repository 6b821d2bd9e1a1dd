// The filter panel: which actors and ties to show, by kind, tie type and status, tag, care offer, role,
// provenance and custom field values; and whether the rest are hidden or dimmed.
import { memo, useMemo } from 'react';
import { ACTOR_ROLES, CERTAINTIES, PROVENANCE_SOURCES } from '../../../shared/domain';
import { useDetailsStore } from '../state/details-store';
import { useDocumentStore } from '../state/document-store';
import { useAllDetails } from '../state/use-details';
import { clearFilter, setFilteredOut, useViewStore } from '../state/view-store';
import { CERTAINTY_WORDS, ROLE_WORDS, SOURCE_WORDS } from '../inspector/words';
import { CheckList } from './CheckList';
import { FieldConditionInput } from './FieldConditionInput';
import { tagsInUse } from './tags-in-use';

function HideOrDim() {
  const style = useViewStore((s) => s.filteredOut);
  return (
    <fieldset className="filter-panel__group filter-panel__group--inline">
      <legend className="filter-panel__legend">Actors left out are</legend>
      <label className="filter-panel__check">
        <input type="radio" name="filtered-out" checked={style === 'dim'} onChange={() => setFilteredOut('dim')} />{' '}
        Dimmed
      </label>
      <label className="filter-panel__check">
        <input type="radio" name="filtered-out" checked={style === 'hide'} onChange={() => setFilteredOut('hide')} />{' '}
        Hidden
      </label>
    </fieldset>
  );
}

const ROLE_OPTIONS = [
  ...ACTOR_ROLES.map((r) => ({ value: r, label: ROLE_WORDS[r] })),
  { value: null, label: 'No role' },
];
const SOURCE_OPTIONS = PROVENANCE_SOURCES.map((s) => ({ value: s, label: SOURCE_WORDS[s] }));
const CERTAINTY_OPTIONS = CERTAINTIES.map((c) => ({ value: c, label: CERTAINTY_WORDS[c].split(' – ')[0]! }));

export const FilterPanel = memo(function FilterPanel({ onClose }: { onClose: () => void }) {
  const kinds = useDocumentStore((s) => s.kinds);
  const tieTypes = useDocumentStore((s) => s.tieTypes);
  const tieStatuses = useDocumentStore((s) => s.tieStatuses);
  const careOffers = useDocumentStore((s) => s.careOffers);
  const customFields = useDocumentStore((s) => s.actorFields);
  // Tags are among the details: the panel asks for every actor's on opening, and lists tags once they are here.
  useAllDetails(true);
  const tags = useDetailsStore((s) => tagsInUse(s.actors));
  const options = useMemo(
    () => ({
      kinds: kinds.map((k) => ({ value: k.id, label: k.name, colour: k.colour })),
      tieTypes: tieTypes.map((t) => ({ value: t.id, label: t.name, colour: t.colour })),
      tieStatuses: tieStatuses.map((t) => ({ value: t.id, label: t.name })),
      careOffers: careOffers.map((o) => ({ value: o.id, label: o.name })),
      tags: tags.map((t) => ({ value: t, label: t })),
    }),
    [kinds, tieTypes, tieStatuses, careOffers, tags],
  );
  return (
    <section className="filter-panel" role="region" aria-label="Filter">
      <div className="filter-panel__head">
        <h2 className="panel__title">Filter</h2>
        <p className="panel__help">
          Tick what to show. Within a list any ticked value counts; across lists all must match.
        </p>
        <button
          type="button"
          className="icon-button"
          aria-label="Close the filter"
          title="Close the filter"
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <div className="filter-panel__body">
        <HideOrDim />
        <CheckList legend="Kind" filterKey="kindIds" options={options.kinds} />
        <CheckList legend="Tag" filterKey="tags" options={options.tags} />
        <CheckList legend="Care offer" filterKey="careOfferIds" options={options.careOffers} />
        <CheckList legend="Role in the project" filterKey="roles" options={ROLE_OPTIONS} />
        <CheckList legend="Tie type" filterKey="tieTypeIds" options={options.tieTypes} />
        <CheckList legend="Tie status" filterKey="tieStatusIds" options={options.tieStatuses} />
        <CheckList legend="Where it came from" filterKey="sources" options={SOURCE_OPTIONS} />
        <CheckList legend="How sure" filterKey="certainties" options={CERTAINTY_OPTIONS} />
        {customFields.length > 0 && (
          <fieldset className="filter-panel__group">
            <legend className="filter-panel__legend">Your own fields</legend>
            {customFields.map((f) => (
              <FieldConditionInput key={f.id} field={f} />
            ))}
          </fieldset>
        )}
      </div>
      <div className="filter-panel__foot">
        <button type="button" className="button button--small" onClick={clearFilter}>
          Clear filter
        </button>
      </div>
    </section>
  );
});
