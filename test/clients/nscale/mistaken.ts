import { BEARER, caller, type ClientOptions } from '../call.js';
import { ORGANIZATION } from './correct.js';

/** Nscale's flow with the four typical mistakes, one request each. */
export async function mistakenNscaleClient(base: string, options: ClientOptions = {}): Promise<void> {
  const call = caller(base, options, BEARER);
  // Wrong field casing: `groupIds` for `groupIDs`.
  await call('POST', `${ORGANIZATION}/serviceaccounts`, { body: { metadata: { name: 'my-service-account' }, spec: { groupIds: [] } } });
  // Missing required field: no `spec`.
  await call('POST', `${ORGANIZATION}/serviceaccounts`, { body: { metadata: { name: 'my-service-account' } } });
  // Wrong method: PATCH for an update the API only takes as PUT.
  await call('PATCH', `${ORGANIZATION}/serviceaccounts/e15def32-4fbf-415e-86fb-eb3a801f6214`, { body: { metadata: { name: 'renamed' } } });
  // No auth.
  await caller(base, options, {})('GET', `${ORGANIZATION}/serviceaccounts`);
}
