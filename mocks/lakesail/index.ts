import { specDocument } from '#spec-source';
import { defineApi } from '../../src/core/define-api.js';
import { authenticate } from './auth.js';
import { errors } from './errors.js';
import { routes } from './routes.js';
import { state } from './state.js';
import { createLakesailStore } from './store.js';

/** LakeSail platform API: service accounts and their keys (served at the root, under /api/org/v1). */
export const lakesail = defineApi({
  id: 'lakesail',
  title: 'LakeSail platform API',
  spec: specDocument('lakesail'),
  createStore: createLakesailStore,
  routes,
  errors,
  authenticate,
  state,
});
