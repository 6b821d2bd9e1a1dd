// Workshop mode while sharing: the QR code and join code large in a corner of the projected map; the facilitator can hide it.
import { QrCode } from './QrCode';
import { scanAddress, spacedCode } from './share-words';
import { hideProjectorCard, useShareStore } from './share-store';

export function ProjectorCard() {
  const share = useShareStore((s) => s.share);
  const scan = share ? scanAddress(share) : null;
  if (!share || !scan) return null;
  return (
    <aside className="projector-card" aria-label="How to join this map">
      <p className="projector-card__title">Join the map from your phone</p>
      <QrCode text={scan} size={220} label="QR code to join this map" />
      <p className="projector-card__code">{spacedCode(share.joinCode ?? '')}</p>
      <p className="projector-card__url">{share.joinUrl}</p>
      <button type="button" className="projector-card__hide" onClick={() => hideProjectorCard(true)}>
        Hide
      </button>
    </aside>
  );
}
