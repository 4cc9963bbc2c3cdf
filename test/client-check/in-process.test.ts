import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { lakesail } from '../../mocks/lakesail/index.js';
import { lyve } from '../../mocks/lyve/index.js';
import { checkClient } from '../../src/client-check/index.js';
import { createMock } from '../../src/index.js';
import { exampleClients } from '../clients/index.js';
import { vendorUrl, pick } from '../helpers.js';

// The way a vitest user checks their client: msw intercepts the vendor's URL in-process.
const { app, handlers } = createMock({ apis: pick('lyve', 'lakesail'), strict: true });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('checks a client in-process through setupServer: the mistaken one fails, the correct one passes', async () => {
  await exampleClients.lyve!.mistaken(vendorUrl(lyve.spec), { session: 'msw-mistaken' });
  await exampleClients.lyve!.correct(vendorUrl(lyve.spec), { session: 'msw-correct' });

  const mistaken = await checkClient(app, { session: 'msw-mistaken' });
  expect(mistaken.exitCode).toBe(1);
  expect(mistaken.violations.map((v) => `${v.operationId}:${v.issues[0]!.pointer}:${v.issues[0]!.rule}`)).toEqual([
    'createServiceAccount:/name:required',
    'createServiceAccount:/permissions:required',
    'null::method',
    'listServiceAccounts:/authorization:security',
  ]);

  const correct = await checkClient(app, { session: 'msw-correct' });
  expect(correct).toMatchObject({ session: 'msw-correct', violations: [], exitCode: 0 });
  expect(correct.gaps.map((gap) => gap.api)).toEqual(['lyve']);
});

it('checks the default session when none is named, and only the APIs asked for', async () => {
  await exampleClients.lakesail!.correct(vendorUrl(lakesail.spec));
  const report = await checkClient(app, { apis: ['lakesail'] });
  expect(report).toMatchObject({ session: 'default', violations: [], exitCode: 0 });
  expect(report.gaps).toEqual([expect.objectContaining({ api: 'lakesail', operations: 5, operationsCalled: 5, neverCalled: [] })]);
});
