// The gadgets API's contract suite: runnable against this mock or a real gadgets server
// (`samock verify --config samock.config.mjs --api gadgets --base-url URL`).
import { defineContract, expectEqual, expectStatus, expectTrue } from 'samock/contracts';
import { gadgets } from './index.mjs';

export const contract = defineContract({
  api: 'gadgets',
  spec: gadgets.spec,
  checks: [
    {
      name: 'a create answers 201 with a gadget that is not ready yet',
      provenance: { documented: 'examples/own-api/gadgets/spec.yaml: createGadget 201' },
      writes: true,
      async run(t) {
        const created = await t.call('createGadget', { body: { name: t.uniqueName('create') } });
        expectStatus(created, 201);
        expectEqual(created.body.ready, false, 'ready right after create');
      },
    },
    {
      name: 'a second create with the same name answers 409 Conflict',
      provenance: { documented: 'examples/own-api/gadgets/spec.yaml: createGadget 409' },
      writes: true,
      async run(t) {
        const name = t.uniqueName('dup');
        expectStatus(await t.call('createGadget', { body: { name } }), 201);
        const again = await t.call('createGadget', { body: { name } });
        expectStatus(again, 409);
        expectEqual(again.body.code, 'Conflict', 'error code');
      },
    },
    {
      name: 'a gadget becomes ready once the clock passes the delay',
      provenance: { inferred: 'the example keeps gadgets pending for --ready-after ms' },
      writes: true,
      async run(t) {
        const session = await t.privateSession();
        const created = await t.call('createGadget', { body: { name: t.uniqueName('ready') }, headers: session.headers });
        await session.advance(60_000);
        const got = await t.call('getGadget', { params: { id: created.body.id }, headers: session.headers });
        expectStatus(got, 200);
        expectTrue(got.body.ready === true, 'ready after the delay', got.body);
      },
    },
    {
      name: 'an unknown gadget answers 404 NotFound',
      provenance: { documented: 'examples/own-api/gadgets/spec.yaml: getGadget 404' },
      async run(t) {
        const missing = await t.call('getGadget', { params: { id: 'no-such-gadget' } });
        expectStatus(missing, 404);
        expectEqual(missing.body.code, 'NotFound', 'error code');
      },
    },
  ],
});
