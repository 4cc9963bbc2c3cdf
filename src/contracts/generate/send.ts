import type { GeneratedRequest } from './requests.js';

/** What came back: status, headers, the body parsed when it is JSON (its text otherwise), or why nothing came. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  error?: string;
}

export interface Sender {
  send(request: GeneratedRequest): Promise<Answer>;
  /** Requests sent so far (clean-up and shrinking included). */
  count(): number;
}

const TIMEOUT_MS = 15_000;
/** Read at most this much of an answer: a server that streams gigabytes must not take the verifier's memory with it. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** Sends generated requests to `baseUrl`, one at a time, at most `rate` a second when given. */
export function createSender(baseUrl: string, rate?: number): Sender {
  let sent = 0;
  let nextAt = 0;
  const gap = rate && rate > 0 ? 1000 / rate : 0;
  return {
    count: () => sent,
    async send(request) {
      if (gap > 0) {
        const now = performance.now();
        const wait = nextAt - now;
        nextAt = Math.max(now, nextAt) + gap;
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      sent++;
      const search = new URLSearchParams(request.query).toString();
      const url = `${baseUrl}${request.path}${search ? `?${search}` : ''}`;
      try {
        const response = await fetch(url, { method: request.method, headers: request.headers, body: request.body, signal: AbortSignal.timeout(TIMEOUT_MS) });
        const headers = Object.fromEntries(response.headers);
        const text = await readCapped(response);
        if (text === undefined)
          return { status: response.status, headers, body: undefined, error: `an answer body over ${MAX_ANSWER_BYTES / 1024 / 1024} MiB (not read)` };
        let body: unknown = text === '' ? undefined : text;
        if (text !== '' && /json/i.test(headers['content-type'] ?? '')) {
          try {
            body = JSON.parse(text);
          } catch {
            // Said to be JSON but is not: the text goes to the validator, which says so.
          }
        }
        return { status: response.status, headers, body };
      } catch (error) {
        const cause = (error as Error).cause as Error | undefined;
        return { status: 0, headers: {}, body: undefined, error: cause?.message ?? (error as Error).message };
      }
    },
  };
}

/** The body's text, or undefined when it is longer than MAX_ANSWER_BYTES (the rest is not read). */
async function readCapped(response: Response): Promise<string | undefined> {
  if (!response.body) return '';
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_ANSWER_BYTES) {
    await response.body.cancel().catch(() => undefined);
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_ANSWER_BYTES) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
