import { vendors } from '../../mocks/index.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { serve } from '../../src/serve.js';
import { becomesReadyAfterClockAdvance, READY_AFTER_MS, secretShownOnce, vendorErrorMessages } from './flows.js';
import { hasChromium, launch, serveConsole, SKIP_REASON, type Browser, type ServedConsole } from './harness.js';

/** A real browser beside the rest of the suite on two cores: generous, though a test takes 3–12 s. */
const TIMEOUT = 45_000;

/**
 * The same flows with `?target=<server>`: the console starts no worker and calls a
 * standalone samock server on another origin (so CORS is exercised for real,
 * including the preflights that Authorization and Prefer cause).
 * Machines without Chromium still pass: the suite is skipped and its name says why.
 */
describe.skipIf(!hasChromium)(hasChromium ? 'console against the standalone server' : `console against the standalone server — skipped: ${SKIP_REASON}`, () => {
  let served: ServedConsole;
  let samock: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  const url = () => `${served.url}?target=${encodeURIComponent(samock.server.url)}`;

  // Nscale accounts are provisioned at once by default; the opt-in phase shows its pending state too.
  beforeAll(async () => {
    [served, samock] = await Promise.all([
      serveConsole(),
      serve({ apis: vendors, port: 0, readyAfterMs: READY_AFTER_MS, apiOptions: { nscale: { provisioning: 'eventual' } } }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await samock?.server.close();
    await served?.close();
  });
  beforeEach(async () => {
    samock.app.control.reset(); // the server outlives each test's browser profile
    browser = await launch();
  });
  afterEach(() => browser?.close());

  it("shows a new account's secret exactly once; after a reload the account is still listed", () => secretShownOnce(browser, url()), TIMEOUT);

  it('shows lyve and nscale accounts pending, then ready after a clock advance', () => becomesReadyAfterClockAdvance(browser, url()), TIMEOUT);

  it("shows 409, 400 and forced errors in the vendor's words", () => vendorErrorMessages(browser, url()), TIMEOUT);
});
