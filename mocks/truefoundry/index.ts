import { defineApi } from 'samock/toolkit';
import { spec } from './spec.js';
import { authenticate } from './auth.js';
import { errors } from './errors.js';
import { routes } from './routes.js';
import { state } from './state.js';
import { createTruefoundryStore } from './store.js';

/** TrueFoundry virtual accounts: upsert by name, dry runs, tokens with grace periods. */
export const truefoundry = defineApi({
  id: 'truefoundry',
  title: 'TrueFoundry Virtual Accounts API',
  spec,
  createStore: createTruefoundryStore,
  routes,
  errors,
  authenticate,
  state,
});
