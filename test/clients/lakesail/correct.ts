import { BEARER, caller, type ClientOptions } from '../call.js';

/** LakeSail's typical flow: create an account, issue it a key, describe, list, delete. */
export async function correctLakesailClient(base: string, options: ClientOptions = {}): Promise<void> {
  const call = caller(base, options, BEARER);
  const created = await call('POST', '/api/org/v1/service-accounts', { body: { username: 'etl-nightly', description: 'Nightly ETL' } });
  await call('POST', `/api/org/v1/service-accounts/${created.body.id}/keys`, { body: {} });
  await call('GET', `/api/org/v1/service-accounts/${created.body.id}`);
  await call('GET', '/api/org/v1/service-accounts?limit=10');
  await call('DELETE', `/api/org/v1/service-accounts/${created.body.id}`);
}
