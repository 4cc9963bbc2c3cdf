import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { CLI } from './helpers.js';

/** Starts `samock` and resolves with its first lines once it says it is listening. */
function startCli(args: string[], env: Record<string, string> = {}, entry: string[] = CLI): Promise<{ output: string; stop: () => void }> {
  const child = spawn('node', [...entry, ...args], { env: { ...process.env, ...env } });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`samock did not start: ${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The control line is printed last: wait for it, or a test may read half the banner.
      if (/listening on[\s\S]*\n\s+control\s[^\n]*\n/.test(output)) {
        clearTimeout(timer);
        resolve({ output, stop: () => child.kill() });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`samock exited ${code}: ${output}`)));
  });
}

describe('samock CLI', () => {
  it('serves every registered API and prints where each is served', async () => {
    const { output, stop } = await startCli(['--port', '0']);
    stop();
    expect(output).toMatch(/samock listening on http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toMatch(/lyve\s+http:\/\/127\.0\.0\.1:\d+\/v2/);
    expect(output).toMatch(/control\s+http:\/\/127\.0\.0\.1:\d+\/__control\n/);
  });

  it('says the control plane is off when bound beyond loopback without a token', async () => {
    const { output, stop } = await startCli(['--port', '0', '--host', '0.0.0.0']);
    stop();
    expect(output).toMatch(/__control is OFF/);
  });

  it('takes the control token from SAMOCK_CONTROL_TOKEN, so it stays out of `ps`, and requires it', async () => {
    const { output, stop } = await startCli(['--port', '0', '--api', 'lyve', '--host', '0.0.0.0'], { SAMOCK_CONTROL_TOKEN: 'from-the-env' });
    try {
      expect(output).toMatch(/__control \(needs the control token\)/);
      const port = /listening on http:\/\/[^:]+:(\d+)/.exec(output)![1];
      const clock = (authorization?: string) => fetch(`http://127.0.0.1:${port}/__control/clock`, { headers: authorization ? { authorization } : {} });
      expect((await clock()).status).toBe(401);
      expect((await clock('Bearer from-the-env')).status).toBe(200);
    } finally {
      stop();
    }
  });

  it('takes a number-like control token as typed: --control-token 0123 is "0123", not 123', async () => {
    const { output, stop } = await startCli(['--port', '0', '--api', 'lyve', '--control-token', '0123']);
    try {
      const port = /listening on http:\/\/[^:]+:(\d+)/.exec(output)![1];
      const clock = (authorization: string) => fetch(`http://127.0.0.1:${port}/__control/clock`, { headers: { authorization } });
      expect((await clock('Bearer 123')).status).toBe(401);
      expect((await clock('Bearer 0123')).status).toBe(200);
    } finally {
      stop();
    }
  });

  it('takes the port from PORT and answers on it', async () => {
    const port = String(40_000 + Math.floor(Math.random() * 20_000));
    const { stop } = await startCli(['serve', '--api', 'lyve'], { PORT: port });
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v2/service-accounts`, { headers: { authorization: 'Bearer x' } });
      expect(response.status).toBe(200);
    } finally {
      stop();
    }
  });

  it('refuses an unknown API id with a clear message and exit status 1', async () => {
    const failure = await promisify(execFile)('node', [...CLI, '--api', 'nope', '--port', '0']).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('Unknown API "nope". Available: lyve') });
  });

  it('takes strict-mode tokens from SAMOCK_ACCEPT_TOKENS, so they stay out of `ps`', async () => {
    const { output, stop } = await startCli(['--port', '0', '--api', 'lyve', '--auth', 'strict'], { SAMOCK_ACCEPT_TOKENS: 'lyve=from-the-env' });
    try {
      const port = /listening on http:\/\/[^:]+:(\d+)/.exec(output)![1];
      const list = (token: string) => fetch(`http://127.0.0.1:${port}/v2/service-accounts`, { headers: { authorization: `Bearer ${token}` } });
      expect((await list('from-the-env')).status).toBe(200);
      expect((await list('anything-else')).status).toBe(400);
    } finally {
      stop();
    }
  });

  it('refuses an --accept-token naming an API it does not serve, with exit status 1 and no stack trace', async () => {
    const failure = await promisify(execFile)('node', [...CLI, '--api', 'lyve,nscale', '--auth', 'strict', '--accept-token', 'nscal=tok', '--port', '0']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('no API "nscal" is served') });
    expect((failure as { stderr: string }).stderr).not.toMatch(/\n\s+at /);
  });

  it('adds up repeated --accept-token flags, and refuses --auth given twice', async () => {
    const { output, stop } = await startCli(['--port', '0', '--api', 'lyve', '--auth', 'strict', '--accept-token', 'first', '--accept-token', 'second']);
    try {
      const port = /listening on http:\/\/[^:]+:(\d+)/.exec(output)![1];
      for (const token of ['first', 'second'])
        expect((await fetch(`http://127.0.0.1:${port}/v2/service-accounts`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(200);
    } finally {
      stop();
    }
    const twice = await promisify(execFile)('node', [...CLI, '--api', 'lyve', '--auth', 'strict:lyve', '--auth', 'permissive', '--port', '0']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(twice).toMatchObject({ code: 1, stderr: expect.stringContaining('--auth was given 2 times') });
  });

  it('refuses a non-numeric --ready-after', async () => {
    const failure = await promisify(execFile)('node', [...CLI, '--ready-after', 'soon', '--port', '0']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1, stderr: expect.stringContaining('--ready-after must be an integer') });
  });
});
