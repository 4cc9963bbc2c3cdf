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
        const text = await response.text();
        const headers = Object.fromEntries(response.headers);
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
