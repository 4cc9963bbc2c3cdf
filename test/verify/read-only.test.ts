import { vendors } from '../../mocks/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { LyveStore } from '../../mocks/lyve/store.js';
import { defineApi, type Resolver } from '../../src/core/define-api.js';
import { verify } from '../../src/contracts/verify.js';
import { createRemoteControl } from '../../src/control/remote-control.js';
import { startTestServer, type TestServer } from '../helpers.js';
import { lyveLeakingSecrets, startNotSamockProxy, type Proxy } from './fixtures.js';

const routes = lyveLeakingSecrets.routes as Record<string, Resolver<LyveStore>>;

/** The drifted Lyve, also noting every name it was asked to create: what a vendor's audit log would show. */
function recordingCreates(names: string[]) {
  const record =
    (operationId: string): Resolver<LyveStore> =>
    (input, ctx) => {
      names.push((input.body as { name: string }).name);
      return routes[operationId]!(input, ctx);
    };
  return defineApi({
    ...lyveLeakingSecrets,
    routes: { ...routes, createServiceAccount: record('createServiceAccount'), createPermission: record('createPermission') },
  });
}

/** What is left on the samock server behind the proxy, read through its control plane. */
async function leftOver(server: TestServer): Promise<{ serviceAccounts: string[]; permissions: string[] }> {
  const body = (await createRemoteControl(server.url).dumpState('lyve')) as { serviceAccounts: { name: string }[]; permissions: { name: string }[] };
  const names = (items: { name: string }[]) => items.map((item) => item.name);
  return { serviceAccounts: names(body.serviceAccounts), permissions: names(body.permissions) };
}

describe('verify against a server that is not samock (a proxy hides x-samock-api)', () => {
  let server: TestServer;
  let proxy: Proxy;
  afterEach(async () => {
    await proxy.close();
    await server.close();
  });

  async function start(names: string[]) {
    // Strict auth, as a vendor's server is: the "never-issued token" check expects a refusal.
    server = await startTestServer({ apis: [recordingCreates(names)], strict: false, readyAfterMs: 50, auth: 'strict', acceptedTokens: ['ro', 'rw'] });
    proxy = await startNotSamockProxy(server.url);
  }

  it('is read-only by default: writes and samock-only checks are skipped with the reason, nothing is created', async () => {
    const created: string[] = [];
    await start(created);
    const result = await verify({ known: vendors, api: 'lyve', baseUrl: `${proxy.url}/v2`, token: 'ro' });
    const report = result.targets[0]!.reports[0]!;
    expect(report.isSamock).toBe(false);
    const skipped = report.results.filter((r) => r.status === 'skipped');
    expect(skipped.some((r) => r.reason === 'creates resources: run with --allow-writes')).toBe(true);
    expect(skipped.find((r) => r.name.startsWith('reserved tokens'))?.reason).toBe('needs a samock server: the reserved tokens are samock conventions');
    expect(report.results.filter((r) => r.status === 'failed')).toEqual([]);
    expect(report.results.some((r) => r.status === 'passed')).toBe(true);
    expect(created).toEqual([]);
    expect(await leftOver(server)).toEqual({ serviceAccounts: [], permissions: ['default-all-buckets'] });
  }, 120_000);

  it('with --allow-writes creates only prefixed resources and deletes them all, also after the checks that failed', async () => {
    const created: string[] = [];
    await start(created);
    const result = await verify({ known: vendors, api: 'lyve', baseUrl: `${proxy.url}/v2`, token: 'rw', allowWrites: true, prefix: 'ci-run-' });
    const results = result.targets[0]!.reports[0]!.results;
    // The drift fails checks after they created an account: their clean-up must still run.
    expect(results.find((r) => r.name.startsWith('the secret and access key are never returned again'))?.status).toBe('failed');
    expect(
      results
        .filter((r) => r.status === 'skipped')
        .every((r) => /^needs a samock server: |^moving the clock needs samock's control plane/.test(r.reason ?? '')),
    ).toBe(true);
    const valid = created.filter((name) => /^[A-Za-z0-9 _-]{1,128}$/.test(name));
    expect(valid.length).toBeGreaterThan(3);
    expect(valid.filter((name) => !name.startsWith('ci-run-'))).toEqual([]);
    expect(await leftOver(server)).toEqual({ serviceAccounts: [], permissions: ['default-all-buckets'] });
  }, 120_000);
});
