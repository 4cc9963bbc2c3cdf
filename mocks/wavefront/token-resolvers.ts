import type { ApiContext, ResultOf } from 'samock/toolkit';
import { wavefrontErrors } from './errors.js';
import { requireAccount } from './resolvers.js';
import { addToken, revokeToken, tokensOf, type AccountRecord, type TokenRecord, type WavefrontStore } from './store.js';
import type { components, operations } from './types.js';
import { ok, tokenView } from './views.js';

type Schemas = components['schemas'];
type Ctx = ApiContext<WavefrontStore>;
/** What the operation may answer (specs/wavefront.yaml): the compiler holds each resolver to it. */
type Result<OperationId extends keyof operations> = ResultOf<operations, OperationId>;

export function getTokens(ctx: Ctx, id: string): Result<'getTokensServiceAccount'> {
  return ok(listed(ctx.store, requireAccount(ctx.store, id)));
}

/**
 * Answers every token of the account with the new one last, as the vendor documents. Its
 * tokenID (a UUID) is the credential and authenticates at once while the account is active.
 */
export function generateToken(ctx: Ctx, id: string, body: Schemas['UserApiTokenWrite'] | undefined): Result<'generateTokenServiceAccount'> {
  const account = requireAccount(ctx.store, id);
  const token: TokenRecord = {
    tokenID: ctx.ids.uuid(),
    ...(body?.tokenName !== undefined && { tokenName: body.tokenName }),
    account: account.identifier,
    dateGenerated: ctx.clock.now(),
  };
  addToken(ctx.store, token);
  return ok(listed(ctx.store, account));
}

export function renameToken(ctx: Ctx, id: string, tokenID: string, body: Schemas['UserApiTokenWrite']): Result<'updateTokenNameServiceAccount'> {
  const account = requireAccount(ctx.store, id);
  const token = requireToken(ctx.store, account, tokenID);
  if (body.tokenID !== undefined && body.tokenID !== tokenID) {
    throw wavefrontErrors.badRequest(`The body's tokenID ${body.tokenID} differs from the path's ${tokenID}.`);
  }
  if (body.tokenName !== undefined) token.tokenName = body.tokenName;
  return ok(tokenView(token, account));
}

/** Answers the remaining tokens; the deleted one answers 401 from then on. */
export function deleteToken(ctx: Ctx, id: string, tokenID: string): Result<'deleteTokenServiceAccount'> {
  const account = requireAccount(ctx.store, id);
  requireToken(ctx.store, account, tokenID);
  revokeToken(ctx.store, tokenID);
  return ok(listed(ctx.store, account));
}

function requireToken(store: WavefrontStore, account: AccountRecord, tokenID: string): TokenRecord {
  const token = store.tokensByAccount.get(account.identifier)?.get(tokenID);
  if (!token) throw wavefrontErrors.tokenNotFound(account.identifier, tokenID);
  return token;
}

function listed(store: WavefrontStore, account: AccountRecord): Schemas['UserApiToken'][] {
  return tokensOf(store, account.identifier).map((token) => tokenView(token, account));
}
