import { BEARER, caller, type ClientOptions } from '../call.js';
import { MANIFEST } from './correct.js';

/** TrueFoundry's flow with the four typical mistakes, one request each. */
export async function mistakenTruefoundryClient(base: string, options: ClientOptions = {}): Promise<void> {
  const call = caller(base, options, BEARER);
  // Wrong field casing: camelCase `roleId` where the manifest is snake_case (`role_id`).
  const { role_id: roleId, ...permission } = MANIFEST.permissions[0]!;
  await call('PUT', '/api/svc/v1/virtual-accounts', { body: { manifest: { ...MANIFEST, permissions: [{ ...permission, roleId }] } } });
  // Missing required field: no `type`.
  const { type: _type, ...untyped } = MANIFEST;
  await call('PUT', '/api/svc/v1/virtual-accounts', { body: { manifest: untyped } });
  // Wrong method: POST to create, where the API upserts with PUT.
  await call('POST', '/api/svc/v1/virtual-accounts', { body: { manifest: MANIFEST } });
  // No auth.
  await caller(base, options, {})('GET', '/api/svc/v1/virtual-accounts');
}
