import { BEARER, caller, type ClientOptions } from '../call.js';

/** LakeSail's flow with the four typical mistakes, one request each. */
export async function mistakenLakesailClient(base: string, options: ClientOptions = {}): Promise<void> {
  const call = caller(base, options, BEARER);
  // Wrong field casing: `userName` for `username`.
  await call('POST', '/api/org/v1/service-accounts', { body: { userName: 'etl-nightly', description: 'Nightly ETL' } });
  // Missing required field: no `description`.
  await call('POST', '/api/org/v1/service-accounts', { body: { username: 'etl-nightly' } });
  // Wrong method: PUT on the collection, as if it were an upsert.
  await call('PUT', '/api/org/v1/service-accounts', { body: { username: 'etl-nightly', description: 'Nightly ETL' } });
  // No auth.
  await caller(base, options, {})('GET', '/api/org/v1/service-accounts');
}
