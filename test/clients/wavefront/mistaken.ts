import { caller, type ClientOptions } from '../call.js';
import { API_TOKEN } from './correct.js';

/** Wavefront's flow with the four typical mistakes, one request each. */
export async function mistakenWavefrontClient(base: string, options: ClientOptions = {}): Promise<void> {
  const call = caller(base, options, API_TOKEN);
  // Wrong field casing: `Identifier` for `identifier`.
  await call('POST', '/api/v2/account/serviceaccount', { body: { Identifier: 'sa::ci-bot' } });
  // Missing required field: no `identifier`.
  await call('POST', '/api/v2/account/serviceaccount', { body: { description: 'Builds and deploys' } });
  // Wrong method: DELETE on the service account's path (the API deletes at /account/{id}).
  await call('DELETE', '/api/v2/account/serviceaccount/sa::ci-bot');
  // No auth.
  await caller(base, options, {})('GET', '/api/v2/account/serviceaccount');
}
