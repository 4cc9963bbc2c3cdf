// Plain Node, no TypeScript loader: the package's built JavaScript serves lyve.
import { createRemoteControl } from 'samock';
import { serve } from 'samock/server';
import { lyve } from 'samock/vendors/lyve';

const { server } = await serve({ apis: [lyve], port: 0, readyAfterMs: 1000 });
const base = `${server.url}/v2`;
const headers = { authorization: 'Bearer consumer', 'content-type': 'application/json' };
const created = await fetch(`${base}/service-accounts`, {
  method: 'POST',
  headers,
  body: JSON.stringify({ name: 'from-node', permissions: ['default-permission'] }),
});
const account = await created.json();
const before = await (await fetch(`${base}/service-accounts/${account.id}`, { headers })).json();
await createRemoteControl(server.url).clock.advance(1000);
const after = await (await fetch(`${base}/service-accounts/${account.id}`, { headers })).json();
console.log(
  JSON.stringify({
    status: created.status,
    hasSecret: typeof account.secret === 'string',
    readyBefore: before.readyState,
    readyAfter: after.readyState,
    secretShownAgain: JSON.stringify(after).includes(account.secret),
  }),
);
await server.close();
