import { describe, expect, it } from 'vitest';
import { wavefront } from '../../mocks/wavefront/index.js';
import { SEED_ROLES, SEED_USER_GROUPS } from '../../mocks/wavefront/store.js';
import { createApp, type App } from '../../src/app/create-app.js';

/**
 * Issue 11 for Wavefront, over the in-process app in strict mode (so every answer is also
 * checked against specs/wavefront.yaml): the account operations, the bare UserModel answers,
 * and that a service account is an account (what one family changes, the other shows).
 */
const [editors, alerting] = SEED_ROLES as [(typeof SEED_ROLES)[0], (typeof SEED_ROLES)[0]];
const [sre] = SEED_USER_GROUPS as [(typeof SEED_USER_GROUPS)[0]];
const B = '/api/v2';

function setup() {
  const app = createApp({ apis: [wavefront], strict: true });
  const send = async (method: string, path: string, body?: unknown, query: Record<string, string> = {}) => {
    const response = await app.handle({
      method,
      path: `${B}${path}`,
      query,
      headers: { 'x-auth-token': 'dev', 'content-type': 'application/json' },
      ...(body !== undefined && { rawBody: JSON.stringify(body) }),
    });
    return response as { status: number; headers: Record<string, string>; body: any };
  };
  const create = (identifier: string, extra: Record<string, unknown> = {}) => send('POST', '/account/serviceaccount', { identifier, ...extra });
  const journalViolations = () => app.control.journal.list().flatMap((entry) => [...(entry.responseViolations ?? [])]);
  return { app, send, create, journalViolations };
}

const dump = (app: App) => JSON.stringify(app.control.dumpState('wavefront'));
const okEnvelope = { result: 'OK', message: '', code: 200 };

describe('wavefront: add/remove roles and user groups, grant and revoke answer a bare UserModel', () => {
  it('addRoles answers 200 with the UserModel itself (customer, groups, identifier, userGroups, roles), no envelope', async () => {
    const { send, create, journalViolations } = setup();
    await create('sa::ci-bot', { groups: ['ingestion'] });
    const added = await send('POST', '/account/sa::ci-bot/addRoles', [editors.id]);
    expect(added.status).toBe(200);
    expect(added.body).not.toHaveProperty('status');
    expect(added.body).toMatchObject({
      identifier: 'sa::ci-bot',
      customer: 'samock',
      groups: ['ingestion'],
      userGroups: [],
      roles: [{ id: editors.id, name: editors.name }],
    });
    expect(journalViolations()).toEqual([]);
  });

  it('addUserGroups, removeUserGroups and removeRoles answer the UserModel after the change; GET serviceaccount shows it', async () => {
    const { send, create } = setup();
    await create('sa::ci-bot', { roles: [editors.id] });
    const grouped = await send('POST', '/account/sa::ci-bot/addUserGroups', [sre.id]);
    expect([grouped.status, grouped.body.userGroups.map((g: { id: string }) => g.id)]).toEqual([200, [sre.id]]);
    const got = (await send('GET', '/account/serviceaccount/sa::ci-bot')).body.response;
    expect(got.unitedRoles).toEqual([editors.id, alerting.id]);
    expect((await send('POST', '/account/sa::ci-bot/removeUserGroups', [sre.id])).body.userGroups).toEqual([]);
    expect((await send('POST', '/account/sa::ci-bot/removeRoles', [editors.id])).body.roles).toEqual([]);
    expect((await send('GET', '/account/serviceaccount/sa::ci-bot')).body.response).toMatchObject({ roles: [], userGroups: [], unitedRoles: [] });
  });

  it('grant and revoke on one account answer the bare UserModel with groups changed', async () => {
    const { send, create } = setup();
    await create('sa::ci-bot');
    const granted = await send('POST', '/account/sa::ci-bot/grant/events_management');
    expect([granted.status, granted.body.groups, granted.body.customer]).toEqual([200, ['events_management'], 'samock']);
    const revoked = await send('POST', '/account/sa::ci-bot/revoke/events_management');
    expect([revoked.status, revoked.body.groups]).toEqual([200, []]);
  });

  it('errors on those operations keep the error envelope: unknown account 404, unknown role 400, unknown permission 400; nothing changes', async () => {
    const { app, send, create } = setup();
    await create('sa::ci-bot');
    const before = dump(app);
    const unknownAccount = await send('POST', '/account/sa::nobody/addRoles', [editors.id]);
    expect([unknownAccount.status, unknownAccount.body.status]).toEqual([
      404,
      { result: 'ERROR', message: 'Service account sa::nobody not found.', code: 404 },
    ]);
    expect((await send('POST', '/account/sa::ci-bot/addRoles', ['no-such-role'])).body.status).toMatchObject({ result: 'ERROR', code: 400 });
    expect((await send('POST', '/account/sa::ci-bot/grant/not_a_permission')).body.status).toMatchObject({ result: 'ERROR', code: 400 });
    expect(dump(app)).toBe(before);
  });
});

describe('wavefront: get account and get all accounts', () => {
  it('GET /account/{id} answers the Account in the envelope (roles and groups as ids), no longer 405', async () => {
    const { send, create } = setup();
    await create('sa::ci-bot', { roles: [editors.id], userGroups: [sre.id], groups: ['ingestion'] });
    const got = await send('GET', '/account/sa::ci-bot');
    expect(got.status).toBe(200);
    expect(got.body).toEqual({
      status: okEnvelope,
      response: {
        identifier: 'sa::ci-bot',
        groups: ['ingestion'],
        roles: [editors.id],
        userGroups: [sre.id],
        unitedRoles: [editors.id, alerting.id],
        unitedPermissions: ['ingestion', ...new Set([...editors.permissions, ...alerting.permissions])],
      },
    });
  });

  it('GET /account/{id} of an unknown id answers 404 in the error envelope', async () => {
    const { send } = setup();
    const got = await send('GET', '/account/sa::nobody');
    expect([got.status, got.body.status.result, got.body.status.code]).toEqual([404, 'ERROR', 404]);
  });

  it('GET /account pages in creation order with offset and limit (defaults 0 and 100), totalItems and moreItems', async () => {
    const { send, create } = setup();
    for (const name of ['a', 'b', 'c']) await create(`sa::${name}`);
    const all = await send('GET', '/account');
    expect(all.body.response).toMatchObject({ offset: 0, limit: 100, totalItems: 3, moreItems: false });
    expect(all.body.response.items.map((a: { identifier: string }) => a.identifier)).toEqual(['sa::a', 'sa::b', 'sa::c']);
    const page = await send('GET', '/account', undefined, { offset: '1', limit: '1' });
    expect(page.body.response).toMatchObject({ items: [{ identifier: 'sa::b' }], offset: 1, limit: 1, totalItems: 3, moreItems: true });
    expect((await send('GET', '/account', undefined, { offset: '5' })).body.response).toMatchObject({ items: [], totalItems: 3, moreItems: false });
  });

  it('GET /account with a negative offset, limit 0 or a non-number answers 400 in the error envelope', async () => {
    const { send } = setup();
    for (const query of [{ offset: '-1' }, { limit: '0' }, { limit: 'ten' }] as Record<string, string>[]) {
      const response = await send('GET', '/account', undefined, query);
      expect([response.status, response.body.status.result, response.body.status.code]).toEqual([400, 'ERROR', 400]);
    }
  });
});

describe('wavefront: grant and revoke a permission for several accounts', () => {
  it('grants to every listed account, answers the first one as a bare UserModel, and GET serviceaccount shows the permission', async () => {
    const { send, create } = setup();
    await create('sa::a');
    await create('sa::b', { groups: ['events_management'] });
    const granted = await send('POST', '/account/grant/events_management', ['sa::a', 'sa::b']);
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ identifier: 'sa::a', customer: 'samock', groups: ['events_management'], userGroups: [] });
    for (const id of ['sa::a', 'sa::b']) {
      const got = (await send('GET', `/account/serviceaccount/${id}`)).body.response;
      expect([got.groups, got.unitedPermissions]).toEqual([['events_management'], ['events_management']]);
    }
    const revoked = await send('POST', '/account/revoke/events_management', ['sa::b', 'sa::a']);
    expect([revoked.status, revoked.body.identifier, revoked.body.groups]).toEqual([200, 'sa::b', []]);
    expect((await send('GET', '/account/sa::a')).body.response.groups).toEqual([]);
  });

  it('an unknown identifier or an empty list answers 400 and changes no account', async () => {
    const { app, send, create } = setup();
    await create('sa::a');
    const before = dump(app);
    const unknown = await send('POST', '/account/grant/ingestion', ['sa::a', 'sa::ghost']);
    expect([unknown.status, unknown.body.status]).toEqual([400, { result: 'ERROR', message: 'Unknown account identifier(s): sa::ghost.', code: 400 }]);
    expect((await send('POST', '/account/revoke/ingestion', [])).status).toBe(400);
    expect((await send('POST', '/account/grant/ingestion')).status).toBe(400);
    expect((await send('POST', '/account/grant/no_such_permission', ['sa::a'])).status).toBe(400);
    expect((await send('POST', '/account/grant/ingestion', ['sa::a', 7])).status).toBe(400);
    expect(dump(app)).toBe(before);
  });

  it('an account whose id is "grant" is still reached by /account/{id}/grant/{permission} (static segments do not capture it)', async () => {
    const { send, create } = setup();
    await create('sa::x');
    expect((await send('POST', '/account/sa::x/grant/ingestion')).body.groups).toEqual(['ingestion']);
    const bulk = await send('POST', '/account/grant/ingestion', ['sa::x']);
    expect([bulk.status, bulk.body.identifier]).toEqual([200, 'sa::x']);
  });
});

describe('wavefront: validate accounts, business functions, accounts with the Accounts permission', () => {
  it('validateAccounts is matched as its own operation (not /account/{id}) and splits valid accounts from invalid identifiers', async () => {
    const { app, send, create } = setup();
    await create('sa::a', { roles: [editors.id] });
    const before = dump(app);
    const validated = await send('POST', '/account/validateAccounts', ['sa::a', 'sa::ghost', 'sa::a']);
    expect(validated.status).toBe(200);
    expect(validated.body.status).toEqual(okEnvelope);
    expect(validated.body.response.invalidIdentifiers).toEqual(['sa::ghost']);
    expect(validated.body.response.validUsers).toEqual([
      expect.objectContaining({ identifier: 'sa::a', customer: 'samock', groups: [], roles: [expect.objectContaining({ id: editors.id })], userGroups: [] }),
    ]);
    expect((await send('POST', '/account/validateAccounts')).body.response).toEqual({ validUsers: [], invalidIdentifiers: [] });
    expect(dump(app)).toBe(before);
    expect(app.control.journal.list().at(-1)!.operationId).toBe('validateAccounts');
  });

  it('GET /account/validateAccounts answers 405 allowing POST; a body that is not a list of strings answers 400', async () => {
    const { send } = setup();
    const wrongMethod = await send('GET', '/account/validateAccounts');
    expect([wrongMethod.status, wrongMethod.headers.allow, wrongMethod.body.status.code]).toEqual([405, 'POST', 405]);
    expect((await send('POST', '/account/validateAccounts', { identifier: 'sa::a' })).status).toBe(400);
  });

  it("business functions follow the account's united permissions, including those granted through a role or the account endpoints", async () => {
    const { send, create } = setup();
    await create('sa::a');
    const base = (await send('GET', '/account/sa::a/businessFunctions')).body;
    expect(base.status).toEqual(okEnvelope);
    expect(base.response).toEqual([
      'VIEW_DASHBOARDS',
      'VIEW_METRIC_TIMESERIES',
      'VIEW_HOSTS',
      'VIEW_EVENTS',
      'VIEW_ALERTS',
      'VIEW_MAINTENANCE_WINDOWS',
      'VIEW_NOTIFICANTS',
      'VIEW_EXTERNAL_LINKS',
    ]);
    await send('POST', '/account/grant/ingestion', ['sa::a']);
    await send('POST', '/account/sa::a/addRoles', [editors.id]);
    const after = (await send('GET', '/account/sa::a/businessFunctions')).body.response;
    expect(after).toEqual(expect.arrayContaining(['METRIC_INGESTION', 'MODIFY_DASHBOARDS', 'MODIFY_EVENTS']));
    expect(after).not.toContain('MODIFY_ALERTS');
    expect((await send('GET', '/account/sa::ghost/businessFunctions')).status).toBe(404);
  });

  it('GET /account/user/admin lists the accounts holding user_management directly or through a role, and follows revokes', async () => {
    const { send, create } = setup();
    await create('sa::admin', { groups: ['user_management'] });
    await create('sa::plain');
    expect((await send('GET', '/account/user/admin')).body).toEqual({ status: okEnvelope, response: ['sa::admin'] });
    await send('POST', '/account/sa::admin/revoke/user_management');
    expect((await send('GET', '/account/user/admin')).body.response).toEqual([]);
  });
});

describe('wavefront: what the documents do not support is not invented', () => {
  it('delete-multiple with no body answers 200 and an empty list (the reference makes the body optional); nothing is deleted', async () => {
    const { app, send, create } = setup();
    await create('sa::a');
    const before = dump(app);
    const deleted = await send('POST', '/account/deleteAccounts');
    expect([deleted.status, deleted.body]).toEqual([200, { status: okEnvelope, response: [] }]);
    expect(dump(app)).toBe(before);
  });

  it('403 comes only from the reserved token forbidden: an issued token of an account without permissions is not refused', async () => {
    const { app, send, create } = setup();
    await create('sa::plain');
    const [token] = (await send('POST', '/apitoken/serviceaccount/sa::plain', {})).body.response as { tokenID: string }[];
    const asPlain = await app.handle({ method: 'GET', path: `${B}/account`, query: {}, headers: { 'x-auth-token': token!.tokenID } });
    expect(asPlain.status).toBe(200);
    const forbidden = await app.handle({ method: 'GET', path: `${B}/account`, query: {}, headers: { 'x-auth-token': 'forbidden' } });
    expect([forbidden.status, (forbidden.body as any).status.code]).toEqual([403, 403]);
  });

  it('an operation that takes only an id documents no 400 (no request to it can cause one): Prefer: code=400 is refused as undocumented', async () => {
    const { app } = setup();
    const forced = await app.handle({ method: 'GET', path: `${B}/account/sa::a`, query: {}, headers: { 'x-auth-token': 'dev', prefer: 'code=400' } });
    expect(forced.status).toBe(422);
    expect((forced.body as any).documented).not.toContain('400');
  });
});

describe('wavefront: a service account is an account', () => {
  it('deleting through /account/{id} removes it from get all accounts, get serviceaccount and validateAccounts', async () => {
    const { send, create } = setup();
    await create('sa::a');
    await create('sa::b');
    expect((await send('DELETE', '/account/sa::a')).status).toBe(200);
    expect((await send('GET', '/account')).body.response.items.map((a: { identifier: string }) => a.identifier)).toEqual(['sa::b']);
    expect((await send('GET', '/account/serviceaccount/sa::a')).status).toBe(404);
    expect((await send('GET', '/account/sa::a')).status).toBe(404);
    expect((await send('POST', '/account/validateAccounts', ['sa::a'])).body.response.invalidIdentifiers).toEqual(['sa::a']);
  });

  it('a permission granted by update shows on GET /account/{id}; one granted by the account endpoint shows on the service-account list', async () => {
    const { send, create } = setup();
    await create('sa::a');
    await send('PUT', '/account/serviceaccount/sa::a', { identifier: 'sa::a', groups: ['alerts_management'] });
    expect((await send('GET', '/account/sa::a')).body.response.groups).toEqual(['alerts_management']);
    await send('POST', '/account/grant/embedded_charts', ['sa::a']);
    expect((await send('GET', '/account/serviceaccount')).body.response[0].groups).toEqual(['alerts_management', 'embedded_charts']);
  });
});
