import { describe, expect, it } from 'vitest';
import { vendors } from '../../mocks/index.js';
import { createApp } from '../../src/app/create-app.js';
import { defineApi, type ApiDefinition } from '../../src/core/define-api.js';
import { defineErrors } from '../../src/core/error-shape.js';
import { parseSpec } from '../../src/core/load-spec.js';
import { buildRouteTable } from '../../src/core/route-table.js';

const errors = defineErrors({ body: ({ message }) => ({ message }), defaults: {} });

/** An API under /api/v1 with these `METHOD /path` operations. */
const api = (id: string, operations: string[]): ApiDefinition => {
  const paths: Record<string, Record<string, unknown>> = {};
  const routes: ApiDefinition['routes'] = {};
  operations.forEach((operation, i) => {
    const [method, path] = operation.split(' ') as [string, string];
    const params = [...path.matchAll(/\{([^}]+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    const operationId = `op${i}`;
    (paths[path] ??= {})[method.toLowerCase()] = { operationId, parameters: params, responses: { '200': { description: 'ok' } } };
    routes[operationId] = () => ({ status: 200, body: { api: id } });
  });
  const spec = parseSpec(JSON.stringify({ openapi: '3.1.0', info: { title: id, version: '1' }, servers: [{ url: '/api/v1' }], paths }));
  return defineApi({ id, title: id, spec, errors, createStore: () => ({}), routes });
};

const notes = api('notes', ['GET /notes/{noteId}', 'PUT /notes/{noteId}', 'GET /notes']);

describe('templates of two APIs that one request could match are refused at start-up', () => {
  it('refuses a literal beside another API’s parameter, naming both APIs, both templates and the shared method', () => {
    const clash = api('clash', ['GET /notes/special']);
    expect(() => createApp({ apis: [notes, clash] })).toThrow(
      "Failed to register clash: its GET /api/v1/notes/special overlaps notes's GET /api/v1/notes/{noteId}; a request can match both",
    );
  });

  it('refuses it whichever API comes first', () => {
    const clash = api('clash', ['GET /notes/special']);
    expect(() => createApp({ apis: [clash, notes] })).toThrow(
      /Failed to register notes: its GET \/api\/v1\/notes\/\{noteId\} overlaps clash's GET \/api\/v1\/notes\/special/,
    );
  });

  it('refuses an overlap even when the methods differ: 405 answers are per path', () => {
    const clash = api('clash', ['POST /notes/special']);
    expect(() => createApp({ apis: [notes, clash] })).toThrow(
      "Failed to register clash: its /api/v1/notes/special (POST) overlaps notes's /api/v1/notes/{noteId} (GET, PUT)",
    );
  });

  it('refuses parameters on both sides in different places', () => {
    const a = api('a', ['GET /{kind}/list']);
    const b = api('b', ['GET /notes/{noteId}']);
    expect(() => createApp({ apis: [a, b] })).toThrow(/Failed to register b: its GET \/api\/v1\/notes\/\{noteId\} overlaps a's GET \/api\/v1\/\{kind\}\/list/);
  });

  it('refuses the same template with different methods', () => {
    const other = api('other', ['POST /notes']);
    expect(() => createApp({ apis: [notes, other] })).toThrow(
      /Failed to register other: its \/api\/v1\/notes \(POST\) overlaps notes's \/api\/v1\/notes \(GET\)/,
    );
  });

  it('keeps refusing exact duplicates and renamed parameters with their own messages', () => {
    expect(() => createApp({ apis: [notes, api('dup', ['GET /notes'])] })).toThrow('Failed to register dup: GET /api/v1/notes is already served by notes.');
    expect(() => createApp({ apis: [notes, api('renamed', ['DELETE /notes/{id}'])] })).toThrow(
      'Failed to register renamed: /api/v1/notes/{id} names a parameter {id} where another path names {noteId}.',
    );
  });

  it('allows templates of two APIs that no request can match both of', async () => {
    const other = api('other', ['GET /notes/{noteId}/attachments', 'GET /tags/{tag}', 'GET /notes/special/extra/deep']);
    const app = createApp({ apis: [notes, other] });
    const get = (path: string) => app.handle({ method: 'GET', path, query: {}, headers: {} });
    expect((await get('/api/v1/notes/1')).body).toEqual({ api: 'notes' });
    expect((await get('/api/v1/notes/1/attachments')).body).toEqual({ api: 'other' });
  });

  it('allows overlaps within one API: literals win, as its authors meant', async () => {
    const accounts = api('accounts', ['GET /accounts/me', 'GET /accounts/{id}']);
    const app = createApp({ apis: [accounts] });
    expect((await app.handle({ method: 'GET', path: '/api/v1/accounts/me', query: {}, headers: {} })).status).toBe(200);
  });

  it('still loads the five built-in vendors together', () => {
    expect(vendors).toHaveLength(5);
    expect(buildRouteTable(vendors).operations.length).toBeGreaterThan(0);
    expect(() => createApp({ apis: vendors })).not.toThrow();
  });
});
