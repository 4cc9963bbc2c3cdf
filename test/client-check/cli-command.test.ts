import { cac } from 'cac';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lyve } from '../../mocks/lyve/index.js';
import { registerCheckClientCommand } from '../../src/client-check/cli-command.js';
import { correctLyveClient } from '../clients/lyve/correct.js';
import { mistakenLyveClient } from '../clients/lyve/mistaken.js';
import { startTestServer, type TestServer } from '../helpers.js';

let mock: TestServer;
beforeAll(async () => {
  mock = await startTestServer({ apis: [lyve] });
  await mistakenLyveClient(mock.base, { session: 'cli-mistaken' });
  await correctLyveClient(mock.base, { session: 'cli-correct' });
});
afterAll(() => mock.close());

/** Runs `samock check-client …` on a fresh cac program, as src/cli.ts will, capturing output and exit code. */
async function checkClientCli(...args: string[]): Promise<{ code: number | undefined; output: string }> {
  const cli = cac('samock');
  let code: number | undefined;
  registerCheckClientCommand(cli, (exitCode) => {
    code = exitCode;
  });
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    cli.parse(['node', 'samock', 'check-client', ...args], { run: false });
    await cli.runMatchedCommand();
    return { code, output: log.mock.calls.map((call) => call.join(' ')).join('\n') };
  } finally {
    log.mockRestore();
  }
}

describe('samock check-client', () => {
  it('exits 1 and prints each violation with its operation, JSON pointer and rule', async () => {
    const { code, output } = await checkClientCli('--base-url', mock.url, '--session', 'cli-mistaken');
    expect(code).toBe(1);
    expect(output).toContain('✗ 4 request(s) broke the spec');
    expect(output).toContain('lyve.createServiceAccount');
    expect(output).toMatch(/body \/name {2}\[required\]/);
    expect(output).toMatch(/body \/permissions {2}\[required\]/);
    expect(output).toMatch(/PUT \/v2\/service-accounts\/ → 405[\s\S]*method {2}\[method\]/);
    expect(output).toMatch(/header \/authorization {2}\[security\]/);
  });

  it('exits 0 for a correct client and lists the operations and error codes it never exercised', async () => {
    const { code, output } = await checkClientCli('--base-url', mock.url, '--session', 'cli-correct');
    expect(code).toBe(0);
    expect(output).toContain('✓ No spec violations.');
    expect(output).toMatch(/never called:[\s\S]*deleteServiceAccount/);
    expect(output).toMatch(/documented error codes never seen:[\s\S]*createServiceAccount +400, 403, 404, 409/);
  });

  it('prints the report as JSON with --json', async () => {
    const { code, output } = await checkClientCli('--base-url', `${mock.url}/`, '--session', 'cli-mistaken', '--json', '--api', 'lyve');
    expect(code).toBe(1);
    const report = JSON.parse(output);
    expect(report).toMatchObject({ session: 'cli-mistaken', requests: 4, exitCode: 1 });
    expect(report.violations.map((v: { issues: { pointer: string }[] }) => v.issues[0]!.pointer)).toEqual(['/name', '/permissions', '', '/authorization']);
  });

  it('reads a session id as typed (007 is not 7), and fails on a session that does not exist or saw no requests', async () => {
    await correctLyveClient(mock.base, { session: '007' });
    const typed = await checkClientCli('--base-url', mock.url, '--session', '007');
    expect([typed.code, typed.output]).toEqual([0, expect.stringContaining('session "007"')]);
    await expect(checkClientCli('--base-url', mock.url, '--session', 'ci-typo')).rejects.toThrow(/no session "ci-typo"[\s\S]*--session-idle/);
    expect(mock.app.sessions().map((s) => s.id)).not.toContain('ci-typo');
    await fetch(`${mock.url}/__control/clock`, { headers: { 'x-samock-session': 'opened-but-unused' } });
    const empty = await checkClientCli('--base-url', mock.url, '--session', 'opened-but-unused');
    expect(empty.code).toBe(1);
    expect(empty.output).toContain('holds no requests, so nothing was checked');
  });

  it('takes the control token from SAMOCK_CONTROL_TOKEN, as serve does', async () => {
    const guarded = await startTestServer({ apis: [lyve], controlPlane: { enabled: true, token: '0123' } });
    try {
      await correctLyveClient(guarded.base, { session: 'tokened' });
      await expect(checkClientCli('--base-url', guarded.url, '--session', 'tokened')).rejects.toThrow(/401/);
      expect((await checkClientCli('--base-url', guarded.url, '--session', 'tokened', '--control-token', '0123')).code).toBe(0);
      vi.stubEnv('SAMOCK_CONTROL_TOKEN', '0123');
      expect((await checkClientCli('--base-url', guarded.url, '--session', 'tokened')).code).toBe(0);
    } finally {
      vi.unstubAllEnvs();
      await guarded.close();
    }
  });

  it("says what to pass when --base-url is missing or is not samock's root", async () => {
    await expect(checkClientCli()).rejects.toThrow(/--base-url/);
    await expect(checkClientCli('--base-url', mock.base)).rejects.toThrow(/root URL/);
  });
});
