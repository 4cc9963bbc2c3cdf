import { afterAll, afterEach, beforeAll, beforeEach, describe, it } from 'vitest';
import { becomesReadyAfterClockAdvance, READY_AFTER_MS, secretShownOnce, vendorErrorMessages } from './flows.js';
import { hasChromium, launch, serveConsole, SKIP_REASON, type Browser, type ServedConsole } from './harness.js';

/** A real browser beside the rest of the suite on two cores: generous, though a test takes 3–12 s. */
const TIMEOUT = 45_000;

/**
 * examples/console in headless Chromium with the in-browser mocks (msw's service
 * worker + samock/browser): the default target. Each test gets a fresh profile, so
 * its localStorage (the persisted mock state) and service worker start empty.
 * Machines without Chromium still pass: the suite is skipped and its name says why.
 */
describe.skipIf(!hasChromium)(hasChromium ? 'console with in-browser mocks' : `console with in-browser mocks — skipped: ${SKIP_REASON}`, () => {
  let served: ServedConsole;
  let browser: Browser;
  // Nscale accounts are provisioned at once by default; the opt-in phase shows its pending state too.
  const url = () => `${served.url}?readyAfterMs=${READY_AFTER_MS}&apiOption=nscale.provisioning=eventual`;

  beforeAll(async () => {
    served = await serveConsole();
  }, 60_000);
  afterAll(() => served?.close());
  beforeEach(async () => {
    browser = await launch();
  });
  afterEach(() => browser?.close());

  it("shows a new account's secret exactly once; after a reload the account is still listed", () => secretShownOnce(browser, url()), TIMEOUT);

  it(
    'shows lyve and nscale accounts pending, then ready after a clock advance',
    () => becomesReadyAfterClockAdvance(browser, url(), 'test-results/console.png'),
    TIMEOUT,
  );

  it("shows 409, 400 and forced errors in the vendor's words", () => vendorErrorMessages(browser, url()), TIMEOUT);
});
