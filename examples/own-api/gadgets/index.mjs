// A user's own API, written against samock's public toolkit only — as the five vendors are.
import { apiError, defineApi, defineErrors, indexedCollection, isoTime, msOf, StateError } from 'samock';
// spec.yaml parsed (`npx samock spec-module gadgets/spec.yaml` rewrites it after an edit), so this
// module bundles for browsers too: the same config serves with `samock serve` and `setupWorker`.
import { spec } from './spec.mjs';

const errors = defineErrors({
  body: ({ code, message }) => ({ code: code ?? 'Error', message }),
  defaults: {
    400: { code: 'BadRequest', message: 'The request is invalid.' },
    404: { code: 'NotFound', message: 'No such gadget.' },
    409: { code: 'Conflict', message: 'A gadget with this name exists.' },
    500: { code: 'Internal', message: 'Something broke.' },
  },
});

const view = (ctx, gadget) => ({
  id: gadget.id,
  name: gadget.name,
  ready: ctx.clock.now() >= gadget.readyAt,
  createdAt: new Date(gadget.createdAt).toISOString(),
});

export const gadgets = defineApi({
  id: 'gadgets',
  title: 'Gadgets API (samock example)',
  spec,
  createStore: () => indexedCollection('gadget', { unique: 'name' }),
  errors,
  // GET/PUT /__control/state/gadgets: what a session holds, as a document (an API without `state`
  // answers 501 there). The control plane validates a document against `schema` before `load`.
  state: {
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['gadgets'],
      properties: {
        gadgets: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'name', 'createdAt', 'readyAt'],
            properties: {
              id: { type: 'string', minLength: 1 },
              name: { type: 'string', minLength: 1, maxLength: 64 },
              createdAt: { type: 'string', format: 'date-time' },
              readyAt: { type: 'string', format: 'date-time' },
            },
          },
        },
      },
    },
    dump: (store) => ({
      gadgets: store.all().map((g) => ({ id: g.id, name: g.name, createdAt: isoTime(g.createdAt), readyAt: isoTime(g.readyAt) })),
    }),
    load: async (document) => {
      const store = indexedCollection('gadget', { unique: 'name' });
      for (const [index, g] of document.gadgets.entries()) {
        if (store.find(g.id)) throw new StateError(`Two gadgets have the id "${g.id}".`, `/gadgets/${index}/id`);
        if (!store.claim(g.name, g.id)) throw new StateError(`Two gadgets are named "${g.name}".`, `/gadgets/${index}/name`);
        await store.insert({ id: g.id, name: g.name, createdAt: msOf(g.createdAt, 0), readyAt: msOf(g.readyAt, 0) });
      }
      return store;
    },
  },
  routes: {
    createGadget: ({ body }, ctx) => {
      const id = ctx.ids.hex(12);
      // Claimed with no await before it: concurrent creates of one name give exactly one success.
      if (!ctx.store.claim(body.name, id)) throw apiError(409, 'Conflict', `A gadget named "${body.name}" exists.`);
      const now = ctx.clock.now();
      const gadget = { id, name: body.name, createdAt: now, readyAt: now + ctx.options.readyAfterMs };
      void ctx.store.insert(gadget);
      return { status: 201, body: view(ctx, gadget) };
    },
    listGadgets: (_input, ctx) => ({ status: 200, body: ctx.store.all().map((gadget) => view(ctx, gadget)) }),
    getGadget: ({ params }, ctx) => {
      const gadget = ctx.store.find(params.id);
      if (!gadget) throw apiError(404, 'NotFound', `No gadget "${params.id}".`);
      return { status: 200, body: view(ctx, gadget) };
    },
  },
});
