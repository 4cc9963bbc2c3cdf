import type { Locator, Page } from 'playwright-core';

/**
 * The console as a test sees it: every selector is a `data-testid` (or a data
 * attribute the console sets for tests), so restyling never breaks a test.
 */
export class ConsolePage {
  constructor(readonly page: Page) {}

  /** Opens the console and waits for its first list (it then polls every 500 ms). */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitReady();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitReady();
  }

  private async waitReady(): Promise<void> {
    await this.page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  }

  async selectApi(id: string): Promise<void> {
    await this.byTestId('api-select').selectOption(id);
  }

  async create(name: string): Promise<void> {
    await this.byTestId('name-input').fill(name);
    await this.byTestId('create-button').click();
    // Either the secret or an error appears; the status line says which.
    await this.page.waitForFunction(() => /^(Created|Could not create)/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''));
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="account-row"][data-name="${name}"]`);
  }

  /** Waits until the polled list shows the account in this normalised state. */
  async waitForState(name: string, state: 'pending' | 'ready'): Promise<string> {
    const row = this.page.locator(`[data-testid="account-row"][data-name="${name}"][data-state="${state}"]`);
    await row.waitFor({ timeout: 10_000 });
    return (await row.getByTestId('account-status').textContent()) ?? '';
  }

  async secretValues(): Promise<string[]> {
    return this.byTestId('secret-value').allTextContents();
  }

  async advanceClock(ms: number): Promise<void> {
    await this.byTestId('advance-ms').fill(String(ms));
    await this.byTestId('advance-clock').click();
    await this.page.waitForFunction(() => /^Clock advanced/.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''));
  }

  async armStatus(code: number): Promise<void> {
    await this.byTestId('force-code').fill(String(code));
    await this.byTestId('force-button').click();
  }

  async error(): Promise<{ status: string; message: string }> {
    await this.byTestId('error').waitFor();
    return { status: (await this.byTestId('error-status').textContent()) ?? '', message: (await this.byTestId('error-message').textContent()) ?? '' };
  }

  byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }
}
