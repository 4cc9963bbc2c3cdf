import type { Client } from './http.js';

/**
 * The QA controls, over samock's HTTP control plane (specs/control.yaml). The same
 * calls work in the page (the msw worker answers /__control) and against a server,
 * so the console needs no second code path.
 */
export interface ClockView {
  now: string;
  nowMs: number;
  frozen: boolean;
}

async function call<T>(request: Client, method: string, path: string, body?: unknown): Promise<T> {
  const answer = await request(method, `/__control${path}`, { body });
  if (answer.status >= 300) {
    const problem = (answer.body ?? {}) as { detail?: string; title?: string };
    throw new Error(`Control plane answered ${answer.status}: ${problem.detail ?? problem.title ?? 'no detail'}`);
  }
  return answer.body as T;
}

export const control = {
  clock: (request: Client) => call<ClockView>(request, 'GET', '/clock'),
  advance: (request: Client, ms: number) => call<ClockView>(request, 'POST', '/clock/advance', { ms }),
  reset: (request: Client) => call<{ reset: string[] }>(request, 'POST', '/reset', {}),
};
