import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseQuery, serializeBody, type PlainRequest, type PlainResponse } from '../core/http-types.js';

/** The request line and headers as a plain request, before any of the body is read. */
export function plainRequestHead(req: IncomingMessage): PlainRequest {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return {
    method: req.method ?? 'GET',
    path: q === -1 ? url : url.slice(0, q),
    query: q === -1 ? {} : parseQuery(url.slice(q + 1)),
    headers: req.headers as Record<string, string | undefined>,
  };
}

/** The client went away, or Node answered 408, before the whole body arrived: nothing to handle. */
export class RequestAborted extends Error {
  constructor() {
    super('The request ended before its body arrived.');
    this.name = 'RequestAborted';
  }
}

/** Does the request announce a body? */
export function hasBody(req: IncomingMessage): boolean {
  return req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
}

/**
 * Reads the body of a request whose head is `base`: no Fetch objects on the hot path. Past
 * `limit` bytes the body is not kept. A request that never completes (an abort, a 408)
 * rejects with RequestAborted: handling it with a partial or empty body would act on
 * something the client never sent.
 */
export function readPlainRequest(req: IncomingMessage, base: PlainRequest, limit: number): Promise<PlainRequest> {
  const declared = Number(req.headers['content-length']);
  if (declared > limit) {
    // Don't read a body we will refuse; the response closes the connection.
    req.resume();
    return Promise.resolve({ ...base, bodyTooLarge: true });
  }
  if (!hasBody(req)) return Promise.resolve(base);
  return new Promise((resolve, reject) => {
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
    const abandon = () => {
      if (done) return;
      done = true;
      chunks.length = 0;
      reject(new RequestAborted());
    };
    req.on('error', abandon);
    req.on('close', () => {
      if (!req.complete) abandon();
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
  // Written into the answer's own headers, not a copy (every request paid for one): the
  // response is this request's alone, and the length is the payload's whatever reuses it.
  response.headers['content-length'] = payload === undefined ? '0' : String(Buffer.byteLength(payload));
  if (closeConnection) res.setHeader('connection', 'close');
  res.writeHead(response.status, response.headers);
  if (response.transportFault === 'truncate' && payload) {
    // A fault: promise the whole body, send half, then hang up.
    const bytes = Buffer.from(payload);
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
    return;
  }
  res.end(payload);
}
