import type { GeneratedRequest } from './requests.js';

/** Single-quoted for a POSIX shell: a `'` inside ends the quote, is escaped, and the quote resumes. */
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
/** Double-quoted, so that `$SAMOCK_TOKEN` expands and nothing else does. */
const quoteWithToken = (before: string, after: string) => `"${escapeDouble(before)}$SAMOCK_TOKEN${escapeDouble(after)}"`;
const escapeDouble = (text: string) => text.replace(/[\\"`$]/g, (c) => `\\${c}`);

/**
 * A curl command that sends `request` to `baseUrl` as the generator sent it. The run's token is
 * never printed: it reads `$SAMOCK_TOKEN` (reports end up in CI logs, and a vendor token is a secret).
 */
export function toCurl(baseUrl: string, request: GeneratedRequest, token: string): string {
  const search = new URLSearchParams(request.query).toString();
  const url = `${baseUrl}${request.path}${search ? `?${search}` : ''}`;
  const parts = ['curl', '-i', '-X', request.method, quote(url)];
  for (const [name, value] of Object.entries(request.headers)) {
    // The credential is the whole value or its last word (`Bearer <token>`); a short token
    // found elsewhere (`t` in `content-type`) is left alone.
    const credential = token !== '' && (value === token || value.endsWith(` ${token}`));
    parts.push('-H', credential ? quoteWithToken(`${name}: ${value.slice(0, value.length - token.length)}`, '') : quote(`${name}: ${value}`));
  }
  if (request.body !== undefined) parts.push('--data-raw', quote(request.body));
  return parts.join(' ');
}
