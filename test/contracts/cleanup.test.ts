import { expect, it } from 'vitest';
import { contract } from '../../contracts/lyve.contract.js';
import { lyve } from '../../mocks/lyve/index.js';
import type { LyveStore } from '../../mocks/lyve/store.js';
import { defineApi, type Resolver } from '../../src/core/define-api.js';
import { runContract } from '../../src/contracts/runner.js';
import { request, startTestServer } from '../helpers.js';

const routes = lyve.routes as Record<string, Resolver<LyveStore>>;

it('deletes what a check created even when the drifted server breaks the spec on the calls clean-up makes', async () => {
  // GET by id leaks the secret: the checks fail on it, and clean-up polls the same GET.
  const leaky = defineApi({
    ...lyve,
    routes: {
      ...routes,
      getServiceAccount: async (input, ctx) => {
        const result = await routes.getServiceAccount!(input, ctx);
        return { ...result, body: { ...(result.body as object), secret: 'leaked' } };
      },
    },
  });
  const mock = await startTestServer({ apis: [leaky], strict: false, readyAfterMs: 50 });
  try {
    const report = await runContract(contract, { baseUrl: mock.base, token: 't' }, (check) => check.name.startsWith('get answers the account'));
    expect(report.results[0]?.status).toBe('failed');
    expect((await request(`${mock.base}/service-accounts`)).body).toEqual([]);
  } finally {
    await mock.close();
  }
});
