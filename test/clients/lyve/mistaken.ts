import { BEARER, caller, type ClientOptions } from '../call.js';

/** Lyve's flow with the four typical mistakes, one request each. */
export async function mistakenLyveClient(base: string, options: ClientOptions = {}): Promise<void> {
  const call = caller(base, options, BEARER);
  // Wrong field casing: `Name` for `name`.
  await call('POST', '/service-accounts', { body: { Name: 'backup agent', permissions: ['default-permission'] } });
  // Missing required field: no `permissions`.
  await call('POST', '/service-accounts', { body: { name: 'backup agent' } });
  // Wrong method: the vendor's own samples create with PUT on the collection.
  await call('PUT', '/service-accounts/', { body: { name: 'backup agent', permissions: ['default-permission'] } });
  // No auth.
  await caller(base, options, {})('GET', '/service-accounts');
}
