import Phaser from 'phaser';
import QRCode from 'qrcode';

// A QR code of a join link as a Phaser image: the modules are drawn once on a canvas (synchronously,
// from the qrcode library's matrix) and kept as a texture, shown with nearest-neighbour scaling so
// it stays sharp on a projector.

const PX = 8;

function qrTexture(scene: Phaser.Scene, text: string): string {
  const key = `classqr:${text}`;
  if (scene.textures.exists(key)) return key;
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const side = (n + quiet * 2) * PX;
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, side, side);
  ctx.fillStyle = '#0a101c';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c)) ctx.fillRect((c + quiet) * PX, (r + quiet) * PX, PX, PX);
    }
  }
  const tex = scene.textures.addCanvas(key, canvas);
  tex?.setFilter(Phaser.Textures.FilterMode.NEAREST);
  return key;
}

/** A square QR code of `text` with its top-left corner at (x, y). */
export function qrImage(scene: Phaser.Scene, x: number, y: number, size: number, text: string): Phaser.GameObjects.Image {
  return scene.add.image(x, y, qrTexture(scene, text)).setOrigin(0, 0).setDisplaySize(size, size);
}
