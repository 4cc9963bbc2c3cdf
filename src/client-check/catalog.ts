import { ApiError, violationsOf } from '../core/api-error.js';
import type { App } from '../app/create-app.js';
import type { ApiDefinition } from '../core/define-api.js';
import { HTTP_METHODS } from '../core/openapi.js';
import type { CatalogApi, CatalogOperation } from './types.js';

/**
 * The statuses with which an API's authenticator refuses a missing or non-Bearer credential
 * WITHOUT recording a violation, so the checker must infer it from the status. Empty when
 * the authenticator records `{location: 'header', pointer: '/authorization', rule: 'security'}`
 * itself (every API on the shared bearer policy of src/core/bearer.ts does).
 */
export function unreportedAuthStatuses(api: ApiDefinition): number[] {
  if (!api.authenticate) return [];
  const statuses = new Set<number>();
  // Ask the API's own authenticator rather than keep a table that drifts from
  // mocks/<api>/auth.ts. Both probes are refused before it reads its context, so none is passed.
  for (const headers of [{}, { authorization: 'Basic c2Ftb2NrOmNoZWNr' }]) {
    try {
      api.authenticate(headers, undefined as never);
    } catch (error) {
      if (!(error instanceof ApiError)) continue;
      if (violationsOf(error).length > 0) return [];
      statuses.add(error.status);
    }
  }
  return [...statuses].sort((a, b) => a - b);
}

/** Which operations need a credential, read from the spec the same way the route table does. */
export function operationsNeedingAuth(api: ApiDefinition): Set<string> {
  const needing = new Set<string>();
  for (const item of Object.values(api.spec.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation?.operationId) continue;
      const security = operation.security ?? api.spec.security ?? [];
      // An empty requirement object ({}) means anonymous calls are fine.
      if (security.length > 0 && !security.some((requirement) => Object.keys(requirement).length === 0)) needing.add(operation.operationId);
    }
  }
  return needing;
}

/** The catalog of an in-process app: its compiled route table says everything. */
export function catalogOfApp(app: App): CatalogApi[] {
  return app.apis.map((api) => ({
    id: api.id,
    authStatuses: unreportedAuthStatuses(api),
    operations: app.routes.operations
      .filter((op) => op.api.id === api.id)
      .map((op) => ({
        operationId: op.operationId,
        method: op.method,
        path: op.template,
        statuses: [...op.validators.responses.keys()],
        requiresAuth: op.requiresAuth,
      })),
  }));
}

/** What `GET /__control/apis` answers. */
export interface ServedApiListing {
  id: string;
  operations: Omit<CatalogOperation, 'requiresAuth'>[];
}

/**
 * The catalog of a remote samock: operations from its control plane, auth facts from the
 * matching definition in `definitions` (samock's registry). For an API samock does not
 * know, only what the journal recorded is reported.
 */
export function catalogOfListing(listing: ServedApiListing[], definitions: readonly ApiDefinition[]): CatalogApi[] {
  return listing.map((served) => {
    const definition = definitions.find((api) => api.id === served.id);
    const needing = definition ? operationsNeedingAuth(definition) : undefined;
    return {
      id: served.id,
      authStatuses: definition ? unreportedAuthStatuses(definition) : [],
      operations: served.operations.map((op) => ({ ...op, requiresAuth: needing ? needing.has(op.operationId) : true })),
    };
  });
}
