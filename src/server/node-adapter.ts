import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseQuery, serializeBody, type PlainRequest, type PlainResponse } from '../core/http-types.js';

/**
 * Converts an IncomingMessage straight to a plain request: no Fetch objects on the hot path.
 * `limitFor` says how many body bytes this path may send; past it the body is not kept.
 */
export function readPlainRequest(req: IncomingMessage, limitFor: (method: string, path: string) => number): Promise<PlainRequest> {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  const base: PlainRequest = {
    method: req.method ?? 'GET',
    path: q === -1 ? url : url.slice(0, q),
    query: q === -1 ? {} : parseQuery(url.slice(q + 1)),
    headers: req.headers as Record<string, string | undefined>,
  };
  const limit = limitFor(base.method, base.path);
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    // Don't read a body we will refuse; the response closes the connection.
    req.resume();
    return Promise.resolve({ ...base, bodyTooLarge: true });
  }
  if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) {
    return Promise.resolve(base);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        resolve({ ...base, bodyTooLarge: true });
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolve({ ...base, rawBody: chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', () => {
      if (done) return;
      done = true;
      resolve({ ...base, rawBody: '' });
    });
  });
}

export function writePlainResponse(res: ServerResponse, response: PlainResponse, closeConnection = false): void {
  if (response.transportFault === 'reset') {
    // A fault: drop the connection with no answer at all.
    res.socket?.destroy();
    return;
  }
  const payload = serializeBody(response);
  const headers: Record<string, string | number> = { ...response.headers };
  headers['content-length'] = payload === undefined ? 0 : Buffer.byteLength(payload);
  if (closeConnection) headers['connection'] = 'close';
  res.writeHead(response.status, headers);
  if (response.transportFault === 'truncate' && payload) {
    // A fault: promise the whole body, send half, then hang up.
    const bytes = Buffer.from(payload);
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
    return;
  }
  res.end(payload);
}
