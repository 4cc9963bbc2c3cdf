import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { specUrl } from '../spec-files.js';
import { startPrismProxy, type PrismProxy } from './prism-proxy.js';

/**
 * The cross-check is only worth something if Prism can fail it: here Prism proxies the
 * Lyve spec to a drifted upstream (not samock), and the behaviours every-api-through-prism
 * relies on are pinned: a response that breaks the spec is replaced and reported, a
 * request that breaks it is refused without reaching the upstream (why checks marked
 * `sendsInvalidRequests` are left out), and Prism's own answers show in `watch`.
 */
describe('prism proxy --errors as the judge of a mock', () => {
  let upstream: Server;
  const received: string[] = [];
  let prism: PrismProxy | undefined;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      res.setHeader('content-type', 'application/json');
      res.setHeader('x-samock-api', 'lyve');
      // A permission list whose item has a numeric id and lacks every other field.
      res.end(JSON.stringify([{ id: 5 }]));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const { port } = upstream.address() as AddressInfo;
    prism = await startPrismProxy({ spec: specUrl('lyve'), upstream: `http://127.0.0.1:${port}/v2` });
  }, 60_000);

  afterAll(async () => {
    await prism?.stop();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  it('forwards to the upstream path joined to the spec path, and replaces an answer that breaks the spec by a 500 it reports', async () => {
    const { result, findings } = await prism!.watch(async () => {
      const response = await fetch(`${prism!.url}/permissions`, { headers: { authorization: 'Bearer t' } });
      return {
        status: response.status,
        type: response.headers.get('content-type'),
        violations: response.headers.get('sl-violations'),
        body: await response.json(),
      };
    });
    expect(received).toContain('GET /v2/permissions');
    expect(result.status).toBe(500);
    expect(result.type).toBe('application/problem+json');
    expect(result.body.type).toBe('https://stoplight.io/prism/errors#VIOLATIONS');
    expect(result.body.validation.length).toBeGreaterThan(0);
    expect(JSON.parse(result.violations!)).toEqual(
      expect.arrayContaining([expect.objectContaining({ location: ['response', 'body', '0', 'id'], severity: 'Error' })]),
    );
    expect(findings).toEqual([expect.stringContaining('errors#VIOLATIONS')]);
  });

  it('answers a request that breaks the spec itself (422), without forwarding it', async () => {
    const before = received.length;
    const { result, findings } = await prism!.watch(async () => {
      const response = await fetch(`${prism!.url}/service-accounts`, {
        method: 'POST',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'bad/name', permissions: [] }),
      });
      return { status: response.status, body: await response.json() };
    });
    expect(received.length).toBe(before);
    expect(result.status).toBe(422);
    expect(result.body.type).toBe('https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY');
    expect(findings).toEqual([expect.stringContaining('errors#UNPROCESSABLE_ENTITY')]);
  });

  it('answers a request without the credentials the spec requires itself (401), without forwarding it', async () => {
    const before = received.length;
    const response = await fetch(`${prism!.url}/permissions`);
    await response.arrayBuffer();
    expect(received.length).toBe(before);
    expect(response.status).toBe(401);
  });
});
