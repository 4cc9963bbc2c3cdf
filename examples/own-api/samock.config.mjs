// `npx samock serve --config samock.config.mjs` serves gadgets beside Lyve on one port.
import { defineConfig } from 'samock';
import { lyve } from 'samock/vendors/lyve';
import { gadgets } from './gadgets/index.mjs';

export default defineConfig({
  apis: [lyve, gadgets],
  contracts: { gadgets: () => import('./gadgets/gadgets.contract.mjs') },
});
