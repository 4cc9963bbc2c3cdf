import { BEARER, caller, type ClientOptions } from '../call.js';

/** Lyve's typical flow, by the spec: create a service account, read it back, list. */
export async function correctLyveClient(base: string, options: ClientOptions = {}): Promise<void> {
  const call = caller(base, options, BEARER);
  const created = await call('POST', '/service-accounts', {
    body: { name: 'backup agent', description: 'nightly backups', permissions: ['default-permission'] },
  });
  await call('GET', `/service-accounts/${created.body.id}`);
  await call('GET', '/service-accounts');
}
