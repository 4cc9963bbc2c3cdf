import { existsSync } from 'node:fs';
import { describe, it } from 'vitest';
import { createApp } from '../../src/app/create-app.js';
import type { ApiDefinition } from '../../src/core/define-api.js';
import { exampleClients, type ExampleClient } from '../clients/index.js';
import { packageRoot } from '../spec-files.js';

/**
 * What a registered API has beside its definition, for the tests that loop over the
 * registry (`vendors`). Adding an API is a spec, a folder and a registry line; everything
 * else (example clients, a contract suite, a state document, …) is optional: a looping
 * test skips an API that lacks it, naming what is missing, instead of throwing.
 *
 * What every API must have (its spec file and the files generated from it) is not
 * optional: `missingRequiredFiles` lists what is absent, and the tests fail on it.
 */

/** What a probe found in an API, or why the API has none of it. */
export type Found<T> = { has: T; lacks?: undefined } | { has?: undefined; lacks: string };

/** One API's case of a looping test: its title says why it is skipped when it is. */
export type Case<T> = { id: string; api: ApiDefinition; title: string } & Found<T>;

export type Probe<T> = (api: ApiDefinition) => Found<T>;

/** The title of a case skipped for `lacks`, as it shows in the test output. */
export const skippedTitle = (title: string, lacks: string): string => `${title} — skipped: ${lacks}`;

/** Each API's case: what `probe` found, or the reason to skip it, in the title. */
export function casesOf<T>(apis: readonly ApiDefinition[], title: (id: string) => string, probe: Probe<T>): Case<T>[] {
  return apis.map((api) => {
    const found = probe(api);
    const base = title(api.id);
    return found.lacks === undefined
      ? { id: api.id, api, title: base, has: found.has }
      : { id: api.id, api, title: skippedTitle(base, found.lacks), lacks: found.lacks };
  });
}

/**
 * One `describe` per case that has what it needs; a skipped test whose title names what
 * is missing for each case that does not (the body is never run for it).
 */
export function describeCases<T>(cases: readonly Case<T>[], body: (has: T, api: ApiDefinition) => void): void {
  for (const c of cases) {
    if (c.lacks === undefined) describe(c.title, () => body(c.has, c.api));
    else it.skip(c.title, () => {});
  }
}

// ── optional pieces ──────────────────────────────────────────────────────────

/** test/clients/<id>/: a correct and a mistaken client, listed in test/clients/index.ts. */
export function exampleClientsOf(
  api: ApiDefinition,
  clients: Record<string, { correct: ExampleClient; mistaken: ExampleClient } | undefined> = exampleClients,
): Found<{ correct: ExampleClient; mistaken: ExampleClient }> {
  const own = clients[api.id];
  return own ? { has: own } : { lacks: `no example clients (test/clients/${api.id}/, listed in test/clients/index.ts)` };
}

/** contracts/<id>.contract.ts, found by the convention loadContract follows. */
export function contractSuiteOf(api: ApiDefinition): Found<URL> {
  const file = new URL(`contracts/${api.id}.contract.ts`, packageRoot);
  return existsSync(file) ? { has: file } : { lacks: `no contract suite (contracts/${api.id}.contract.ts)` };
}

type Operation = ReturnType<typeof createApp>['routes']['operations'][number];

/** An operation whose spec requires a credential. */
export function authenticatedOperationOf(api: ApiDefinition): Found<Operation> {
  const operation = createApp({ apis: [api] }).routes.operations.find((op) => op.requiresAuth);
  return operation ? { has: operation } : { lacks: 'no operation of its spec requires a credential' };
}

/** The API's create operation taking a JSON body, its path parameters filled with `org1`. */
export function jsonCreateOf(api: ApiDefinition): Found<{ method: string; path: string }> {
  const create = createApp({ apis: [api] }).routes.operations.find(
    (op) => /create|upsert/i.test(op.operationId) && op.validators.body.mediaTypes.length > 0 && !/token|key|permission/i.test(op.operationId),
  );
  return create ? { has: { method: create.method, path: create.template.replace(/\{[^}]+\}/g, 'org1') } } : { lacks: 'no create operation taking a JSON body' };
}

/** Every GET path of the spec, its path parameters filled with `transport-probe`. */
export function getPathsOf(api: ApiDefinition): Found<string[]> {
  const paths = Object.entries(api.spec.paths ?? {})
    .filter(([, item]) => item.get)
    .map(([path]) => path.replace(/\{[^}]+\}/g, 'transport-probe'));
  return paths.length > 0 ? { has: paths } : { lacks: 'no GET operation in its spec' };
}

/** The API's state document (dump and load through the control plane). */
export function stateOf(api: ApiDefinition): Found<NonNullable<ApiDefinition['state']>> {
  return api.state ? { has: api.state } : { lacks: 'no state document (api.state)' };
}

// ── what every API must have ─────────────────────────────────────────────────

/** The files every built-in API must have, relative to the package root. */
export const requiredFilesOf = (id: string): string[] => [`specs/${id}.yaml`, `mocks/${id}/types.ts`, `mocks/${id}/spec.ts`];

/** Those of the required files that are missing: a failure, never a skip. */
export function missingRequiredFiles(api: ApiDefinition): string[] {
  return requiredFilesOf(api.id).filter((file) => !existsSync(new URL(file, packageRoot)));
}
