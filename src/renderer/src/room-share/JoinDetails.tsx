// How people join: the QR code (address and code in one scan), the code large, the address, and when the code runs out.
import type { ShareState } from '../../../shared/room';
import { QrCode } from './QrCode';
import { codeExpiryWords, scanAddress, spacedCode } from './share-words';
import { newCode, useShareStore } from './share-store';
import { useNow } from './use-now';

export function JoinDetails({ share }: { share: ShareState }) {
  const busy = useShareStore((s) => s.busy);
  const now = useNow();
  const scan = scanAddress(share);
  return (
    <div className="join-details">
      {scan && <QrCode text={scan} size={184} label="QR code: scan it with a phone’s camera to join this map" />}
      <div className="join-details__words">
        <span className="join-details__label" id="join-code-label">
          Join code
        </span>
        <strong className="join-details__code" aria-labelledby="join-code-label" data-code={share.joinCode ?? ''}>
          {spacedCode(share.joinCode ?? '')}
        </strong>
        <span className="join-details__label">Or open</span>
        <span className="join-details__url">{share.joinUrl}</span>
        <p className="invite-panel__hint">{codeExpiryWords(share.codeExpiresAt, now)}</p>
        <button type="button" className="button" disabled={busy} onClick={() => void newCode()}>
          New code
        </button>
      </div>
    </div>
  );
}
