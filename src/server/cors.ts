import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Frontend dev servers run on another origin than samock (Vite on :5173, samock on
 * :4010), so every answer allows any origin, and CORS preflights are answered here,
 * before the mock (they are the browser's, not the client's, requests).
 */
export function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
  res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
  res.setHeader('access-control-expose-headers', '*');
  res.setHeader('vary', 'Origin');
  const isPreflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
  if (!isPreflight) return false;
  res.writeHead(204, {
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS',
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
    'access-control-max-age': '600',
    'content-length': 0,
  });
  res.end();
  return true;
}
