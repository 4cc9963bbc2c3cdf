// A typed use of the public API, checked by tsc under strict settings (node16 and bundler
// resolution, with and without exactOptionalPropertyTypes, skipLibCheck off).
import { setupServer } from 'msw/node';
import {
  apiError,
  createMock,
  defineApi,
  defineErrors,
  type ApiDefinition,
  type Control,
  type OpenApiDocument,
  type RemoteControl,
  createRemoteControl,
} from 'samock';
import { startBrowserMocks, type BrowserMocksOptions } from 'samock/browser';
import { defineContract, runContract, type ContractReport } from 'samock/contracts';
import { serve, type ServeOptions } from 'samock/server';
import { vendors } from 'samock/vendors';
import { lyve } from 'samock/vendors/lyve';

const spec: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Widgets', version: '1' },
  paths: {
    '/widgets': {
      post: {
        operationId: 'createWidget',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' } } } } },
        },
        responses: { '201': { description: 'Created', content: { 'application/json': { schema: { type: 'object' } } } }, '409': { description: 'Duplicate' } },
      },
    },
  },
};

interface WidgetStore {
  names: Set<string>;
}

export const widgets = defineApi({
  id: 'widgets',
  title: 'Widgets',
  spec,
  createStore: (): WidgetStore => ({ names: new Set() }),
  errors: defineErrors({ body: ({ message }) => ({ message }), defaults: {} }),
  routes: {
    createWidget: (input, ctx) => {
      const { name } = input.body as { name: string };
      if (ctx.store.names.has(name)) throw apiError(409, undefined, `A widget named ${name} exists.`);
      ctx.store.names.add(name);
      return { status: 201, body: { name } };
    },
  },
});

const apis: ApiDefinition[] = [lyve, widgets, ...vendors];
const { app, handlers } = createMock({ apis, readyAfterMs: 0, strict: true });
const control: Control = app.control;
const server = setupServer(...handlers);
const remote: RemoteControl = createRemoteControl('http://127.0.0.1:4010', { session: 'typed' });
const options: ServeOptions = { apis: [lyve], port: 0 };
const browser: BrowserMocksOptions = { apis: [lyve], quiet: true };
const contract = defineContract({ api: 'widgets', spec, checks: [] });
export async function use(): Promise<ContractReport> {
  server.listen();
  control.clock.advance(10);
  await remote.clock.advance(10);
  await serve(options);
  void startBrowserMocks(browser);
  return runContract(contract, { baseUrl: 'http://127.0.0.1:4010', token: 't' });
}
