import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, request } from '../helpers.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'samock-serve-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI to its end: exit code and what it printed. */
const run = (args: string[]) =>
  promisify(execFile)('node', [...CLI, ...args]).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

/** Starts `samock serve`; resolves once it prints its control line, with its port and a way to signal it. */
function start(args: string[]) {
  const child = spawn('node', [...CLI, 'serve', '--port', '0', '--api', 'lyve', ...args]);
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise<{ port: number; output: () => string; signal: (name: NodeJS.Signals) => Promise<number | null> }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/\n\s+control\s[^\n]*\n/.test(output)) {
        resolve({
          port: Number(/listening on http:\/\/[^:]+:(\d+)/.exec(output)![1]),
          output: () => output,
          signal: (name) => (child.kill(name), exited),
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`samock exited ${code}: ${output}`)));
  });
}

describe('samock serve: the shared-mock flags refuse bad input with one line', () => {
  it('refuses a bad --replica-name, --shutdown-timeout, --drain-delay or an empty --state-file, exit status 1', async () => {
    const results = await Promise.all([
      run(['serve', '--port', '0', '--replica-name', 'two words']),
      run(['serve', '--port', '0', '--shutdown-timeout=-5']),
      run(['serve', '--port', '0', '--drain-delay', 'soon']),
      run(['serve', '--port', '0', '--state-file', '']),
    ]);
    expect(results.map((r) => [r.code, r.stderr.trim()])).toEqual([
      [1, 'samock: --replica-name must be 1–64 letters, digits, ".", "_", ":" or "-", got "two words".'],
      [1, 'samock: --shutdown-timeout must be an integer ≥ 0, got "-5".'],
      [1, 'samock: --drain-delay must be an integer ≥ 0, got "soon".'],
      [1, 'samock: --state-file needs a file name.'],
    ]);
  });

  it('refuses a corrupt state file and one in a missing directory, naming the file, without a stack trace', async () => {
    const corrupt = join(dir, 'corrupt.json');
    writeFileSync(corrupt, '{"format":"samock-state-file","version":1,"apis":["lyve"],"sess');
    const [bad, missing] = await Promise.all([
      run(['serve', '--port', '0', '--state-file', corrupt]),
      run(['serve', '--port', '0', '--state-file', join(dir, 'no-such-dir', 'state.json')]),
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^samock: Failed to start the server: the state file .*corrupt\.json is not a samock state file \(not JSON/),
    ]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toMatch(/^samock: Failed to start the server: the state file .*no-such-dir\/state\.json could not be written: ENOENT/);
    // A file that cannot be read is never replaced by an empty one.
    expect(readFileSync(corrupt, 'utf8')).toContain('"sess');
  });

  it('refuses verify --session with a session id samock would refuse, as a usage error (exit status 2)', async () => {
    const result = await run(['verify', '--api', 'lyve', '--base-url', 'http://127.0.0.1:9', '--session', 'two words']);
    expect([result.code, result.stderr.split('\n')[0]]).toEqual([
      2,
      'samock verify: --session must be 1–64 letters, digits, ".", "_", ":" or "-", got "two words".',
    ]);
  });
});

describe('samock serve --state-file on SIGTERM', () => {
  it('writes every session, exits 0, and the next start serves them again, saying so', async () => {
    const file = join(dir, 'state.json');
    const first = await start(['--state-file', file, '--replica-name', 'r1']);
    expect(first.output()).toMatch(/\n {2}replica {6}r1\n {2}state file {3}.*state\.json \(none yet\)\n/);
    const url = `http://127.0.0.1:${first.port}/v2/service-accounts`;
    const created = await request(url, {
      method: 'POST',
      body: { name: 'survivor', permissions: ['default-permission'] },
      headers: { 'x-samock-session': 'ci-42' },
    });
    expect([created.status, created.headers.get('x-samock-replica')]).toEqual([200, 'r1']);
    expect(await first.signal('SIGTERM')).toBe(0);
    expect(first.output()).toMatch(
      /samock: SIGTERM: not ready any more, finishing requests in flight, then writing .*state\.json\nsamock: 2 sessions written to .*state\.json \(\d+ bytes\)\n/,
    );

    const second = await start(['--state-file', file, '--replica-name', 'r1']);
    try {
      expect(second.output()).toMatch(/state file {3}.*state\.json \(2 sessions restored\)/);
      const listed = await request(`http://127.0.0.1:${second.port}/v2/service-accounts`, { headers: { 'x-samock-session': 'ci-42' } });
      expect(listed.body.map((account: { id: string; name: string }) => [account.id, account.name])).toEqual([[created.body.id, 'survivor']]);
    } finally {
      expect(await second.signal('SIGINT')).toBe(0);
    }
  });

  it('on a second signal stops waiting but still writes the state file (timeout, npx and npm send two)', async () => {
    const file = join(dir, 'twice.json');
    // A long --drain-delay: the second signal arrives while the first still waits.
    const first = await start(['--state-file', file, '--replica-name', 'r1', '--drain-delay', '20000']);
    const created = await request(`http://127.0.0.1:${first.port}/v2/service-accounts`, {
      method: 'POST',
      body: { name: 'twice-signalled', permissions: ['default-permission'] },
      headers: { 'x-samock-session': 'ci-43' },
    });
    expect(created.status).toBe(200);
    const exited = first.signal('SIGTERM');
    while (!first.output().includes('not ready any more')) await new Promise((resolve) => setTimeout(resolve, 20));
    const startedAt = Date.now();
    expect(await first.signal('SIGTERM')).toBe(1);
    expect(await exited).toBe(1);
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    expect(first.output()).toMatch(
      /samock: SIGTERM again: cutting requests in flight and writing .*twice\.json now \(a third signal exits without writing it\)\.\n[^]*samock: 2 sessions written to .*twice\.json \(\d+ bytes\)\n/,
    );
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { sessions: { id: string; state: { lyve: { serviceAccounts: { name: string }[] } } }[] };
    expect(saved.sessions.find((s) => s.id === 'ci-43')!.state.lyve.serviceAccounts.map((a) => a.name)).toEqual(['twice-signalled']);
  });
});
