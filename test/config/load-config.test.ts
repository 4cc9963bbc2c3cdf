import { describe, expect, it } from 'vitest';
import { createMock } from 'samock';
import { loadConfig } from 'samock/server';

const fixture = (name: string) => `test/fixtures/config/${name}`;

describe('a config file that samock cannot serve stops start-up with one message naming the file, the API and the problem', () => {
  it.each([
    ['missing.mjs', /^Config test\/fixtures\/config\/missing\.mjs: the file does not exist\.$/],
    ['unparsable-spec.mjs', /^Config .*unparsable-spec\.mjs: it failed to load: Failed to load the spec .*broken\.yaml: /],
    ['uncompilable-spec.mjs', /^Config .*uncompilable-spec\.mjs: Failed to compile the tiny spec's schema at tiny.getTiny response 200: schema is invalid/],
    ['missing-resolver.mjs', /^Config .*missing-resolver\.mjs: it failed to load: Failed to define the tiny API: .*No resolver for: getTiny\./],
    [
      'extra-resolver.mjs',
      /^Config .*extra-resolver\.mjs: it failed to load: Failed to define the tiny API: .*Resolvers for operations the spec lacks: getNothing\./,
    ],
    ['colliding-path.mjs', /^Config .*colliding-path\.mjs: Failed to register tiny: GET \/v2\/service-accounts is already served by lyve\./],
    ['duplicate-ids.mjs', /^Config .*duplicate-ids\.mjs: its config: apis\[0\] and apis\[1\] both have the id "tiny"/],
    ['no-default.mjs', /^Config .*no-default\.mjs: it must `export default` a config/],
  ])('%s', async (name, message) => {
    const error = (await loadConfig(fixture(name)).catch((caught: unknown) => caught)) as Error;
    expect(error.name).toBe('ConfigError');
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/\n\s+at /);
  });
});

describe('a good config', () => {
  it('loads its APIs beside a vendor, and the same object runs in-process with createMock', async () => {
    const config = await loadConfig(fixture('good.mjs'));
    expect(config.apis.map((api) => api.id)).toEqual(['lyve', 'tiny']);
    const { app } = createMock(config);
    const answer = await app.handle({ method: 'GET', path: '/tiny', query: {}, headers: {} });
    expect(answer.status).toBe(200);
  });

  it('finds the contract suite it names, and none for an API it does not', async () => {
    const config = await loadConfig(fixture('good.mjs'));
    expect((await config.contractOf('tiny'))?.checks.map((check) => check.name)).toEqual(['GET /tiny answers 200']);
    expect(await config.contractOf('lyve')).toBeUndefined();
  });
});
