/**
 * The plain request and response every transport converts to and from. The core
 * never sees a socket, a Fetch Request or an msw type (see design: Architecture).
 */
export interface PlainRequest {
  method: string;
  /** The URL path, still percent-encoded, without the query string. */
  path: string;
  query: Record<string, string | string[]>;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  /** The body as text; undefined when the request had none. */
  rawBody?: string;
  /** Set by a transport that stopped reading a body over the size limit. */
  bodyTooLarge?: boolean;
}

export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  /** JSON value when the content type is JSON, text otherwise; undefined for no body. */
  body?: unknown;
  /** A transport-level fault to act out: drop the connection, or send half the body. */
  transportFault?: 'reset' | 'truncate';
}

/** Serialises a plain response body the way every transport must. */
export function serializeBody(response: PlainResponse): string | undefined {
  if (response.body === undefined) return undefined;
  const type = response.headers['content-type'] ?? '';
  if (typeof response.body === 'string' && !/json/i.test(type)) return response.body;
  return JSON.stringify(response.body);
}

/** Parses `a=1&b=2&b=3` into `{a: '1', b: ['2', '3']}`. */
export function parseQuery(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (!search) return query;
  for (const [key, value] of new URLSearchParams(search)) {
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[key] = [existing, value];
  }
  return query;
}
