import { sha256 } from '../hash.js';
import type { PlainRequest, PlainResponse } from '../core/http-types.js';
import { problem } from '../core/problem.js';
import { isJsonMediaType } from '../validation/operation-validators.js';

/**
 * Who may drive the control plane. A mock on loopback is still reachable from every web
 * page the developer opens: a foreign page can send simple cross-origin POSTs (no preflight
 * for text/plain) and, through DNS rebinding, even same-origin ones under its own host name.
 * So, besides the optional token, the control plane refuses:
 *  - an `Origin` that is neither loopback nor allowed (`--control-origin`);
 *  - a `Host` that is neither a loopback name nor allowed (`--control-host`), unless a token
 *    is set (the token then guards a server bound beyond loopback, under its real name);
 *  - a write (POST, PUT, PATCH, DELETE) without a JSON content type, which no page can send
 *    cross-origin without a preflight that the Origin rule answers.
 * API routes stay open to every origin: frontends on other ports call them.
 */
export interface ControlAccess {
  /** Require `Authorization: Bearer <token>` on every control request. */
  token?: string;
  /** Origins (`scheme://host[:port]`) allowed besides loopback ones; `*` allows every origin. */
  origins?: string[];
  /** Host names (`name` or `name:port`) allowed besides loopback ones. */
  hosts?: string[];
}

export interface ControlGuard {
  /** May a page on this origin call the control plane (CORS and the Origin rule)? */
  allowsOrigin(origin: string): boolean;
  /** The refusal for a request from someone who may not use the control plane (token, Host, Origin), or undefined. */
  refuse(request: PlainRequest): PlainResponse | undefined;
  /** The refusal for a write without a JSON content type, or undefined; checked once the route is known. */
  refuseWrite(request: PlainRequest): PlainResponse | undefined;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function createControlGuard(access: ControlAccess = {}): ControlGuard {
  for (const origin of access.origins ?? []) {
    if (origin.trim().toLowerCase() === 'null') {
      throw new RangeError(
        'Failed to allow the control-plane origin "null": any page can give itself that origin (a sandboxed frame), so allowing it would allow every page.',
      );
    }
    if (origin !== '*' && !isOrigin(origin)) {
      throw new RangeError(
        `Failed to allow the control-plane origin ${JSON.stringify(origin)}: an origin is scheme://host[:port], e.g. https://qa.example.com (or "*" for any).`,
      );
    }
  }
  const anyOrigin = access.origins?.includes('*') ?? false;
  const origins = new Set((access.origins ?? []).filter((o) => o !== '*').map(normaliseOrigin));
  const hosts = new Set((access.hosts ?? []).map((h) => h.toLowerCase()));
  const tokenHash = access.token === undefined ? undefined : sha256(access.token);

  const allowsOrigin = (origin: string): boolean => {
    if (anyOrigin) return true;
    const normalised = normaliseOrigin(origin);
    if (normalised === 'null') return false;
    if (origins.has(normalised)) return true;
    try {
      const url = new URL(normalised);
      return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackName(url.hostname);
    } catch {
      return false;
    }
  };

  const allowsHost = (host: string): boolean => {
    const lower = host.toLowerCase();
    if (hosts.has(lower) || hosts.has(hostName(lower))) return true;
    return isLoopbackName(hostName(lower));
  };

  return {
    allowsOrigin,
    refuse(request) {
      const { headers } = request;
      if (tokenHash !== undefined) {
        // The scheme is case-insensitive (RFC 9110); the credential is compared as hashes of equal length.
        const presented = /^\s*bearer\s+(.+?)\s*$/i.exec(headers.authorization ?? '')?.[1];
        if (presented === undefined || !constantTimeEqual(sha256(presented), tokenHash)) {
          return problem(
            401,
            'Unauthorized',
            'The control plane needs Authorization: Bearer <control token> (the --control-token or SAMOCK_CONTROL_TOKEN this server was started with).',
          );
        }
      } else if (headers.host !== undefined && !allowsHost(headers.host)) {
        return problem(
          403,
          'Forbidden Host',
          `The control plane answers only requests addressed to a loopback name, not to Host ${JSON.stringify(headers.host)} (a guard against DNS ` +
            `rebinding). Allow the name with --control-host, or set a --control-token.`,
        );
      }
      const origin = headers.origin;
      if (origin !== undefined && !allowsOrigin(origin)) {
        return problem(
          403,
          'Forbidden Origin',
          `Web pages on ${JSON.stringify(origin)} may not use the control plane: only loopback origins may, and those allowed with --control-origin.`,
        );
      }
      return undefined;
    },
    refuseWrite(request) {
      if (!WRITE_METHODS.has(request.method.toUpperCase())) return undefined;
      const type = request.headers['content-type'];
      if (type && isJsonMediaType(type)) return undefined;
      return problem(
        415,
        'Unsupported Media Type',
        `Control-plane writes need Content-Type: application/json, even without a body (no web page can send that cross-origin without the browser ` +
          `asking first), got ${type ? JSON.stringify(type) : 'none'}.`,
      );
    },
  };
}

/** Names that only ever reach this machine: no DNS answer can point them elsewhere. */
export function isLoopbackName(name: string): boolean {
  const host = name.toLowerCase().replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** `name:port` → `name`; `[::1]:4010` → `[::1]`. */
function hostName(host: string): string {
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === text.trim().toLowerCase().replace(/\/$/, '');
  } catch {
    return false;
  }
}

function normaliseOrigin(origin: string): string {
  const trimmed = origin.trim().toLowerCase();
  if (trimmed === 'null') return 'null';
  try {
    return new URL(trimmed).origin;
  } catch {
    return trimmed;
  }
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}
