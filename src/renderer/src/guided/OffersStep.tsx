// "What does each one offer?": the map's care offers as buttons beside each actor; pressing one adds or removes it.
import { useDocumentStore } from '../state/document-store';
import { toggleCareOffer } from './guided-actions';
import { ActorRows } from './ActorRows';

export function OffersStep() {
  const offers = useDocumentStore((s) => s.careOffers);
  return (
    <ActorRows label="Care offers of each actor">
      {(actor) => (
        <div className="guided__choices" role="group" aria-label={`Care offers of ${actor.name}`}>
          {offers.map((offer) => {
            const has = actor.careOfferIds.includes(offer.id);
            return (
              <button
                key={offer.id}
                type="button"
                className="guided__choice"
                aria-pressed={has}
                onClick={() => void toggleCareOffer(actor.id, offer.id, has)}
              >
                {offer.name}
              </button>
            );
          })}
        </div>
      )}
    </ActorRows>
  );
}
