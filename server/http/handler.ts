import type { IncomingMessage, ServerResponse } from 'node:http';
import { serveApi } from './api';
import { serveStatic } from './static';

// The HTTP side of the game server (Colyseus answers /matchmake itself): JSON endpoints first,
// then the built client, then a 404.

/** Extra JSON routes tried before the built-in ones (e.g. match records); true when answered. */
export type HttpRoute = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export function createHttpHandler(staticDir: string | null, routes: HttpRoute[] = []) {
  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    for (const route of routes) if (await route(req, res)) return true;
    return serveApi(req, res);
  };
  return function computeRaceHttp(req: IncomingMessage, res: ServerResponse): void {
    serve(req, res)
      .then((done) => {
        if (done) return;
        if (staticDir && serveStatic(staticDir, req, res)) return;
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(staticDir ? 'Not found' : 'Not found (the client is not built: run `npm run build`)');
      })
      .catch((err) => {
        console.error('[http]', err);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  };
}
