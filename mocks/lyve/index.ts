import { defineApi } from 'samock/toolkit';
import { spec } from './spec.js';
import { authenticate } from './auth.js';
import { errors } from './errors.js';
import { routes } from './routes.js';
import { state } from './state.js';
import { createLyveStore } from './store.js';

/** The account samock's lyve mock knows (the README names it): what its contract suite authenticates as. */
export { SAMOCK_ACCOUNT_CREDENTIALS } from './resolvers.js';

/** Seagate Lyve Cloud Account API v2: service accounts, permissions, tokens. */
export const lyve = defineApi({
  id: 'lyve',
  title: 'Seagate Lyve Cloud Account API v2',
  spec,
  createStore: createLyveStore,
  routes,
  errors,
  authenticate,
  state,
});
