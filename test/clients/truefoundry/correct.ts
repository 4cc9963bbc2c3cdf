import { BEARER, caller, type ClientOptions } from '../call.js';

export const MANIFEST = {
  name: 'ci-deployer',
  type: 'virtual-account',
  permissions: [{ resource_fqn: 'tfy-cluster:prod-ws', resource_type: 'workspace', role_id: 'workspace-editor' }],
};

/** TrueFoundry's typical flow: upsert a virtual account, list, read its token, delete. */
export async function correctTruefoundryClient(base: string, options: ClientOptions = {}): Promise<void> {
  const call = caller(base, options, BEARER);
  const created = await call('PUT', '/api/svc/v1/virtual-accounts', { body: { manifest: MANIFEST } });
  await call('GET', '/api/svc/v1/virtual-accounts');
  await call('GET', `/api/svc/v1/virtual-accounts/${created.body.data.id}/token`);
  await call('DELETE', `/api/svc/v1/virtual-accounts/${created.body.data.id}`);
}
