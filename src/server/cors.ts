import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Frontend dev servers run on another origin than samock (Vite on :5173, samock on
 * :4010), so API answers allow any origin, and CORS preflights are answered here,
 * before the mock (they are the browser's, not the client's, requests). The control
 * plane is different: `allows` says which origins may read it (see control/web-guard.ts);
 * a foreign origin's preflight is refused and its answers carry no CORS headers.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, allows: (path: string, origin: string) => boolean): boolean {
  const origin = req.headers.origin;
  const allowed = origin === undefined || allows((req.url ?? '/').split('?', 1)[0]!, origin);
  res.setHeader('vary', 'Origin');
  // Only browsers send Origin, and only they read these headers.
  if (origin !== undefined && allowed) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('access-control-expose-headers', '*');
  }
  const isPreflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (!isPreflight) return false;
  if (!allowed) {
    res.writeHead(403, { 'content-length': 0 });
    res.end();
    return true;
  }
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
    'access-control-max-age': '600',
    'content-length': 0,
  });
  res.end();
  return true;
}
