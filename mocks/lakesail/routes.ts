import type { TypedRoutes } from 'samock/toolkit';
import { JSON_UTF8 } from './errors.js';
import * as lakesail from './resolvers.js';
import type { LakesailStore } from './store.js';
import type { operations } from './types.js';

/** LakeSail sends `application/json; charset=utf-8`; the core would pick the spec's bare `application/json`. */
const utf8 = async <Result extends { body?: unknown; headers?: Record<string, string> }>(result: Result | Promise<Result>): Promise<Result> => {
  const settled = await result;
  return settled.body === undefined ? settled : { ...settled, headers: { ...settled.headers, 'content-type': JSON_UTF8 } };
};

/**
 * operationId → resolver, typed from specs/lakesail.yaml (types.ts): inputs arrive validated
 * against the spec (`limit` a number, coerced and defaulted), and each answer must be one the
 * spec documents for its operation.
 */
export const routes: TypedRoutes<operations, LakesailStore> = {
  createServiceAccount: ({ body }, ctx) => utf8(lakesail.createServiceAccount(ctx, body)),
  listServiceAccounts: ({ query }, ctx) => utf8(lakesail.listServiceAccounts(ctx, query)),
  describeServiceAccount: ({ params }, ctx) => utf8(lakesail.describeServiceAccount(ctx, params.sa)),
  deleteServiceAccount: ({ params }, ctx) => utf8(lakesail.deleteServiceAccount(ctx, params.sa)),
  createServiceAccountKey: ({ params, body }, ctx) => utf8(lakesail.createServiceAccountKey(ctx, params.sa, body)),
};
