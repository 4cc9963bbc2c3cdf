import { describe, expect, it, vi } from 'vitest';
import { lyve } from '../../mocks/lyve/index.js';
import { vendors } from '../../mocks/index.js';
import { checkClient, formatClientReport } from '../../src/client-check/index.js';
import { createApp, type App } from '../../src/app/create-app.js';
import { defineApi } from '../../src/core/define-api.js';
import type { PlainRequest } from '../../src/core/http-types.js';
import { REDACTED, redactIssues, redactPath } from '../../src/core/redaction.js';
import { serverPrefix } from '../../src/core/route-table.js';
import { authenticatedOperationOf, casesOf, describeCases } from '../registry/what-an-api-has.js';

/**
 * Item 2 of the hardening issue: raw credentials reached the journal and `check-client`
 * output (CI logs). Each test here fails when `redactIssues` or `redactPath` is switched
 * off (replaced by a function that returns its input), or when a refusal echoes a secret.
 */
const send = (app: App, request: Partial<PlainRequest> & { path: string }) => app.handle({ method: 'GET', query: {}, headers: {}, ...request });
const everythingRecorded = async (app: App) =>
  JSON.stringify(app.control.journal.list()) + formatClientReport(await checkClient(app)) + JSON.stringify(await checkClient(app));

// An API none of whose operations takes a credential is skipped, saying so.
const authenticated = casesOf(vendors, (id) => `${id} keeps a scheme-less Authorization header out of every record`, authenticatedOperationOf);
describeCases(authenticated, (operation, api) => {
  it('answers the refusal without the credential, and the journal and check-client never hold it', async () => {
    const app = createApp({ apis: [api], strict: true });
    const path = operation.template.replace(/\{[^}]+\}/g, 'x');
    const response = await send(app, {
      method: operation.method,
      path,
      headers: { authorization: 'MySecretToken123', 'content-type': 'application/json' },
      rawBody: '{}',
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(response.body)).not.toContain('MySecretToken123');
    const recorded = await everythingRecorded(app);
    expect(recorded).toContain('security');
    expect(recorded).not.toContain('MySecretToken123');
  });
});

describe('credentials in bodies and paths', () => {
  it("keeps Lyve's access key and secret out of the journal when the token exchange gets a body of the wrong shape", async () => {
    const app = createApp({ apis: [lyve], strict: true });
    const bodies = [
      '["AKIAEXAMPLEKEY01", "s3cr3t-Value-42"]',
      '"s3cr3t-Value-42"',
      '{"accountId": "acct", "accessKey": ["AKIAEXAMPLEKEY01"], "secret": {"value": "s3cr3t-Value-42"}}',
      '{"accountId": ["AKIAEXAMPLEKEY01", "s3cr3t-Value-42"]}',
      '{"accessKey": "AKIAEXAMPLEKEY01", "secret": "s3cr3t-Value-42"',
    ];
    for (const rawBody of bodies) {
      const response = await send(app, { method: 'POST', path: '/v2/auth/token', headers: { 'content-type': 'application/json' }, rawBody });
      expect(response.status, rawBody).toBe(400);
      expect(JSON.stringify(response.body), rawBody).not.toMatch(/AKIAEXAMPLEKEY01|s3cr3t-Value-42/);
    }
    const recorded = await everythingRecorded(app);
    expect(app.control.journal.list({ violations: true })).toHaveLength(bodies.length);
    expect(recorded).not.toMatch(/AKIAEXAMPLEKEY01|s3cr3t-Value-42/);
  });

  it('masks Wavefront token ids in the paths of 405, 404 and matched requests', async () => {
    const app = createApp({ apis: [vendors.find((api) => api.id === 'wavefront')!], strict: true });
    const headers = { authorization: 'Bearer t' };
    const token = 'b3f9c2d1-token-id-77';
    await send(app, { method: 'PATCH', path: `/api/v2/apitoken/serviceaccount/sa::ci/${token}`, headers });
    await send(app, { method: 'GET', path: `/api/v2/apitoken/serviceaccount/sa::ci/${token}/extra`, headers });
    await send(app, { method: 'DELETE', path: `/api/v2/apitoken/serviceaccount/sa::ci/${token}`, headers });
    const journal = app.control.journal.list();
    expect(journal.map((entry) => entry.status)).toEqual([405, 404, 404]);
    expect(journal.map((entry) => entry.path)).toEqual([
      `/api/v2/apitoken/serviceaccount/sa%3A%3Aci/${REDACTED}`,
      `/api/v2/apitoken/serviceaccount/${REDACTED}/${REDACTED}/${REDACTED}`,
      `/api/v2/apitoken/serviceaccount/sa%3A%3Aci/${REDACTED}`,
    ]);
    expect(await everythingRecorded(app)).not.toContain(token);
  });

  it('masks token ids in near-miss paths (wrong case, wrong version, one segment too many) in the journal and in 404 answers', async () => {
    const app = createApp({ apis: [vendors.find((api) => api.id === 'wavefront')!], strict: true });
    const token = 'c0ffee-token-id-99';
    for (const path of [
      `/api/v2/apiToken/serviceaccount/sa::x/${token}`,
      `/api/v2/apitoken/serviceAccount/sa::x/${token}`,
      `/api/v1/apitoken/serviceaccount/sa::x/${token}`,
      `/api/v2/apitoken/serviceaccount/sa::x/x/${token}`,
    ]) {
      const response = await send(app, { path, headers: { authorization: 'Bearer t' } });
      expect(response.status, path).toBe(404);
      expect(JSON.stringify(response.body), path).not.toContain(token);
    }
    expect(await everythingRecorded(app)).not.toContain(token);
    // A typo in an ordinary path stays readable: only what follows a credential-named segment is masked.
    await send(app, { path: '/api/v2/account/serviceacount', headers: { authorization: 'Bearer t' } });
    expect(app.control.journal.list().at(-1)!.path).toBe('/api/v2/account/serviceacount');
  });

  it('keeps a one-time secret out of a strict-mode 500 and its journal entry, even where the response breaks its spec at the root', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const leaked of [{ secret: 'leaked-secret-value' }, [{ id: '1', secret: 'leaked-secret-value' }], 'leaked-secret-value'] as unknown[]) {
        const leaky = defineApi({
          ...lyve,
          routes: { ...lyve.routes, createServiceAccount: () => ({ status: 200, body: leaked, headers: { 'content-type': 'application/json' } }) },
        });
        const app = createApp({ apis: [leaky], strict: true });
        const response = await send(app, {
          method: 'POST',
          path: '/v2/service-accounts',
          headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
          rawBody: '{"name":"a","permissions":["default-permission"]}',
        });
        expect(response.status).toBe(500);
        expect(JSON.stringify(response.body)).not.toContain('leaked-secret-value');
        expect(JSON.stringify(app.control.journal.list())).not.toContain('leaked-secret-value');
      }
      expect(errors.mock.calls.flat().join(' ')).not.toContain('leaked-secret-value');
    } finally {
      errors.mockRestore();
    }
  });
});

describe('the redaction functions', () => {
  it('redactIssues masks actual values at credential locations and scrubs known secrets from everything else', () => {
    const issues = redactIssues(
      [
        { location: 'header', pointer: '/authorization', rule: 'security', message: 'bad', actual: 'abcdefgh' },
        { location: 'body', pointer: '/credentials/0', rule: 'type', message: 'm', actual: 42 },
        {
          location: 'body',
          pointer: '',
          rule: 'type',
          message: 'The body "hunter2-pass" is wrong',
          actual: { name: 'n', apiKey: 'k-123456', nested: ['hunter2-pass'] },
        },
      ],
      ['hunter2-pass'],
    );
    expect(issues).toEqual([
      expect.objectContaining({ actual: REDACTED }),
      expect.objectContaining({ actual: REDACTED }),
      expect.objectContaining({ message: `The body "${REDACTED}" is wrong`, actual: { name: 'n', apiKey: REDACTED, nested: [REDACTED] } }),
    ]);
  });

  it('redactPath rebuilds a path with its credential parameters masked', () => {
    expect(redactPath('/keys/abc/t0k3n', '/keys/{id}/{token}', { id: 'abc', token: 't0k3n' })).toBe(`/keys/abc/${REDACTED}`);
    expect(redactPath('/things/abc', '/things/{thing}', { thing: 'abc' }, new Set(['thing']))).toBe(`/things/${REDACTED}`);
  });
});

it('every API route in the vendors that takes a credential path parameter is masked in the journal', async () => {
  // A guard for new APIs: any {…token…}/{…key…} parameter is found by name.
  for (const api of vendors) {
    const app = createApp({ apis: [api] });
    for (const operation of app.routes.operations.filter((op) => op.credentials.path.size > 0)) {
      const path = operation.template.replace(/\{([^}]+)\}/g, (_, name: string) => (operation.credentials.path.has(name) ? 'SECRETPATHVALUE' : 'x'));
      await send(app, { method: operation.method, path, headers: { authorization: 'Bearer t' } });
    }
    expect(JSON.stringify(app.control.journal.list()), api.id).not.toContain('SECRETPATHVALUE');
    expect(serverPrefix(api)).toBeDefined();
  }
});
