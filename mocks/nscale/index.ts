import { specDocument } from '#spec-source';
import { defineApi } from '../../src/core/define-api.js';
import { authenticate } from './auth.js';
import { errors } from './errors.js';
import { routes } from './routes.js';
import { state } from './state.js';
import { createNscaleStore } from './store.js';

/** Nscale's Identity API (the open-source Unikorn Identity service): service accounts. */
export const nscale = defineApi({
  id: 'nscale',
  title: 'Nscale Identity API (Unikorn Identity)',
  spec: specDocument('nscale'),
  createStore: createNscaleStore,
  routes,
  errors,
  authenticate,
  state,
});
