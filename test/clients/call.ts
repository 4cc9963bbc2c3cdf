/**
 * The one HTTP helper the example clients share: JSON in and out, never throws on an
 * error status (a client under check must go on so every mistake reaches the journal).
 */
export interface ClientOptions {
  /** Sent as `X-Samock-Session`, so one server checks each client's traffic in isolation. */
  session?: string;
}

export type Call = (method: string, path: string, init?: { body?: unknown; headers?: Record<string, string> }) => Promise<{ status: number; body: any }>;

export function caller(base: string, { session }: ClientOptions, auth: Record<string, string>): Call {
  return async (method, path, { body, headers = {} } = {}) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...auth,
        ...(session && { 'x-samock-session': session }),
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
}

export const BEARER = { authorization: 'Bearer dev-token' };
