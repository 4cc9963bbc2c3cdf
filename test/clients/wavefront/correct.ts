import { caller, type ClientOptions } from '../call.js';

/** Wavefront's generated clients send the API token as X-AUTH-TOKEN. */
export const API_TOKEN = { 'x-auth-token': 'dev-token' };

/** Wavefront's typical flow: create a service account, read it, give it a token, delete it. */
export async function correctWavefrontClient(base: string, options: ClientOptions = {}): Promise<void> {
  const call = caller(base, options, API_TOKEN);
  await call('POST', '/api/v2/account/serviceaccount', { body: { identifier: 'sa::ci-bot', description: 'Builds and deploys' } });
  await call('GET', '/api/v2/account/serviceaccount/sa::ci-bot');
  await call('POST', '/api/v2/apitoken/serviceaccount/sa::ci-bot', { body: { tokenName: 'deploy' } });
  await call('DELETE', '/api/v2/account/sa::ci-bot');
}
