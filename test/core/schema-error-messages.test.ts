import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import { defineApi } from '../../src/core/define-api.js';
import { defineErrors } from '../../src/core/error-shape.js';
import { parseSpec } from '../../src/core/load-spec.js';

const errors = defineErrors({ body: ({ message }) => ({ message }), defaults: {} });

const start = (responseRef: string, schemas: string) => {
  const spec = parseSpec(`
openapi: 3.1.0
info: {title: tiny, version: '1'}
paths:
  /a:
    get:
      operationId: getA
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '${responseRef}'}
components:
  schemas: ${schemas}
`);
  const api = defineApi({ id: 'tiny', title: 'Tiny', spec, errors, createStore: () => ({}), routes: { getA: () => ({ status: 200 }) } });
  return () => createApp({ apis: [api] });
};

describe("schema compile errors name the user's $refs, not samock's internal schema ids", () => {
  it('names a missing component as #/components/schemas/<name>', () => {
    const failing = start('#/components/schemas/Nope', '{A: {type: object}}');
    expect(failing).toThrow(
      "Failed to compile the tiny spec's schema at tiny.getA response 200: can't resolve reference #/components/schemas/Nope. Fix the schema",
    );
    expect(failing).not.toThrow(/samock\.local|from id/);
  });

  it('names the component a missing reference sits in', () => {
    const failing = start('#/components/schemas/A', "{A: {type: object, properties: {b: {$ref: '#/components/schemas/Nope'}}}}");
    expect(failing).toThrow("can't resolve reference #/components/schemas/Nope in #/components/schemas/A.");
    expect(failing).not.toThrow(/samock\.local/);
  });
});
