import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineApi } from '../../src/core/define-api.js';
import { defineErrors } from '../../src/core/error-shape.js';
import { parseSpec } from '../../src/core/load-spec.js';
import { request, startTestServer, type TestServer } from '../helpers.js';

// A user's API whose spec documents only some of the statuses samock may refuse with:
// createNote documents 201 and 422, getNote only 200.
const spec = parseSpec(`
openapi: 3.1.0
info: {title: notes, version: '1'}
servers: [{url: /api}]
paths:
  /notes:
    post:
      operationId: createNote
      requestBody:
        required: true
        content:
          application/json:
            schema: {type: object, required: [text], properties: {text: {type: string}}}
      responses:
        '201':
          description: created
          content:
            application/json:
              schema: {type: object, required: [id], properties: {id: {type: string}}}
        '422':
          description: unprocessable
          content:
            application/json:
              schema: {type: object, required: [error], properties: {error: {type: string}}, additionalProperties: false}
  /notes/{noteId}:
    get:
      operationId: getNote
      parameters:
        - {name: noteId, in: path, required: true, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, required: [id], properties: {id: {type: integer}}}
  /teapot:
    get:
      operationId: teapot
      responses:
        '200': {description: ok}
`);

const errors = defineErrors({ body: ({ message }) => ({ error: message }), defaults: { 500: { message: 'Internal error.' } } });

const notes = defineApi({
  id: 'notes',
  title: 'Notes',
  spec,
  errors,
  createStore: () => ({}),
  routes: {
    createNote: () => ({ status: 201, body: { id: 'n1' } }),
    getNote: (input) => ({ status: 200, body: { id: Number(input.params.noteId) } }),
    // A resolver answering a status the spec does not document: strict mode must still catch it.
    teapot: () => ({ status: 418, body: { error: 'short and stout' } }),
  },
});

for (const strict of [true, false]) {
  describe(`samock's own refusals pass through as the 4xx they are (strict: ${strict})`, () => {
    let mock: TestServer;
    beforeAll(async () => {
      mock = await startTestServer({ apis: [notes], strict });
    });
    afterAll(() => mock.close());

    const expectRefusal = (response: Awaited<ReturnType<typeof request>>, status: number) => {
      expect(response.status).toBe(status);
      expect(response.headers.get('x-samock-api')).toBe('notes');
      expect(response.body).toEqual({ error: expect.any(String) });
    };

    it('answers a text/plain body with 415 in the API shape, not 500 mock-response-violates-spec', async () => {
      const response = await request(`${mock.base}/notes`, { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
      expectRefusal(response, 415);
    });

    it('answers a gzip-encoded body with 415', async () => {
      const response = await request(`${mock.base}/notes`, {
        method: 'POST',
        body: '{"text":"a"}',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      });
      expectRefusal(response, 415);
    });

    it('answers a 2 MB body with 413', async () => {
      const response = await request(`${mock.base}/notes`, { method: 'POST', body: { text: 'x'.repeat(2 * 1024 * 1024) } });
      expectRefusal(response, 413);
    });

    it('answers a body that breaks the schema with 400 where the operation documents only 422', async () => {
      const response = await request(`${mock.base}/notes`, { method: 'POST', body: { text: 3 } });
      expectRefusal(response, 400);
    });

    it('answers malformed JSON with 400', async () => {
      const response = await request(`${mock.base}/notes`, { method: 'POST', body: '{"text":' });
      expectRefusal(response, 400);
    });

    it('answers a bad path parameter with 400 on an operation that documents no error at all', async () => {
      const response = await request(`${mock.base}/notes/abc`);
      expectRefusal(response, 400);
    });

    it('still answers what the resolvers answer when the request is valid', async () => {
      expect((await request(`${mock.base}/notes/7`)).body).toEqual({ id: 7 });
      expect((await request(`${mock.base}/notes`, { method: 'POST', body: { text: 'a' } })).status).toBe(201);
    });
  });
}

describe("strict mode still catches a resolver's undocumented answer", () => {
  it('turns it into a 500 mock-response-violates-spec that carries x-samock-api', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const mock = await startTestServer({ apis: [notes], strict: true });
    try {
      const response = await request(`${mock.base}/teapot`);
      expect(response.status).toBe(500);
      expect(response.body.type).toBe('urn:samock:problem:mock-response-violates-spec');
      expect(response.body.operation).toBe('notes.teapot');
      expect(response.headers.get('x-samock-api')).toBe('notes');
    } finally {
      logged.mockRestore();
      await mock.close();
    }
  });

  it('catches a resolver that throws an ApiError with an undocumented status too', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { apiError } = await import('../../src/core/api-error.js');
    const throwing = defineApi({
      ...notes,
      routes: {
        ...notes.routes,
        getNote: () => {
          throw apiError(409, undefined, 'conflict');
        },
      },
    });
    const mock = await startTestServer({ apis: [throwing], strict: true });
    try {
      const response = await request(`${mock.base}/notes/1`);
      expect(response.status).toBe(500);
      expect(response.body.operation).toBe('notes.getNote');
    } finally {
      logged.mockRestore();
      await mock.close();
    }
  });
});
