import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import { defineApi, type ApiDefinition } from '../../src/core/define-api.js';
import { defineErrors } from '../../src/core/error-shape.js';
import { parseSpec } from '../../src/core/load-spec.js';
import { serverPrefix } from '../../src/core/route-table.js';

// Shapes of users' own specs, all valid OpenAPI 3.1, that samock must serve.

const errors = defineErrors({ body: ({ message }) => ({ message }), defaults: {} });

const userApi = (specYaml: string, routes: ApiDefinition['routes']) =>
  defineApi({ id: 'mine', title: 'Mine', spec: parseSpec(specYaml), errors, createStore: () => ({}), routes });

const get = (app: ReturnType<typeof createApp>, path: string) => app.handle({ method: 'GET', path, query: {}, headers: {} });

describe('path items: only the HTTP methods are operations', () => {
  const spec = `
openapi: 3.1.0
info: {title: mine, version: '1'}
paths:
  /a/{id}:
    summary: things
    description: one thing
    x-internal: {owner: team-a}
    servers: [{url: 'https://elsewhere.example.com'}]
    parameters:
      - {name: id, in: path, required: true, schema: {type: string}}
    get:
      operationId: getA
      responses:
        '200': {description: ok}
  /only-extensions:
    x-internal: {owner: team-b}
`;

  it('defines and serves an API whose path items carry x- extensions, servers, summary and description', async () => {
    const api = userApi(spec, { getA: (input) => ({ status: 200, body: { id: input.params.id } }) });
    const app = createApp({ apis: [api] });
    const response = await get(app, '/a/1');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: '1' });
  });

  it('does not route a path item that has no operation', async () => {
    const app = createApp({ apis: [userApi(spec, { getA: () => ({ status: 200 }) })] });
    expect((await get(app, '/only-extensions')).status).toBe(404);
  });

  it('still refuses an operation without an operationId', () => {
    expect(() => userApi(spec.replace('operationId: getA', 'summary: no id'), {})).toThrow(/GET \/a\/\{id\} has no operationId/);
  });
});

describe('path items by $ref (components.pathItems)', () => {
  const spec = (ref: string) => `
openapi: 3.1.0
info: {title: mine, version: '1'}
paths:
  /items/{itemId}:
    $ref: '${ref}'
    summary: an item
components:
  parameters:
    ItemId: {name: itemId, in: path, required: true, schema: {type: integer}}
  pathItems:
    Item:
      parameters:
        - $ref: '#/components/parameters/ItemId'
      get:
        operationId: getItem
        responses:
          '200':
            description: ok
            content:
              application/json:
                schema: {$ref: '#/components/schemas/Item'}
  schemas:
    Item: {type: object, required: [id], properties: {id: {type: integer}}}
`;

  it('inlines #/components/pathItems/* and serves its operations with their parameters', async () => {
    const api = userApi(spec('#/components/pathItems/Item'), { getItem: (input) => ({ status: 200, body: { id: input.params.itemId } }) });
    expect(api.spec.paths['/items/{itemId}']).toMatchObject({ summary: 'an item', get: { operationId: 'getItem' } });
    const app = createApp({ apis: [api], strict: true });
    const response = await get(app, '/items/7');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: 7 });
    expect((await get(app, '/items/seven')).status).toBe(400);
  });

  it('refuses a path-item $ref that points elsewhere, naming the path', () => {
    expect(() => parseSpec(spec('./other.yaml#/paths/~1items'))).toThrow(
      'Failed to load the spec spec: the path /items/{itemId} is a $ref to ./other.yaml#/paths/~1items; ' +
        'samock reads path items inline or from #/components/pathItems/<name> only.',
    );
    expect(() => parseSpec(spec('#/paths/~1other'))).toThrow(/the path \/items\/\{itemId\} is a \$ref to #\/paths\/~1other/);
  });

  it('refuses a path-item $ref to a component that does not exist', () => {
    expect(() => parseSpec(spec('#/components/pathItems/Nope'))).toThrow(
      /the path \/items\/\{itemId\} is a \$ref to #\/components\/pathItems\/Nope, which points at nothing/,
    );
  });

  it('refuses, instead of crashing, a spec object with a path-item $ref that was never prepared', () => {
    const raw = {
      openapi: '3.1.0',
      info: { title: 'raw', version: '1' },
      paths: { '/items/{itemId}': { $ref: '#/components/pathItems/Item' } },
    };
    const api = defineApi({ id: 'raw', title: 'Raw', spec: raw as never, errors, createStore: () => ({}), routes: {} });
    expect(() => createApp({ apis: [api] })).toThrow(/Failed to register raw: its path \/items\/\{itemId\} is a \$ref/);
  });
});

describe('server URLs: variables are filled in before the path is taken', () => {
  const withServer = (server: object) =>
    userApi(
      `
openapi: 3.1.0
info: {title: mine, version: '1'}
servers: [${JSON.stringify(server)}]
paths:
  /ping:
    get:
      operationId: ping
      responses:
        '200': {description: ok}
`,
      { ping: () => ({ status: 200 }) },
    );

  it.each([
    [
      {
        url: '{protocol}://{host}:{port}/api/v1',
        variables: { protocol: { default: 'https' }, host: { default: 'api.example.com' }, port: { default: '443' } },
      },
      '/api/v1',
    ],
    [{ url: '{scheme}://h/{b}', variables: { scheme: { default: 'https' }, b: { default: 'base' } } }, '/base'],
    [{ url: '{scheme}://h/{b}/', variables: { scheme: { default: '' }, b: { default: 'base' } } }, '/base'],
    [{ url: 'https://{tenant}.example.com/{version}', variables: { tenant: { default: 'acme' }, version: { default: 'v2' } } }, '/v2'],
    [{ url: '{origin}/v3', variables: { origin: { default: 'https://api.example.com' } } }, '/v3'],
    [{ url: 'https://api.example.com' }, ''],
    [{ url: '/api/v1' }, '/api/v1'],
    [{ url: '/api/{version}/', variables: { version: { default: 'v9' } } }, '/api/v9'],
  ])('mounts %j at %j', async (server, prefix) => {
    const api = withServer(server);
    expect(serverPrefix(api)).toBe(prefix);
    expect((await get(createApp({ apis: [api] }), `${prefix}/ping`)).status).toBe(200);
  });
});
