import { http, HttpResponse, type HttpHandler } from 'msw';
import type { ApiDefinition } from '../core/define-api.js';
import { parseQuery, serializeBody, type PlainRequest, type PlainResponse } from '../core/http-types.js';
import type { MockHandler } from '../core/mock-handler.js';

/**
 * msw handlers generated from the app's route table: one per path template, so
 * `server.listHandlers()` reads like the spec. Each converts Fetch ⇄ plain and
 * calls the same `app.handle` the standalone server calls. Requests that match
 * no template are left to msw's `onUnhandledRequest`, as msw users expect — except
 * an unknown path under an API's prefix on that vendor's own host
 * (`https://api.lyvecloud.seagate.com/v2/nope`), which the vendor's server answers
 * with its 404, and so does the mock.
 */
export function createHandlers(app: MockHandler): HttpHandler[] {
  const templates = [...new Set(app.routes.operations.map((operation) => operation.template))];
  // The control plane answers in-process too, so suites that move the clock over
  // HTTP (and browser pages, later) work the same through msw.
  const control = http.all(
    ({ request }) => app.servesPath(new URL(request.url).pathname),
    async ({ request }) => toFetchResponse(await app.handle(await toPlainRequest(request, app))),
  );
  const vendorHosts = [...new Set(app.routes.operations.map((operation) => operation.api))].flatMap((api) => {
    const host = vendorHostPattern(api);
    return host ? [{ api, host }] : [];
  });
  const unknownUnderVendorPrefix = http.all(
    ({ request }) => {
      const url = new URL(request.url);
      const owner = app.routes.ownerOf(url.pathname);
      return app.routes.match(request.method, url.pathname).kind === 'not-found' && vendorHosts.some(({ api, host }) => api === owner && host.test(url.host));
    },
    async ({ request }) => toFetchResponse(await app.handle(await toPlainRequest(request, app))),
  );
  return [
    control,
    unknownUnderVendorPrefix,
    ...templates.map((template) =>
      http.all(
        ({ request }) => {
          const matched = app.routes.match(request.method, new URL(request.url).pathname);
          if (matched.kind === 'found') return matched.operation.template === template;
          return matched.kind === 'method-not-allowed' && matched.template === template;
        },
        async ({ request }) => toFetchResponse(await app.handle(await toPlainRequest(request, app))),
      ),
    ),
  ];
}

/**
 * The hosts that are the vendor's own, from the API's first server URL: its host with every
 * variable at its default (`platform.lakesail.com`, where msw users point their clients), and,
 * when the host keeps a literal part, any value of its variables (`{cluster}.wavefront.com` →
 * any one label, then `.wavefront.com`). A host that is all variable (`https://{host}`) names
 * no domain of its own: claiming any host's unknown paths would swallow the user's requests.
 */
function vendorHostPattern(api: ApiDefinition): RegExp | undefined {
  const server = api.spec.servers?.[0];
  const host = /^[a-z]+:\/\/([^/]*)/i.exec(server?.url ?? '')?.[1];
  if (!host) return undefined;
  const escape = (text: string) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  const parts = host.split(/(\{[^}]*\})/);
  const variable = (part: string) => server?.variables?.[part.slice(1, -1)]?.default;
  const patterns: string[] = [];
  if (parts.every((part) => !part.startsWith('{') || variable(part)))
    patterns.push(parts.map((part) => escape(part.startsWith('{') ? variable(part)! : part)).join(''));
  if (/[a-z0-9]/i.test(host.replace(/\{[^}]*\}/g, ''))) patterns.push(parts.map((part) => (part.startsWith('{') ? '[^./]+' : escape(part))).join(''));
  return patterns.length ? new RegExp(`^(?:${patterns.join('|')})$`, 'i') : undefined;
}

export async function toPlainRequest(request: Request, app: Pick<MockHandler, 'bodyLimits'>): Promise<PlainRequest> {
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
