import { describe, expect, it } from 'vitest';
import { lyve } from 'samock/vendors/lyve';
import { createMock, createRemoteControl, defineApi, defineErrors, type ApiDefinition } from 'samock';
import { serve } from 'samock/server';
import { serverPrefix } from '../../src/core/route-table.js';
import { widgets } from '../fixtures/widgets/index.js';

const errors = defineErrors({ body: ({ message }) => ({ message }), defaults: {} });
const spec = {
  openapi: '3.1.0',
  info: { title: 'x', version: '1' },
  paths: { '/x': { get: { operationId: 'getX', responses: { '200': { description: 'ok' } } } } },
};
const base = { id: 'x', title: 'X', spec, createStore: () => ({}), routes: { getX: () => ({ status: 200 }) }, errors };
/** For mistakes TypeScript would catch: what a JavaScript caller or a config file can still pass. */
const untyped = (value: unknown) => value as never;

describe('defineApi refuses a definition that could not run, naming the problem', () => {
  it.each([
    [{ ...base, id: 'has space/slash' }, /its id must be 1–64 letters/],
    [{ ...base, id: '' }, /its id must be/],
    [{ ...base, spec: 'hello' }, /its spec must be an OpenAPI 3\.1 document/],
    [{ ...base, spec: { ...spec, openapi: '3.0.3' } }, /OpenAPI 3\.1/],
    [{ ...base, spec: { openapi: '3.1.0', info: {} } }, /its spec has no paths/],
    [{ ...base, createStore: undefined }, /createStore must be a function/],
    [{ ...base, errors: undefined }, /errors must be an error shape/],
    [{ ...base, routes: undefined }, /routes must be an object/],
  ])('%#: refuses it', (definition, message) => {
    expect(() => defineApi(untyped(definition))).toThrow(message);
  });

  it('refuses a spec with one operationId twice', () => {
    const twice = { ...spec, paths: { ...spec.paths, '/y': { get: { operationId: 'getX', responses: { '200': { description: 'ok' } } } } } };
    expect(() => defineApi({ ...base, spec: twice })).toThrow(/two operations with the operationId "getX"/);
  });
});

describe('createMock refuses a configuration it could not serve, naming the problem', () => {
  it.each([
    [undefined, /pass an options object with `apis`/],
    [{}, /`apis` must be a non-empty list of API definitions/],
    [{ apis: [] }, /non-empty list/],
    [{ apis: ['lyve'] }, /apis\[0\] is the id "lyve": pass the definition itself \(import \{ lyve \} from 'samock\/vendors\/lyve'\)/],
    [{ apis: [null] }, /apis\[0\] is not an API definition/],
    [{ apis: [lyve, { id: 'y' }] }, /apis\[1\] is not an API definition \(made by defineApi\): it lacks a spec with paths, createStore, routes, errors/],
    [{ apis: [lyve, { ...widgets, id: 'lyve' }] }, /apis\[0\] and apis\[1\] both have the id "lyve"/],
    [{ apis: [lyve, lyve] }, /both have the id "lyve"/],
    [{ apis: [lyve], readyAfterMs: -5 }, /readyAfterMs must be a whole number ≥ 0/],
    [{ apis: [lyve], journalCap: 0 }, /journalCap must be a whole number ≥ 1/],
    [{ apis: [lyve], maxSessions: -3 }, /maxSessions/],
    [{ apis: [lyve], seed: 'abc' }, /seed must be a whole number/],
  ])('%#: refuses it', (options, message) => {
    expect(() => createMock(untyped(options))).toThrow(message);
  });
});

describe('serve refuses options it could not honour, before anything listens', () => {
  it.each([
    [undefined, /pass an options object with `apis`/],
    [{ apis: [lyve], port: 'abc' }, /port must be a whole number 0–65535/],
    [{ apis: [lyve], port: 70000 }, /port must be/],
    [{ apis: [lyve], port: 1.5 }, /port must be/],
    [{ apis: [lyve], requestTimeoutMs: -1 }, /requestTimeoutMs must be a whole number ≥ 1/],
    [{ apis: [lyve], controlOrigins: '*' }, /controlOrigins must be a list of strings/],
    [{ apis: ['lyve'], port: 0 }, /pass the definition itself/],
  ])('%#: refuses it', async (options, message) => {
    await expect(serve(untyped(options))).rejects.toThrow(message);
  });
});

describe('an API mounted under a server URL with variables', () => {
  it('takes the variables’ defaults, as a client sends them', () => {
    const servers = [{ url: 'https://{region}.widgets.example.com/api/v{ver}', variables: { region: { default: 'eu' }, ver: { default: '1' } } }];
    expect(serverPrefix({ ...base, spec: { ...spec, servers } } as ApiDefinition)).toBe('/api/v1');
  });
});

describe('createRemoteControl refuses a root it could not reach', () => {
  it.each([
    ['not a url', /is not a URL/],
    ['ftp://127.0.0.1:4010', /is not an http\(s\) URL/],
    ['http://127.0.0.1:4010/?x=1', /has a query or fragment; pass samock's root, e.g. http:\/\/127\.0\.0\.1:4010/],
    ['http://127.0.0.1:4010#frag', /query or fragment/],
  ])('refuses %j', (url, message) => {
    expect(() => createRemoteControl(url)).toThrow(message);
  });

  it('refuses a timeout that would wait forever', () => {
    expect(() => createRemoteControl('http://127.0.0.1:4010', { timeoutMs: -1 })).toThrow(/timeoutMs must be a positive number/);
  });

  it('takes the page-relative root in a browser', () => {
    expect(() => createRemoteControl('')).not.toThrow();
  });
});
