import { defineApi } from '../../src/core/define-api.js';
import { loadSpec } from '../../src/core/load-spec.js';
import { specUrl } from '../../src/paths.js';
import { authenticate } from './auth.js';
import { errors } from './errors.js';
import { routes } from './routes.js';
import { state } from './state.js';
import { createWavefrontStore } from './store.js';

/** VMware Aria Operations for Applications (Wavefront): service accounts, their tokens, roles and groups. */
export const wavefront = defineApi({
  id: 'wavefront',
  title: 'VMware Aria Operations for Applications (Wavefront)',
  spec: loadSpec(specUrl('wavefront')),
  createStore: createWavefrontStore,
  routes,
  errors,
  authenticate,
  state,
});
