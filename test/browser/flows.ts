import { mkdir } from 'node:fs/promises';
import { expect } from 'vitest';
import type { Browser } from './harness.js';
import { ConsolePage } from './console-page.js';

/**
 * The console's user flows, shared by the in-browser-mocks and standalone-server
 * test files: the same clicks must give the same answers through either transport.
 * `url` is the console's address with its query (target, readyAfterMs).
 */

/** Long enough that nothing becomes ready on its own during a test: only the clock advance does it. */
export const READY_AFTER_MS = 3_600_000;

export async function secretShownOnce(browser: Browser, url: string): Promise<void> {
  const ui = new ConsolePage(browser.page);
  await ui.open(url);
  await ui.selectApi('lyve');
  await ui.create('backup agent');

  const panel = ui.byTestId('secret-panel');
  expect(await panel.isVisible()).toBe(true);
  expect(await panel.getByRole('heading').textContent()).toContain('you will not see this again');
  const [accessKey, secret] = await ui.secretValues();
  expect(accessKey).toMatch(/^[A-Z0-9]{20}$/);
  expect(secret).toMatch(/^\S{40}$/);
  expect(await ui.byTestId('copy-secret').count()).toBe(2);
  expect(await ui.waitForState('backup agent', 'pending')).toContain('pending');

  // Dismissing discards it from the page…
  await ui.byTestId('secret-done').click();
  expect(await panel.isVisible()).toBe(false);
  expect(await browser.page.content()).not.toContain(secret!);

  // …and a reload cannot bring it back, while the account is still listed (persisted state).
  await ui.reload();
  await ui.row('backup agent').waitFor();
  expect(await panel.isVisible()).toBe(false);
  expect(await browser.page.content()).not.toContain(secret!);
  const stored = await browser.page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain(secret!);
}

export async function becomesReadyAfterClockAdvance(browser: Browser, url: string, screenshot?: string): Promise<void> {
  const ui = new ConsolePage(browser.page);
  await ui.open(url);

  await ui.selectApi('lyve');
  await ui.create('ingest_bot');
  expect(await ui.waitForState('ingest_bot', 'pending')).toBe('pending (readyState false)');
  await browser.page.waitForTimeout(1_200); // two polls: it stays pending on its own
  expect(await ui.row('ingest_bot').getAttribute('data-state')).toBe('pending');
  await ui.advanceClock(READY_AFTER_MS);
  expect(await ui.waitForState('ingest_bot', 'ready')).toBe('ready');

  await ui.selectApi('nscale');
  await ui.create('ingest-bot');
  expect(await ui.secretValues()).toEqual([expect.stringMatching(/^eyJ/)]);
  expect(await ui.waitForState('ingest-bot', 'pending')).toBe('provisioning');
  await ui.advanceClock(READY_AFTER_MS);
  expect(await ui.waitForState('ingest-bot', 'ready')).toBe('provisioned');

  // A second, still pending account beside the ready one, with its secret on screen.
  await ui.create('reporting');
  await ui.waitForState('reporting', 'pending');
  if (screenshot) {
    await mkdir('test-results', { recursive: true });
    await browser.page.screenshot({ path: screenshot, fullPage: true });
  }
}

export async function vendorErrorMessages(browser: Browser, url: string): Promise<void> {
  const ui = new ConsolePage(browser.page);
  await ui.open(url);

  await ui.selectApi('lyve');
  await ui.create('backup agent');
  await ui.create('backup agent');
  expect(await ui.error()).toEqual({
    status: 'HTTP 409 ServiceAccountNameAlreadyExists',
    message: 'The service account name is already in use. Please use a different name.',
  });

  await ui.create('backup/agent');
  expect(await ui.error()).toEqual({
    status: 'HTTP 400 InvalidArgument',
    message: 'Invalid request: Field "name" must match the pattern "^[A-Za-z0-9 _-]+$" (rule: pattern).',
  });

  await ui.selectApi('wavefront');
  await ui.create('ci-bot');
  await ui.create('ci-bot');
  expect(await ui.error()).toEqual({ status: 'HTTP 409', message: 'An account with identifier sa::ci-bot already exists.' });

  await ui.selectApi('nscale');
  await ui.create('-my-account');
  const nscale = await ui.error();
  expect(nscale.status).toBe('HTTP 400 invalid_request');
  expect(nscale.message).toContain('Field "metadata.name" must match the pattern');

  // QA panel: a forced status answers in the vendor's shape and creates nothing.
  await ui.selectApi('lyve');
  await ui.armStatus(503);
  await ui.create('never created');
  expect(await ui.error()).toEqual({
    status: 'HTTP 503 ServiceNotReady',
    message: 'The server is not ready to handle the request. Please retry the request later.',
  });
  await browser.page.waitForTimeout(700); // at least one poll after the failed create
  expect(await ui.row('never created').count()).toBe(0);
  expect(await ui.row('backup agent').count()).toBe(1);
}
