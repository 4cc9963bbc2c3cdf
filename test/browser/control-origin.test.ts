import { vendors } from '../../mocks/index.js';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../src/serve.js';
import { ConsolePage } from './console-page.js';
import { READY_AFTER_MS } from './flows.js';
import { hasChromium, launch, serveConsole, SKIP_REASON, type Browser, type ServedConsole } from './harness.js';

const TIMEOUT = 45_000;
/** Chromium resolves this made-up name to loopback, as an attacker's DNS would during a rebinding attack. */
const EVIL = 'evil.test';

/**
 * The control plane in a real browser: the console (served from a loopback origin) drives
 * it through its QA panel, while a page on a foreign origin — and a page whose name was
 * rebound to 127.0.0.1 — can neither read it nor change anything through it.
 */
describe.skipIf(!hasChromium)(
  hasChromium ? 'the control plane from the console origin and from foreign origins, in Chromium' : `the control plane in Chromium — skipped: ${SKIP_REASON}`,
  () => {
    let served: ServedConsole;
    let samock: Awaited<ReturnType<typeof serve>>;
    let attacker: Server;
    let attackerPort: number;
    let browser: Browser | undefined;

    beforeAll(async () => {
      attacker = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>a page on another site</title><p>nothing to see</p>');
      });
      await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve));
      attackerPort = (attacker.address() as AddressInfo).port;
      [served, samock] = await Promise.all([serveConsole(), serve({ apis: vendors, port: 0, readyAfterMs: READY_AFTER_MS })]);
    }, 60_000);
    afterAll(async () => {
      await samock?.server.close();
      await served?.close();
      await new Promise((resolve) => attacker?.close(resolve));
    });
    afterEach(async () => {
      await browser?.close();
      browser = undefined;
      samock.app.control.reset();
      samock.app.control.faults.clear();
    });

    /** What a successful attack would change: the accounts, the faults, the clock. */
    const observable = () => ({
      accounts: (samock.app.control.dumpState('lyve') as { serviceAccounts: { name: string }[] }).serviceAccounts.map((a) => a.name),
      faults: samock.app.control.faults.list().length,
      clockAhead: samock.app.control.clock.get().nowMs - Date.now() > 60_000,
      frozen: samock.app.control.clock.get().frozen,
    });

    it(
      'the console, on a loopback origin, advances the clock and resets the state through its QA panel',
      async () => {
        browser = await launch();
        const ui = new ConsolePage(browser.page);
        await ui.open(`${served.url}?target=${encodeURIComponent(samock.server.url)}`);
        await ui.selectApi('lyve');
        await ui.create('console-made');
        expect(await ui.waitForState('console-made', 'pending')).toContain('pending');
        await ui.advanceClock(READY_AFTER_MS);
        expect(await ui.waitForState('console-made', 'ready')).toBe('ready');
        await ui.byTestId('reset-state').click();
        await browser.page.waitForFunction(() => /reset/i.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''));
        expect(observable().accounts).toEqual([]);
      },
      TIMEOUT,
    );

    it(
      'a page on a foreign origin can neither read the control plane nor change anything through it',
      async () => {
        await fetch(`${samock.server.url}/v2/service-accounts`, {
          method: 'POST',
          headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
          body: '{"name":"victim","permissions":["default-permission"]}',
        });
        const before = observable();
        browser = await launch([`--host-resolver-rules=MAP ${EVIL} 127.0.0.1`]);
        await browser.page.goto(`http://${EVIL}:${attackerPort}/`);
        const outcomes = await browser.page.evaluate(async (control) => {
          const attempt = async (run: () => Promise<unknown>) => {
            try {
              return `answered ${String(await run())}`;
            } catch (error) {
              return `failed: ${(error as Error).name}`;
            }
          };
          return {
            readState: await attempt(async () => (await fetch(`${control}/state/wavefront`)).status),
            readJournal: await attempt(async () => (await fetch(`${control}/requests`)).text()),
            // Simple requests: no preflight, the answer is opaque, but the request reaches the server.
            resetNoCors: await attempt(async () => (await fetch(`${control}/reset`, { method: 'POST', mode: 'no-cors', body: '{}' })).type),
            freezeNoCors: await attempt(
              async () =>
                (await fetch(`${control}/clock/freeze`, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: '' })).type,
            ),
            beacon: navigator.sendBeacon(`${control}/faults`, new Blob(['{"status":503}'], { type: 'text/plain' })),
            // Preflighted: refused before the request is sent.
            advanceJson: await attempt(
              async () =>
                (await fetch(`${control}/clock/advance`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"ms":86400000}' })).status,
            ),
            deleteSession: await attempt(async () => (await fetch(`${control}/sessions/default`, { method: 'DELETE' })).status),
          };
        }, `${samock.server.url}/__control`);
        await new Promise((resolve) => setTimeout(resolve, 300)); // let the beacon land
        expect(outcomes).toMatchObject({
          readState: 'failed: TypeError',
          readJournal: 'failed: TypeError',
          resetNoCors: 'answered opaque',
          freezeNoCors: 'answered opaque',
          advanceJson: 'failed: TypeError',
          deleteSession: 'failed: TypeError',
        });
        expect(observable()).toEqual(before);
        expect(before.accounts).toEqual(['victim']);
      },
      TIMEOUT,
    );

    it(
      'DNS rebinding: a page whose name now resolves to 127.0.0.1 is refused by the Host check, even same-origin',
      async () => {
        await fetch(`${samock.server.url}/v2/service-accounts`, {
          method: 'POST',
          headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
          body: '{"name":"victim","permissions":["default-permission"]}',
        });
        const before = observable();
        // Chromium's own Private/Local Network Access checks would stop this page first; Firefox and
        // Safari have none, so they are switched off here to test samock's defence on its own.
        browser = await launch([
          `--host-resolver-rules=MAP ${EVIL} 127.0.0.1`,
          `--disable-features=${[
            'BlockInsecurePrivateNetworkRequests',
            'PrivateNetworkAccessSendPreflights',
            'PrivateNetworkAccessRespectPreflightResults',
            'LocalNetworkAccessChecks',
          ].join(',')}`,
        ]);
        const origin = `http://${EVIL}:${samock.server.port}`;
        // The attacker's page was served under this name before the name was rebound to samock's address.
        await browser.page.route(`${origin}/innocent-page`, (route) =>
          route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>rebound</title>' }),
        );
        await browser.page.goto(`${origin}/innocent-page`);
        const answers = await browser.page.evaluate(async () => {
          const json = { 'content-type': 'application/json' };
          return {
            state: (await fetch('/__control/state/wavefront')).status,
            reset: (await fetch('/__control/reset', { method: 'POST', headers: json, body: '{}' })).status,
            advance: (await fetch('/__control/clock/advance', { method: 'POST', headers: json, body: '{"ms":86400000}' })).status,
          };
        });
        expect(answers).toEqual({ state: 403, reset: 403, advance: 403 });
        expect(observable()).toEqual(before);
      },
      TIMEOUT,
    );
  },
);
