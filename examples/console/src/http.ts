import type { Target } from './config.js';

/** Any bearer token is accepted by samock; a placeholder is all a console needs. */
const TOKEN = 'console-dev';

export interface Answer {
  status: number;
  body: unknown;
}

export interface RequestOptions {
  body?: unknown;
  /** Sent as `Prefer: code=<n>`: samock answers that documented status in the vendor's shape. */
  forceCode?: number;
}

/** A client bound to one target: relative paths in the page, or prefixed with the server URL. */
export function createClient(target: Target) {
  const base = target.kind === 'server' ? target.baseUrl : '';
  return async function request(method: string, path: string, options: RequestOptions = {}): Promise<Answer> {
    const headers: Record<string, string> = { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' };
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    if (options.forceCode !== undefined) headers.Prefer = `code=${options.forceCode}`;
    const response = await fetch(base + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON (a proxy's HTML error page, say): keep the text so the UI can show it.
    }
    return { status: response.status, body };
  };
}

export type Client = ReturnType<typeof createClient>;
