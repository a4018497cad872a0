import { useMemo } from 'preact/hooks';
import QRCode from 'qrcode';

// A QR code of a link as an SVG of its modules (crisp at any size, on a projector too), with the
// link as its accessible name.

export function QrCode({ text, label, size }: { text: string; label: string; size?: number }) {
  const { n, path } = useMemo(() => {
    const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const count = qr.modules.size;
    let d = '';
    for (let r = 0; r < count; r++) for (let c = 0; c < count; c++) if (qr.modules.get(r, c)) d += `M${c + 2} ${r + 2}h1v1h-1z`;
    return { n: count + 4, path: d };
  }, [text]);
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`0 0 ${n} ${n}`} width={size} height={size} shape-rendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={path} fill="#0a101c" />
    </svg>
  );
}
