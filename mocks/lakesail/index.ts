import { defineApi } from 'samock/toolkit';
import { spec } from './spec.js';
import { authenticate } from './auth.js';
import { errors } from './errors.js';
import { routes } from './routes.js';
import { state } from './state.js';
import { createLakesailStore } from './store.js';

/** LakeSail platform API: service accounts and their keys (served at the root, under /api/org/v1). */
export const lakesail = defineApi({
  id: 'lakesail',
  title: 'LakeSail platform API',
  spec,
  createStore: createLakesailStore,
  routes,
  errors,
  authenticate,
  state,
});
