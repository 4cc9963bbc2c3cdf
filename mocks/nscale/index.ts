import { defineApi } from 'samock/toolkit';
import { spec } from './spec.js';
import { authenticate } from './auth.js';
import { errors } from './errors.js';
import { PROVISIONING_OPTION } from './resolvers.js';
import { routes } from './routes.js';
import { state } from './state.js';
import { createNscaleStore } from './store.js';

/** Nscale's Identity API (the open-source Unikorn Identity service): service accounts. */
export const nscale = defineApi({
  id: 'nscale',
  title: 'Nscale Identity API (Unikorn Identity)',
  spec,
  createStore: () => createNscaleStore(),
  routes,
  errors,
  authenticate,
  state,
  options: {
    [PROVISIONING_OPTION]: {
      values: ['immediate', 'eventual'],
      default: 'immediate',
      description:
        'immediate (default, as the vendor example shows): a new account is provisioned and healthy at once; ' +
        'eventual: it is provisioning (healthStatus unknown) for --ready-after ms on the mock clock first — an inferred phase, opt-in ' +
        '(docs/decisions/0017-nscale-provisioning-phase.md)',
    },
  },
});
