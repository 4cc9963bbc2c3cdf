import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import { defineApi, type ApiDefinition } from '../../src/core/define-api.js';
import { defineErrors } from '../../src/core/error-shape.js';
import { parseSpec } from '../../src/core/load-spec.js';

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
