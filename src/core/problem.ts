import type { PlainResponse } from './http-types.js';

/** samock's own errors (routing, control plane, its own bugs) use RFC 9457 problem+json. */
export function problem(
  status: number,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): PlainResponse {
  return {
    status,
    headers: { 'content-type': 'application/problem+json', ...headers },
    // A URN, not a URL: samock has no problem documentation site to point at.
    body: { type: `urn:samock:problem:${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, title, status, detail, ...extra },
  };
}
