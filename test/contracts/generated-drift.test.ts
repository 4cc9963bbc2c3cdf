/**
 * `verify --generate` can fail: against servers that drift from their spec it fails the phase that
 * meets the drift, names the operation and what broke, and prints a shrunk curl that reproduces it.
 * The lyve drifts are the hand-written suite's (lyve-drifts.ts); four more are ones no hand-written
 * check catches.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { lyve } from '../../mocks/lyve/index.js';
import type { LyveStore } from '../../mocks/lyve/store.js';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import { wavefront } from '../../mocks/wavefront/index.js';
import { apiError } from '../../src/core/api-error.js';
import { defineApi, type ApiDefinition, type Resolver } from '../../src/core/define-api.js';
import type { OpenApiDocument } from '../../src/core/openapi.js';
import { prepareSpec } from '../../src/core/prepare-spec.js';
import { runGenerated } from '../../src/contracts/generate/run.js';
import { startTestServer } from '../helpers.js';
import { lyveDrifts } from './lyve-drifts.js';

const run = promisify(execFile);

/** The API as its vendor documents it (the generator's view), served by a drifted server. */
async function generateAgainst(served: ApiDefinition, documented: ApiDefinition, maxRequests = 3_000) {
  const mock = await startTestServer({ apis: [served], strict: false, readyAfterMs: 0 });
  try {
    const report = await runGenerated({ api: documented.id, spec: documented.spec, baseUrl: mock.base, token: 'drift', isSamock: true, maxRequests, seed: 11 });
    return { report, failed: report.results.filter((result) => result.status === 'failed') };
  } finally {
    await mock.close();
  }
}

/** A copy of a spec with one change, as a server built from an older or looser spec would hold it. */
function specWith(spec: OpenApiDocument, change: (copy: any) => void): OpenApiDocument {
  const copy = JSON.parse(JSON.stringify(spec));
  change(copy);
  return prepareSpec(copy, 'drifted');
}

const lyveRoutes = lyve.routes as Record<string, Resolver<LyveStore>>;
const wavefrontRoutes = wavefront.routes as Record<string, Resolver<unknown>>;

describe('verify --generate against drifted servers', () => {
  const spotted = [
    {
      what: 'create answers 201 instead of 200',
      phase: /^createServiceAccount: schema-valid/,
      reason: /POST \/v2\/service-accounts → 201: .*status 201 is not documented/,
    },
    {
      what: 'get returns the secret again',
      phase: /^getServiceAccount: schema-valid|^sequence createServiceAccount/,
      reason: /\/secret \[additionalProperties\]/,
    },
    {
      what: 'a missing Authorization header answers 401',
      phase: /: requests that break one rule/,
      reason: /credentials: missing: .*→ 401: .*status 401 is not documented/,
    },
  ];
  it.each(spotted)("fails on the hand-written suite's drift that breaks the spec: $what", async ({ what, phase, reason }) => {
    const { failed } = await generateAgainst(lyveDrifts.find((drift) => drift.what === what)!.api, lyve);
    expect(failed.length).toBeGreaterThan(0);
    const named = failed.find((result) => phase.test(result.name));
    expect(named?.reason).toMatch(reason);
    expect(named?.reason).toMatch(/reproduce \(shrunk, seed \d+\): curl -i -X [A-Z]+ 'http:\/\/127\.0\.0\.1:\d+\/v2\//);
    // Bodies in failures are shown with their secrets redacted: reports end up in CI logs.
    const reasons = failed.map((result) => result.reason).join('\n');
    expect(reasons).not.toMatch(/"secret":"[A-Za-z0-9]{40}"|a-leaked-secret/);
  });

  it.each(['list ignores the exact-name filter', 'a duplicate name is accepted'])(
    'passes a drift that breaks no rule of the spec, which only the hand-written suite sees: %s',
    async (what) => {
      const { failed } = await generateAgainst(lyveDrifts.find((drift) => drift.what === what)!.api, lyve, 1_500);
      expect(failed).toEqual([]);
    },
  );

  it('fails when a field accepts a value its pattern forbids (a server built from a looser spec), with a curl of the shrunk name', async () => {
    const loose = defineApi({
      ...truefoundry,
      spec: specWith(truefoundry.spec, (copy) => delete copy.components.schemas.VirtualAccountName.pattern),
    } as ApiDefinition);
    const { failed } = await generateAgainst(loose, truefoundry);
    const broken = failed.find((result) => /^createOrUpdateVirtualAccount: requests that break one rule/.test(result.name));
    expect(broken?.reason).toMatch(/^body \/manifest\/name: pattern: PUT \/api\/svc\/v1\/virtual-accounts → 20\d: accepted a request the spec forbids/);
    const curl = /curl .*/.exec(broken!.reason!)![0];
    // The shrunk request still breaks the pattern, and nothing else of it is needed.
    const body = JSON.parse(/--data-raw '(.*)'$/.exec(curl)![1]!);
    expect(body.manifest.name).not.toMatch(/^[a-z][a-z0-9-]{1,23}[a-z0-9]$/);
  });

  it('fails on a 500 for an empty string, naming the operation and printing the request that causes it', async () => {
    const fragile = defineApi({
      ...wavefront,
      routes: {
        ...wavefrontRoutes,
        createServiceAccount: (input, ctx) => {
          if ((input.body as { description?: string }).description === '') throw new Error('empty description');
          return wavefrontRoutes.createServiceAccount!(input, ctx);
        },
      },
    } as ApiDefinition);
    // The server logs each failure it answers 500 for; the test needs no such lines.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { failed } = await generateAgainst(fragile, wavefront).finally(() => logged.mockRestore());
    const broken = failed.find((result) => /^createServiceAccount: schema-valid/.test(result.name));
    expect(broken?.reason).toMatch(/POST \/api\/v2\/account\/serviceaccount → 500: a server error/);
    expect(broken?.reason).toMatch(/--data-raw '\{[^']*"description":""[^']*\}'$/);
  });

  it('fails on an undocumented status', async () => {
    const odd = defineApi({
      ...lyve,
      routes: { ...lyveRoutes, getPermission: async (input, ctx) => ({ ...(await lyveRoutes.getPermission!(input, ctx)), status: 203 }) },
    } as ApiDefinition);
    const { failed } = await generateAgainst(odd, lyve);
    expect(failed.map((result) => result.reason).join('\n')).toMatch(
      /GET \/v2\/permissions\/[^ ]+ → 203: the answer breaks the spec: status 203 is not documented/,
    );
  });

  it('fails when a refused write still changes state (a list afterwards shows it)', async () => {
    // A server that stores the account first and checks the name's length afterwards.
    const leaky = defineApi({
      ...lyve,
      spec: specWith(lyve.spec, (copy) => delete copy.components.schemas.ResourceName.maxLength),
      routes: {
        ...lyveRoutes,
        createServiceAccount: async (input, ctx) => {
          const result = await lyveRoutes.createServiceAccount!(input, ctx);
          if ((input.body as { name: string }).name.length > 128) throw apiError(400, 'InvalidName', 'The name is too long.');
          return result;
        },
      },
    } as ApiDefinition);
    const { failed } = await generateAgainst(leaky, lyve, 5_000);
    const broken = failed.find((result) => /^createServiceAccount: requests that break one rule .* and change nothing/.test(result.name));
    expect(broken?.reason).toMatch(/^body \/name: maxLength: refused with 400, but GET \/v2\/service-accounts shows a change afterwards: new or changed/);
  });

  it('makes `samock verify --generate` exit 1 with the failure and its curl in the console, JUnit and Markdown reports', async () => {
    const mock = await startTestServer({ apis: [lyveDrifts[0]!.api], strict: false, readyAfterMs: 0 });
    const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp('/tmp/samock-generate-'));
    try {
      const failure = await run('node', [
        '--import',
        'tsx',
        'src/cli.ts',
        'verify',
        '--api',
        'lyve',
        '--base-url',
        mock.base,
        '--generate',
        '--max-requests',
        '400',
        '--seed',
        '5',
        '--junit',
        `${dir}/junit.xml`,
        '--report',
        `${dir}/report.md`,
      ]).then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stdout).toMatch(/lyve generated checks \(\d[\d,]* requests, seed 5\) against/);
      expect(failure?.stdout).toMatch(/✗ createServiceAccount: schema-valid[\s\S]*reproduce \(shrunk, seed \d+\): curl /);
      expect(failure?.stderr).toContain('seed 5');
      const { readFile } = await import('node:fs/promises');
      expect(await readFile(`${dir}/junit.xml`, 'utf8')).toMatch(/<failure message="[^"]*status 201 is not documented[^"]*reproduce \(shrunk/);
      expect(await readFile(`${dir}/report.md`, 'utf8')).toMatch(/### lyve: createServiceAccount: schema-valid[\s\S]*curl -i -X POST/);
    } finally {
      await mock.close();
      await import('node:fs/promises').then((fs) => fs.rm(dir, { recursive: true, force: true }));
    }
  }, 60_000);
});
