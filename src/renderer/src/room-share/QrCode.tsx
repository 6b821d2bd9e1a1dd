// The join address as a QR code, drawn as SVG; the QR library is loaded only when a code is first shown.
import { useEffect, useState } from 'react';
import { qrPath, qrSide } from './qr-path';

interface Drawn {
  text: string;
  path: string;
  side: number;
}

export function QrCode({ text, size, label }: { text: string; size: number; label: string }) {
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  useEffect(() => {
    let live = true;
    void import('qrcode').then(({ create }) => {
      // M: still readable with a smudge or a projector's glare, yet few enough modules for a phone across the room.
      const { modules } = create(text, { errorCorrectionLevel: 'M' });
      if (live) setDrawn({ text, path: qrPath(modules), side: qrSide(modules.size) });
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!drawn || drawn.text !== text) return <div className="qr-code" style={{ width: size, height: size }} />;
  return (
    <svg
      className="qr-code"
      width={size}
      height={size}
      viewBox={`0 0 ${drawn.side} ${drawn.side}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-qr-text={text}
    >
      <rect width={drawn.side} height={drawn.side} fill="#fff" />
      <path d={drawn.path} fill="#000" />
    </svg>
  );
}
