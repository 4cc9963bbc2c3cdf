import { describe, expect, it, vi } from 'vitest';
import { lyve } from '../../mocks/lyve/index.js';
import { createApp } from '../../src/app/create-app.js';
import { defineApi } from '../../src/core/define-api.js';
import { parseSpec } from '../../src/core/load-spec.js';
import { request, startTestServer } from '../helpers.js';

const tinySpec = (schema: string) =>
  parseSpec(`
openapi: 3.1.0
info: {title: tiny, version: '1'}
paths:
  /things:
    post:
      operationId: createThing
      requestBody:
        required: true
        content:
          application/json:
            schema: ${schema}
      responses:
        '200': {description: ok}
`);

describe('start-up fails fast', () => {
  it('stops with a message naming the API and the schema when a schema does not compile', () => {
    const api = defineApi({ ...lyve, id: 'tiny', spec: tinySpec('{type: strnig}'), routes: { createThing: () => ({ status: 200 }) } });
    expect(() => createApp({ apis: [api] })).toThrow(/Failed to compile the tiny spec's schema at tiny\.createThing request body/);
  });

  it('stops when a schema has an unknown keyword (a typo is not silently ignored)', () => {
    const api = defineApi({ ...lyve, id: 'tiny', spec: tinySpec('{type: string, maxLenght: 3}'), routes: { createThing: () => ({ status: 200 }) } });
    expect(() => createApp({ apis: [api] })).toThrow(/maxLenght/);
  });

  it('stops when routes and spec disagree, naming the missing and extra resolvers', () => {
    expect(() => defineApi({ ...lyve, routes: { ...lyve.routes, createServiceAccount: undefined!, extraThing: () => ({ status: 200 }) } })).toThrow(
      /No resolver for: createServiceAccount\. Resolvers for operations the spec lacks: extraThing/,
    );
  });
});

describe('response self-validation (--strict)', () => {
  const leaky = defineApi({
    ...lyve,
    routes: {
      ...lyve.routes,
      getServiceAccount: () => ({
        status: 200,
        body: { id: '1', name: 'n', description: '', enabled: true, readyState: true, permissions: [], secret: 'leaked' },
      }),
    },
  });

  it('turns a response that breaks the spec into a loud 500 naming the operation and the violation', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const mock = await startTestServer({ apis: [leaky], strict: true });
    try {
      const response = await request(`${mock.base}/service-accounts/1`);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body.operation).toBe('lyve.getServiceAccount');
      expect(response.body.violations).toEqual([expect.objectContaining({ pointer: '/secret', rule: 'additionalProperties' })]);
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('lyve.getServiceAccount'));
    } finally {
      errors.mockRestore();
      await mock.close();
    }
  });

  it('sends the response unchanged when strict mode is off', async () => {
    const mock = await startTestServer({ apis: [leaky], strict: false });
    try {
      const response = await request(`${mock.base}/service-accounts/1`);
      expect(response.status).toBe(200);
      expect(response.body.secret).toBe('leaked');
    } finally {
      await mock.close();
    }
  });

  it('answers a resolver crash with 500 InternalError in the vendor shape, without a stack trace', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = defineApi({
      ...lyve,
      routes: {
        ...lyve.routes,
        listServiceAccounts: () => {
          throw new TypeError('boom');
        },
      },
    });
    const mock = await startTestServer({ apis: [broken] });
    try {
      const response = await request(`${mock.base}/service-accounts`);
      expect(response.status).toBe(500);
      expect(response.body).toEqual({ code: 'InternalError', message: expect.any(String) });
      expect(JSON.stringify(response.body)).not.toContain('boom');
    } finally {
      errors.mockRestore();
      await mock.close();
    }
  });
});
