import { describe, expect, it } from 'vitest';
import { lakesail } from '../../mocks/lakesail/index.js';
import { SAMOCK_ACCOUNT_CREDENTIALS } from '../../mocks/lyve/resolvers.js';
import { lyve } from '../../mocks/lyve/index.js';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import { wavefront } from '../../mocks/wavefront/index.js';
import { createApp, type App } from '../../src/app/create-app.js';
import type { ApiDefinition } from '../../src/core/define-api.js';
import type { PlainRequest } from '../../src/core/http-types.js';

/**
 * Item 1 of the fidelity issue: with strict auth, only credentials the mock issued or the
 * user listed get through, each refused otherwise in the vendor's own words; permissive
 * auth (the default) keeps accepting placeholders.
 */
const call = async (app: App, request: Partial<PlainRequest> & { path: string }, token?: string): Promise<{ status: number; body?: any }> =>
  app.handle({
    method: 'GET',
    query: {},
    ...request,
    headers: {
      ...(token !== undefined && { authorization: `Bearer ${token}` }),
      ...(request.rawBody !== undefined && { 'content-type': 'application/json' }),
      ...request.headers,
    },
  });
const strict = (api: ApiDefinition, acceptedTokens: string[] = []) => createApp({ apis: [api], strict: true, auth: 'strict', acceptedTokens });

describe("strict auth refuses what the mock never issued, in the vendor's own words; permissive auth does not", () => {
  it.each([
    ['lyve', lyve, '/v2/service-accounts', 400, { code: 'InvalidToken', message: 'Token is not valid.' }],
    ['lakesail', lakesail, '/api/org/v1/service-accounts', 401, { message: expect.any(String) }],
    ['wavefront', wavefront, '/api/v2/account/serviceaccount', 401, { status: { result: 'ERROR', code: 401, message: expect.any(String) } }],
    ['truefoundry', truefoundry, '/api/svc/v1/virtual-accounts', 401, { statusCode: 401, message: expect.any(String) }],
  ] as const)(
    "%s: a placeholder token gets the vendor's refusal, a listed one works, permissive takes the placeholder",
    async (_id, api, path, status, body) => {
      const refused = await call(strict(api), { path }, 'a-placeholder-token');
      expect([refused.status, refused.body]).toEqual([status, expect.objectContaining(body)]);
      expect((await call(strict(api, ['my-admin-token']), { path }, 'my-admin-token')).status).toBe(200);
      expect((await call(createApp({ apis: [api] }), { path }, 'a-placeholder-token')).status).toBe(200);
    },
  );

  it('only for the APIs named: --auth strict:lyve leaves the others permissive', async () => {
    const app = createApp({ apis: [lyve, lakesail], auth: { lyve: 'strict' } });
    expect((await call(app, { path: '/v2/service-accounts' }, 'placeholder')).status).toBe(400);
    expect((await call(app, { path: '/api/org/v1/service-accounts' }, 'placeholder')).status).toBe(200);
    expect(app.control.apis().map((entry) => [entry.id, entry.auth])).toEqual([
      ['lyve', 'strict'],
      ['lakesail', 'permissive'],
    ]);
  });

  it('accepts a token listed for one API only on that API', async () => {
    const app = createApp({ apis: [lyve, lakesail], auth: 'strict', acceptedTokens: { lakesail: ['ls-admin'] } });
    expect((await call(app, { path: '/api/org/v1/service-accounts' }, 'ls-admin')).status).toBe(200);
    expect((await call(app, { path: '/v2/service-accounts' }, 'ls-admin')).status).toBe(400);
  });
});

describe('strict auth accepts the credentials each API issued', () => {
  it("Lyve: a token from POST /auth/token with samock's account credentials, until it expires", async () => {
    const app = strict(lyve);
    const wrong = await call(app, { method: 'POST', path: '/v2/auth/token', rawBody: JSON.stringify({ accountId: 'acme', accessKey: 'X', secret: 'Y' }) });
    expect([wrong.status, wrong.body]).toEqual([403, { code: 'AuthenticationFailed', message: 'Authentication failed.' }]);
    const issued = await call(app, { method: 'POST', path: '/v2/auth/token', rawBody: JSON.stringify(SAMOCK_ACCOUNT_CREDENTIALS) });
    expect(issued.status).toBe(200);
    expect((await call(app, { path: '/v2/service-accounts' }, issued.body.token)).status).toBe(200);
    app.control.clock.advance(86_400_000);
    expect((await call(app, { path: '/v2/service-accounts' }, issued.body.token)).body).toMatchObject({ code: 'ExpiredToken' });
  });

  it('LakeSail: a key created for a service account, not after the account is deleted', async () => {
    const app = strict(lakesail, ['admin']);
    const account = await call(app, { method: 'POST', path: '/api/org/v1/service-accounts', rawBody: '{"username":"ci","description":""}' }, 'admin');
    const key = await call(app, { method: 'POST', path: `/api/org/v1/service-accounts/${account.body.id}/keys`, rawBody: '{}' }, 'admin');
    expect(key.status).toBe(201);
    expect((await call(app, { path: '/api/org/v1/service-accounts' }, key.body.key)).status).toBe(200);
    await call(app, { method: 'DELETE', path: `/api/org/v1/service-accounts/${account.body.id}` }, 'admin');
    expect((await call(app, { path: '/api/org/v1/service-accounts' }, key.body.key)).status).toBe(401);
  });

  it('Wavefront: an API token of an active service account, also as X-AUTH-TOKEN, not once it is deactivated', async () => {
    const app = strict(wavefront, ['admin']);
    await call(app, { method: 'POST', path: '/api/v2/account/serviceaccount', rawBody: '{"identifier":"sa::ci","active":true}' }, 'admin');
    const tokens = await call(app, { method: 'POST', path: '/api/v2/apitoken/serviceaccount/sa::ci' }, 'admin');
    const tokenID = (tokens.body.response as { tokenID: string }[]).at(-1)!.tokenID;
    expect((await call(app, { path: '/api/v2/account/serviceaccount' }, tokenID)).status).toBe(200);
    expect((await call(app, { path: '/api/v2/account/serviceaccount', headers: { 'x-auth-token': tokenID } })).status).toBe(200);
    await call(app, { method: 'POST', path: '/api/v2/account/serviceaccount/sa::ci/deactivate' }, 'admin');
    expect((await call(app, { path: '/api/v2/account/serviceaccount' }, tokenID)).status).toBe(401);
  });

  it('TrueFoundry: the token a create answered, until its account expires', async () => {
    const app = strict(truefoundry, ['admin']);
    const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const created = await call(
      app,
      {
        method: 'PUT',
        path: '/api/svc/v1/virtual-accounts',
        rawBody: JSON.stringify({ manifest: { name: 'ci-bot', type: 'virtual-account', permissions: [], expiration_date: inTwoDays } }),
      },
      'admin',
    );
    expect(created.status).toBe(200);
    expect((await call(app, { path: '/api/svc/v1/virtual-accounts' }, created.body.token)).status).toBe(200);
    app.control.clock.advance(3 * 86_400_000);
    expect((await call(app, { path: '/api/svc/v1/virtual-accounts' }, created.body.token)).status).toBe(401);
  });
});
