import { afterAll, beforeAll, expect, it } from 'vitest';
import { contract } from '../../contracts/lakesail.contract.js';
import { lakesail } from '../../mocks/lakesail/index.js';
import { runContract } from '../../src/contracts/runner.js';
import { startTestServer, type TestServer } from '../helpers.js';

// The suite's verdicts, standalone and through msw, are checked for every API in
// test/contracts/every-api-contract.test.ts; this file checks what is LakeSail's own.
let mock: TestServer;
beforeAll(async () => {
  mock = await startTestServer({ apis: [lakesail] });
}, 60_000);
afterAll(() => mock.close());

it('the lakesail suite leaves no service account behind (every check cleans up)', async () => {
  await runContract(contract, { baseUrl: mock.base, token: 'contract-test' });
  const response = await fetch(`${mock.base}/api/org/v1/service-accounts`, { headers: { authorization: 'Bearer t' } });
  expect(await response.json()).toEqual({ items: [] });
}, 120_000);
