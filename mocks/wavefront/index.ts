import { defineApi } from 'samock/toolkit';
import { spec } from './spec.js';
import { authenticate } from './auth.js';
import { errors } from './errors.js';
import { routes } from './routes.js';
import { state } from './state.js';
import { createWavefrontStore } from './store.js';

/** VMware Aria Operations for Applications (Wavefront): service accounts, their tokens, roles and groups. */
export const wavefront = defineApi({
  id: 'wavefront',
  title: 'VMware Aria Operations for Applications (Wavefront)',
  spec,
  createStore: createWavefrontStore,
  routes,
  errors,
  authenticate,
  state,
});
