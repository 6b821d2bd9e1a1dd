// Care offers (peer support, shared meals…): rename, add, delete (taking the offer off the actors that had it).
import type { CareOffer } from '../../../shared/domain';
import { useDocumentStore } from '../state/document-store';
import { editTaxonomy } from '../state/taxonomy-edits';
import { AddEntryForm } from './AddEntryForm';
import { EntryRow } from './EntryRow';
import { RemovePanel } from './RemovePanel';
import { useUsageCounts } from './usage-counts';
import { DetailsLoading } from '../inspector/DetailsLoading';
import { useAllDetails } from '../state/use-details';
import { plural } from '../../../shared/wording';

function CareOfferRow({ offer, count }: { offer: CareOffer; count: number }) {
  return (
    <EntryRow
      name={offer.name}
      entryWord="care offer"
      onRename={(name) => editTaxonomy('careOffers.update', { id: offer.id, name })}
      usage={`${plural(count, 'actor')}`}
      actions={[
        {
          label: 'Delete…',
          accessibleLabel: `Delete the care offer “${offer.name}”`,
          panel: (close) => (
            <RemovePanel
              message={
                count === 0
                  ? `No actor offers “${offer.name}”. Delete it?`
                  : `${plural(count, 'actor')} ${count === 1 ? 'offers' : 'offer'} “${offer.name}”; deleting it takes it off ${count === 1 ? 'that actor' : 'them'}. Undo puts it back.`
              }
              confirmLabel="Delete care offer"
              onCancel={close}
              onConfirm={() => editTaxonomy('careOffers.delete', { id: offer.id })}
            />
          ),
        },
      ]}
    />
  );
}

/** Counts (and a delete's question) need every record's details: none is shown as 0 for want of them. */
export function CareOffersTab() {
  const ready = useAllDetails(true, 'actors');
  if (!ready) return <DetailsLoading what="how many actors use each" />;
  return <CareOffersTabLoaded />;
}

function CareOffersTabLoaded() {
  const offers = useDocumentStore((s) => s.careOffers);
  const counts = useUsageCounts('careOffers');
  return (
    <>
      <p className="taxonomy__intro">
        What actors offer to the people around them. Pick them for each actor in the details panel.
      </p>
      <ul className="entries" aria-label="Care offers">
        {offers.map((offer) => (
          <CareOfferRow key={offer.id} offer={offer} count={counts[offer.id] ?? 0} />
        ))}
      </ul>
      <AddEntryForm
        button="Add care offer"
        label="Add a care offer"
        placeholder="e.g. Hot showers"
        onAdd={(name) => editTaxonomy('careOffers.create', { name })}
      />
    </>
  );
}
