import { http, HttpResponse, type HttpHandler } from 'msw';
import { isControlPath, type App } from '../core/app.js';
import { parseQuery, serializeBody, type PlainRequest, type PlainResponse } from '../core/http-types.js';

/**
 * msw handlers generated from the app's route table: one per path template, so
 * `server.listHandlers()` reads like the spec. Each converts Fetch ⇄ plain and
 * calls the same `app.handle` the standalone server calls. Requests that match
 * no template are left to msw's `onUnhandledRequest`, as msw users expect.
 */
export function createHandlers(app: App): HttpHandler[] {
  const templates = [...new Set(app.routes.operations.map((operation) => operation.template))];
  // The control plane answers in-process too, so suites that move the clock over
  // HTTP (and browser pages, later) work the same through msw.
  const control = http.all(
    ({ request }) => isControlPath(new URL(request.url).pathname),
    async ({ request }) => toFetchResponse(await app.handle(await toPlainRequest(request, app))),
  );
  return [control, ...templates.map((template) =>
    http.all(
      ({ request }) => {
        const matched = app.routes.match(request.method, new URL(request.url).pathname);
        if (matched.kind === 'found') return matched.operation.template === template;
        return matched.kind === 'method-not-allowed' && matched.template === template;
      },
      async ({ request }) => toFetchResponse(await app.handle(await toPlainRequest(request, app))),
    ),
  )];
}

export async function toPlainRequest(request: Request, app: Pick<App, 'bodyLimits'>): Promise<PlainRequest> {
  const url = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const plain: PlainRequest = { method: request.method, path: url.pathname, query: parseQuery(url.search.slice(1)), headers };
  if (request.body === null) return plain;
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length > app.bodyLimits(plain.method, plain.path).bytes) return { ...plain, bodyTooLarge: true };
  const text = new TextDecoder().decode(bytes);
  return { ...plain, rawBody: text };
}

export function toFetchResponse(response: PlainResponse): Response {
  // A fault: fetch rejects with a network error, as on a dropped connection.
  if (response.transportFault === 'reset') return HttpResponse.error();
  const payload = serializeBody(response);
  if (response.transportFault === 'truncate' && payload) {
    // A fault: half the body arrives, then the stream fails.
    const bytes = new TextEncoder().encode(payload);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, Math.floor(bytes.length / 2)));
        controller.error(new TypeError('samock fault: the connection closed mid-body'));
      },
    });
    return new HttpResponse(body, { status: response.status, headers: response.headers });
  }
  return new HttpResponse(payload ?? null, { status: response.status, headers: response.headers });
}
