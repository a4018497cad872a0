import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';

// A QR code of a link, drawn by the browser from a data URL (dark on white so every phone reads
// it, even on the projector). The link is also printed beside it by the caller.

export function QrCode({ url, size = 160, label }: { url: string; size?: number; label: string }) {
  const [data, setData] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(url, { margin: 1, width: size * 2, color: { dark: '#0a101c', light: '#ffffff' } })
      .then((d: string) => live && setData(d))
      .catch(() => live && setData(null));
    return () => {
      live = false;
    };
  }, [url, size]);
  return <div class="qr" style={{ width: `${size}px`, height: `${size}px` }}>{data && <img src={data} alt={label} width={size} height={size} />}</div>;
}
