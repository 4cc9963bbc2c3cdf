import { BEARER, caller, type ClientOptions } from '../call.js';

export const ORGANIZATION = '/api/v1/organizations/d4600d6e-e965-4b44-a808-84fb2fa36702';

/** Nscale's typical flow: create a service account in an organization, list, delete. */
export async function correctNscaleClient(base: string, options: ClientOptions = {}): Promise<void> {
  const call = caller(base, options, BEARER);
  const created = await call('POST', `${ORGANIZATION}/serviceaccounts`, {
    body: { metadata: { name: 'my-service-account', description: 'CI' }, spec: { groupIDs: [] } },
  });
  await call('GET', `${ORGANIZATION}/serviceaccounts`);
  await call('DELETE', `${ORGANIZATION}/serviceaccounts/${created.body.metadata.id}`);
}
