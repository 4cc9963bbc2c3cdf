import { setupServer } from 'msw/node';
import { createMock } from 'samock';
import { lyve } from 'samock/vendors/lyve';
import { afterAll, beforeAll, expect, it } from 'vitest';

const { handlers } = createMock({ apis: [lyve] });
const server = setupServer(...handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

it('answers lyve through msw setupServer from the installed package, 409 on a duplicate name', async () => {
  const headers = { authorization: 'Bearer t', 'content-type': 'application/json' };
  const body = JSON.stringify({ name: 'in-consumer', permissions: ['default-permission'] });
  const first = await fetch('https://api.lyvecloud.seagate.com/v2/service-accounts', { method: 'POST', headers, body });
  expect(first.status).toBe(200);
  const again = await fetch('https://api.lyvecloud.seagate.com/v2/service-accounts', { method: 'POST', headers, body });
  expect([again.status, (await again.json()).code]).toEqual([409, 'ServiceAccountNameAlreadyExists']);
});
