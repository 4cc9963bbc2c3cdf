/**
 * What the typed route tables claim, checked at run time: a resolver gets path and query values
 * coerced to the spec's numbers, booleans and lists, the body as parsed, and a typed
 * definition runs, checked against its spec, like any other (the compile-time side is
 * typed-routes.test-d.ts).
 */
import { describe, expect, it } from 'vitest';
import { createApp, defineApi, type OperationInput, type TypedRoutes } from 'samock';
import {
  authenticateWidgetUser,
  createWidgetStore,
  spec,
  widgetErrors,
  type operations,
  type Widget,
  type WidgetPrincipal,
  type WidgetStore,
} from './widgets.js';

const seen: OperationInput<unknown, WidgetPrincipal>[] = [];
const record = <Input>(input: Input): Input => {
  seen.push(input as OperationInput<unknown, WidgetPrincipal>);
  return input;
};

const routes: TypedRoutes<operations, WidgetStore, WidgetPrincipal> = {
  listWidgets: (input, { store }) => {
    const { query } = record(input);
    const items = [...store.widgets.values()].filter((w) => (query.tag ?? []).every((tag) => w.tags.includes(tag))).slice(0, query.limit ?? 10);
    return { status: 200, body: { items, verbose: query.verbose ?? false } };
  },
  getWidget: (input, { store }) => {
    const found = store.widgets.get(record(input).params.widgetId);
    return found ? { status: 200, body: found } : { status: 404, body: { message: `No widget ${input.params.widgetId}.` } };
  },
  createWidget: (input, { store }) => {
    const { body } = record(input);
    if ([...store.widgets.values()].some((w) => w.name === body.name)) return { status: 409 };
    const created: Widget = { id: store.nextId++, name: body.name, size: body.size, tags: [] };
    store.widgets.set(created.id, created);
    return { status: 201, body: created };
  },
  tagWidget: async (input, { store }) => {
    const { params, body } = record(input);
    const found = await Promise.resolve(store.widgets.get(params.widgetId));
    if (!found) return { status: 404, body: { message: `No widget ${params.widgetId}.` } };
    found.tags = body ?? [];
    return { status: 204 };
  },
  ping: (input) => {
    record(input);
    return { status: 200, body: 'pong' };
  },
};

const widgets = defineApi({
  id: 'widgets',
  title: 'Widgets',
  spec,
  createStore: createWidgetStore,
  routes,
  errors: widgetErrors,
  authenticate: authenticateWidgetUser,
});

describe('a typed route table at run time', () => {
  // Strict: every answer is checked against the spec, so a typed answer the spec refused would be a 500.
  const app = createApp({ apis: [widgets], strict: true });
  const send = (method: string, path: string, options: { query?: Record<string, string | string[]>; body?: unknown } = {}) =>
    app.handle({
      method,
      path: `/v1${path}`,
      query: options.query ?? {},
      headers: { 'x-user': 'ada', ...(options.body !== undefined && { 'content-type': 'application/json' }) },
      ...(options.body !== undefined && { rawBody: JSON.stringify(options.body) }),
    });
  const last = () => seen.at(-1)!;

  it('gets query values as the spec types them: integers as numbers, booleans, one value of a list as a list', async () => {
    await send('POST', '/widgets', { body: { name: 'a', size: 3 } });
    await send('PUT', '/widgets/1/tags', { body: ['blue'] });
    const response = await send('GET', '/widgets', { query: { limit: '5', verbose: 'true', tag: 'blue' } });
    expect(response.status).toBe(200);
    expect(last().query).toEqual({ limit: 5, verbose: true, tag: ['blue'] });
    expect(response.body).toEqual({ items: [{ id: 1, name: 'a', size: 3, tags: ['blue'] }], verbose: true });
  });

  it('gets the spec’s defaults for query values left out', async () => {
    await send('GET', '/widgets');
    expect(last().query).toEqual({ limit: 10 });
  });

  it('gets integer path parameters as numbers, and the principal', async () => {
    const response = await send('GET', '/widgets/1');
    expect(response.status).toBe(200);
    expect(last().params).toEqual({ widgetId: 1 });
    expect(typeof (last().params as { widgetId: unknown }).widgetId).toBe('number');
    expect(last().principal).toEqual({ user: 'ada' });
    expect(last().operationId).toBe('getWidget');
    expect((await send('GET', '/widgets/99')).status).toBe(404);
  });

  it('gets the parsed body; an optional one left out is undefined', async () => {
    expect((await send('POST', '/widgets', { body: { name: 'b', size: 1 } })).status).toBe(201);
    expect(last().body).toEqual({ name: 'b', size: 1 });
    expect((await send('POST', '/widgets', { body: { name: 'b', size: 1 } })).status).toBe(409);
    const response = await send('PUT', '/widgets/2/tags');
    expect(response.status).toBe(204);
    expect(last().body).toBeUndefined();
  });

  it('answers text where the spec documents text, with no body for an operation that takes none', async () => {
    const response = await send('GET', '/ping');
    expect(response).toMatchObject({ status: 200, body: 'pong' });
    expect(response.headers['content-type']).toBe('text/plain');
    expect(last().body).toBeUndefined();
    expect(last().query).toEqual({});
  });

  it('refuses a request the types would not describe before the resolver runs', async () => {
    const before = seen.length;
    expect((await send('GET', '/widgets', { query: { limit: 'ten' } })).status).toBe(400);
    expect((await send('GET', '/widgets/abc')).status).toBe(400);
    expect(seen.length).toBe(before);
  });

  it('keeps the start-up check of routes against the spec', () => {
    const { ping: _ping, ...withoutPing } = routes;
    // @ts-expect-error the compiler refuses a table without ping; the runtime check does too
    expect(() => defineApi({ id: 'widgets', title: 'Widgets', spec, createStore: createWidgetStore, routes: withoutPing, errors: widgetErrors })).toThrow(
      'No resolver for: ping.',
    );
  });
});
