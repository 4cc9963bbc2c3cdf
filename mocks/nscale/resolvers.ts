import type { ApiContext, ResultOf } from 'samock/toolkit';
import { issueAccessToken, type NscalePrincipal } from './auth.js';
import { nscaleErrors } from './errors.js';
import { replaceToken, revokeToken, type NscaleStore, type ServiceAccountRecord } from './store.js';
import type { components, operations } from './types.js';

type Schemas = components['schemas'];
type Ctx = ApiContext<NscaleStore>;
/** What the operation may answer (specs/nscale.yaml): the compiler holds each resolver to it. */
type Result<OperationId extends keyof operations> = ResultOf<operations, OperationId>;

/** RFC 3339 to the second, like the vendor's examples (`2024-05-31T14:11:00Z`). */
export const rfc3339 = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** `--api-option nscale.provisioning=immediate|eventual` (docs/decisions/0017-nscale-provisioning-phase.md). */
export const PROVISIONING_OPTION = 'provisioning';

/** Only with `provisioning=eventual` does a new account spend `--ready-after` ms provisioning (inferred phase). */
const provisioningDelay = ({ options }: Ctx): number => (options.apiOptions[PROVISIONING_OPTION] === 'eventual' ? options.readyAfterMs : 0);

export async function createServiceAccount(
  ctx: Ctx,
  organizationId: string,
  body: Schemas['serviceAccountWrite'],
  principal?: NscalePrincipal,
): Promise<Result<'createServiceAccount'>> {
  const groups = requireOrganization(ctx, organizationId, principal);
  const { store, clock, ids } = ctx;
  const id = ids.uuid();
  const now = clock.now();
  const issued = issueAccessToken(ctx, id, organizationId);
  // Names are not unique (the server keys by UUID): no claim, no 409.
  const record: ServiceAccountRecord = {
    id,
    organizationId,
    ...writableFields(body, groups),
    createdAt: now,
    provisionedAt: now + provisioningDelay(ctx),
    expiresAt: issued.expiresAt,
  };
  replaceToken(store, id, issued.tokenSha256);
  await store.accounts.insert(record);
  return { status: 201, body: withToken(read(ctx, record), issued.token) };
}

export function listServiceAccounts(ctx: Ctx, organizationId: string, principal?: NscalePrincipal): Result<'listServiceAccounts'> {
  requireOrganization(ctx, organizationId, principal);
  const records = ctx.store.accounts.collection.findMany((q) => q.where({ organizationId }));
  // The Unikorn server sorts by resource name, which is the id.
  const body: Schemas['serviceAccounts'] = records.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((record) => read(ctx, record));
  return { status: 200, body };
}

export async function updateServiceAccount(
  ctx: Ctx,
  organizationId: string,
  id: string,
  body: Schemas['serviceAccountWrite'],
  principal?: NscalePrincipal,
): Promise<Result<'updateServiceAccount'>> {
  const groups = requireOrganization(ctx, organizationId, principal);
  requireAccount(ctx, organizationId, id);
  const fields = writableFields(body, groups);
  const now = ctx.clock.now();
  // The token and its expiry are kept: the answer is a read, without the token.
  const updated = await ctx.store.accounts.update(id, (draft) => {
    draft.name = fields.name;
    draft.groupIDs = fields.groupIDs;
    if (fields.description === undefined) delete draft.description;
    else draft.description = fields.description;
    if (fields.tags === undefined) delete draft.tags;
    else draft.tags = fields.tags;
    draft.modifiedAt = now;
  });
  return { status: 200, body: read(ctx, updated) };
}

export function deleteServiceAccount(ctx: Ctx, organizationId: string, id: string, principal?: NscalePrincipal): Result<'deleteServiceAccount'> {
  requireOrganization(ctx, organizationId, principal);
  requireAccount(ctx, organizationId, id);
  ctx.store.accounts.delete(id);
  // "Removes a service account and revokes an access token."
  revokeToken(ctx.store, id);
  return { status: 202 };
}

export async function rotateServiceAccount(ctx: Ctx, organizationId: string, id: string, principal?: NscalePrincipal): Promise<Result<'rotateServiceAccount'>> {
  requireOrganization(ctx, organizationId, principal);
  requireAccount(ctx, organizationId, id);
  const issued = issueAccessToken(ctx, id, organizationId);
  // Swap the hashes before any await: from here on the old token answers 401.
  replaceToken(ctx.store, id, issued.tokenSha256);
  const updated = await ctx.store.accounts.update(id, (draft) => {
    draft.expiresAt = issued.expiresAt;
  });
  return { status: 200, body: withToken(read(ctx, updated), issued.token) };
}

// ── rules shared by the operations above ────────────────────────────────────

/**
 * The Unikorn server checks the caller's roles in the path's organization first (403 when the
 * token has none there: a service account's token has roles only in its own organization), then
 * looks the organization up (404 `not_found` when there is none). Answers its groups.
 */
function requireOrganization(ctx: Ctx, organizationId: string, principal: NscalePrincipal | undefined): ReadonlySet<string> {
  if (principal?.organizationId !== undefined && principal.organizationId !== organizationId) throw nscaleErrors.otherOrganization();
  const groups = ctx.store.organizations.get(organizationId);
  if (!groups) throw nscaleErrors.notFound();
  return groups;
}

/** An account of another organization is as unknown as a missing one. */
function requireAccount(ctx: Ctx, organizationId: string, id: string): ServiceAccountRecord {
  const record = ctx.store.accounts.find(id);
  if (!record || record.organizationId !== organizationId) throw nscaleErrors.notFound();
  return record;
}

function writableFields(body: Schemas['serviceAccountWrite'], groups: ReadonlySet<string>) {
  const { name, description, tags } = body.metadata;
  return {
    name,
    ...(description !== undefined && { description }),
    ...(tags !== undefined && { tags: tags.map((tag) => ({ name: tag.name, value: tag.value })) }),
    groupIDs: memberships(body.spec.groupIDs, groups),
  };
}

/**
 * The groups an account ends up in. The Unikorn server adds the account to each existing group of
 * the organization that the request names, and answers the groups that contain it: an id of no
 * group is dropped, a repeated one counts once. Ordered by id, as a Kubernetes list of the groups
 * comes back ordered by name, which is the id (inferred).
 */
export function memberships(requested: readonly string[], groups: ReadonlySet<string>): string[] {
  return [...new Set(requested)].filter((id) => groups.has(id)).sort();
}

/** The read shape: never the token. Provisioning follows the mock's clock. */
export function read(ctx: Ctx, record: ServiceAccountRecord): Schemas['serviceAccountRead'] {
  const provisioned = ctx.clock.now() >= record.provisionedAt;
  return {
    metadata: {
      id: record.id,
      name: record.name,
      ...(record.description !== undefined && { description: record.description }),
      ...(record.tags !== undefined && { tags: record.tags.map((tag) => ({ ...tag })) }),
      organizationId: record.organizationId,
      creationTime: rfc3339(record.createdAt),
      ...(record.modifiedAt !== undefined && { modifiedTime: rfc3339(record.modifiedAt) }),
      provisioningStatus: provisioned ? 'provisioned' : 'provisioning',
      healthStatus: provisioned ? 'healthy' : 'unknown',
    },
    spec: { groupIDs: [...record.groupIDs] },
    status: { expiry: rfc3339(record.expiresAt) },
  };
}

function withToken(account: Schemas['serviceAccountRead'], accessToken: string): Schemas['serviceAccountCreate'] {
  return { ...account, status: { ...account.status, accessToken } };
}
