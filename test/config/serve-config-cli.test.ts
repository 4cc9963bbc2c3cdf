import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI } from '../helpers.js';

const exec = promisify(execFile);
const GOOD = 'test/fixtures/config/good.mjs';

describe('samock serve --config', () => {
  let url: string;
  let stop: () => void;
  beforeAll(async () => {
    const child = spawn('node', [...CLI, 'serve', '--config', GOOD, '--port', '0']);
    stop = () => child.kill();
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`samock did not start: ${output}`)), 20_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/\S+)[\s\S]*\n\s+control\s/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
    });
  }, 30_000);
  afterAll(() => stop());

  it("serves the config's own API beside lyve, with the QA plane (Prefer, journal) on it too", async () => {
    expect((await fetch(`${url}/tiny`)).status).toBe(200);
    expect((await fetch(`${url}/v2/service-accounts`, { headers: { authorization: 'Bearer t' } })).status).toBe(200);
    const forced = await fetch(`${url}/tiny`, { headers: { prefer: 'code=404' } });
    expect([forced.status, await forced.json()]).toEqual([404, { message: 'Not found.' }]);
    const journal = (await (await fetch(`${url}/__control/requests?api=tiny`)).json()) as { operationId: string; forcedBy?: string }[];
    expect(journal.map((entry) => [entry.operationId, entry.forcedBy ?? null])).toEqual([
      ['getTiny', null],
      ['getTiny', 'prefer'],
    ]);
  });

  it('verifies the API with the contract suite the config names', async () => {
    const { stdout } = await exec('node', [...CLI, 'verify', '--config', GOOD, '--api', 'tiny', '--base-url', url], { timeout: 60_000 });
    expect(stdout).toMatch(/GET \/tiny answers 200/);
    expect(stdout).toMatch(/1 passed/);
  });
});

describe('a broken config stops samock with one line and exit 1', () => {
  it.each([
    ['missing-resolver.mjs', /^samock: Config .*missing-resolver\.mjs: it failed to load: Failed to define the tiny API: .*No resolver for: getTiny\.\n$/],
    ['missing.mjs', /^samock: Config .*missing\.mjs: the file does not exist\.\n$/],
  ])('%s', async (name, message) => {
    const failure = (await exec('node', [...CLI, 'serve', '--config', `test/fixtures/config/${name}`, '--port', '0']).catch((error: unknown) => error)) as {
      code: number;
      stderr: string;
    };
    expect(failure.code).toBe(1);
    expect(failure.stderr).toMatch(message);
  });
});
