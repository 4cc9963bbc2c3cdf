import { describe, expect, it } from 'vitest';
import { createApp, defineApi, defineErrors, type OpenApiDocument } from 'samock';

const spec = {
  openapi: '3.1.0',
  info: { title: 'Refs', version: '1' },
  paths: {
    '/things': {
      post: {
        operationId: 'createThing',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: { type: 'object', required: ['name'], properties: { name: { $ref: '#/components/schemas/Thing/properties/name' } } },
            },
          },
        },
        responses: { '201': { description: 'created' }, '400': { description: 'bad' } },
      },
    },
  },
  components: { schemas: { Thing: { type: 'object', properties: { name: { type: 'string', maxLength: 3 } } } } },
} as unknown as OpenApiDocument;

describe('a $ref into a component schema (#/components/schemas/A/properties/b)', () => {
  it('compiles, and validates against the schema it points at', async () => {
    const api = defineApi({
      id: 'refs',
      title: 'Refs',
      spec,
      createStore: () => ({}),
      errors: defineErrors({ body: ({ message }) => ({ message }), defaults: { 400: { message: 'bad' }, 500: { message: 'broke' } } }),
      routes: { createThing: () => ({ status: 201 }) },
    });
    const app = createApp({ apis: [api] });
    const post = (name: unknown) =>
      app.handle({ method: 'POST', path: '/things', query: {}, headers: { 'content-type': 'application/json' }, rawBody: JSON.stringify({ name }) });
    expect((await post('abc')).status).toBe(201);
    expect((await post('abcd')).status).toBe(400); // maxLength 3, from Thing's name
    expect((await post(7)).status).toBe(400);
  });
});
