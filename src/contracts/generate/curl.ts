import type { GeneratedRequest } from './requests.js';

/** Single-quoted for a POSIX shell: a `'` inside ends the quote, is escaped, and the quote resumes. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
/** Double-quoted, so that `$SAMOCK_TOKEN` expands and nothing else does. */
const quoteWithToken = (before: string, after: string) => `"${escapeDouble(before)}$SAMOCK_TOKEN${escapeDouble(after)}"`;
const escapeDouble = (text: string) => text.replace(/[\\"`$]/g, (c) => `\\${c}`);

/** Headers every request carries that a reproduction does not need. */
const LEFT_OUT = new Set(['accept']);

/**
 * A curl command that sends `request` to `baseUrl` as the generator sent it. The run's token is
 * never printed: it reads `$SAMOCK_TOKEN` (reports end up in CI logs, and a vendor token is a secret).
 */
export function toCurl(baseUrl: string, request: GeneratedRequest, token: string): string {
  const search = new URLSearchParams(request.query).toString();
  const url = `${baseUrl}${request.path}${search ? `?${search}` : ''}`;
  const parts = ['curl', '-i', '-X', request.method, quote(url)];
  for (const [name, value] of Object.entries(request.headers)) {
    if (LEFT_OUT.has(name)) continue;
    const line = `${name}: ${value}`;
    const at = token === '' ? -1 : line.indexOf(token);
    parts.push('-H', at < 0 ? quote(line) : quoteWithToken(line.slice(0, at), line.slice(at + token.length)));
  }
  if (request.body !== undefined) parts.push('--data-raw', quote(request.body));
  return parts.join(' ');
}
