import type { IncomingMessage } from 'node:http';

// Reading a request body with a size limit: stops reading (and says so) as soon as the limit is
// passed, so an oversized upload costs no more than the limit.

export type BodyResult = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true; received: number } | { ok: false; tooLarge: false; error: string };

export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve({ ok: false, tooLarge: true, received: declared });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (r: BodyResult) => {
      if (done) return;
      done = true;
      resolve(r);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        req.resume();
        finish({ ok: false, tooLarge: true, received: size });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish({ ok: true, bytes: new Uint8Array(Buffer.concat(chunks)) }));
    req.on('error', (err) => finish({ ok: false, tooLarge: false, error: err.message }));
    req.on('aborted', () => finish({ ok: false, tooLarge: false, error: 'the upload was interrupted' }));
  });
}
