import { ADAPTERS, ApiFailure, adapterFor, type ApiAdapter } from './apis.js';
import { describeTarget, readConfig, type ConsoleConfig } from './config.js';
import { ControlError, createConsoleControl, type RemoteControl } from './control.js';
import { createClient, type Client } from './http.js';
import { clearError, dom, fillApis, hideSecret, renderAccounts, showError, showSecret, showStatus } from './ui.js';

/** Poll often enough that pending → ready shows up without a click. */
const POLL_MS = 500;
/** Remembers the chosen API across reloads (never the secrets). */
const API_KEY = 'samock-console:api';

async function startTarget(config: ConsoleConfig): Promise<void> {
  if (config.target.kind === 'server') return;
  // Loaded only for in-browser mocks, so a server-targeted page never downloads the mock bundle.
  const [{ startBrowserMocks }, { vendors }] = await Promise.all([import('samock/browser'), import('samock/vendors')]);
  await startBrowserMocks({
    apis: vendors,
    readyAfterMs: config.readyAfterMs,
    seed: config.seed,
    apiOptions: config.apiOptions,
    serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
    // The list is polled every 500 ms: msw's per-request log would bury everything else in devtools.
    quiet: true,
  });
}

function describe(error: unknown): { status?: number; message: string; code?: string } {
  if (error instanceof ApiFailure) return { status: error.status, message: error.message, code: error.code };
  // The control plane's refusals: its problem+json status, title and detail.
  if (error instanceof ControlError) return { status: error.status, message: error.message, code: error.title };
  // fetch rejects on a dropped connection, a CORS refusal or a stopped server.
  return { message: error instanceof Error ? error.message : String(error) };
}

class ConsoleApp {
  private adapter: ApiAdapter;
  /** A status armed in the QA panel, spent by the next user-triggered request. */
  private armedCode: number | undefined;
  private polling = false;

  constructor(
    private readonly request: Client,
    private readonly control: RemoteControl,
  ) {
    this.adapter = adapterFor(localStorage.getItem(API_KEY) ?? 'lyve');
  }

  start(): void {
    fillApis(ADAPTERS, this.adapter.id);
    dom.nameHint().textContent = this.adapter.nameHint;
    dom.api().addEventListener('change', () => this.selectApi(dom.api().value));
    dom.createForm().addEventListener('submit', (event) => {
      event.preventDefault();
      void this.create();
    });
    dom.refresh().addEventListener('click', () => void this.refresh(this.takeArmed()));
    dom.secretDone().addEventListener('click', () => {
      hideSecret();
      showStatus('Secret discarded.');
      dom.name().focus();
    });
    dom.forceForm().addEventListener('submit', (event) => {
      event.preventDefault();
      this.arm(dom.forceCode().valueAsNumber);
    });
    dom.clockForm().addEventListener('submit', (event) => {
      event.preventDefault();
      void this.advance(dom.advanceMs().valueAsNumber);
    });
    dom.reset().addEventListener('click', () => void this.reset());
    void this.poll();
  }

  private selectApi(id: string): void {
    this.adapter = adapterFor(id);
    localStorage.setItem(API_KEY, this.adapter.id);
    dom.nameHint().textContent = this.adapter.nameHint;
    clearError();
    renderAccounts([]);
    void this.refresh();
  }

  private arm(code: number): void {
    if (!Number.isInteger(code) || code < 100 || code > 599) {
      showError(undefined, 'Enter an HTTP status between 100 and 599 to force.');
      return;
    }
    this.armedCode = code;
    dom.forceArmed().textContent = `Armed: the next request sends Prefer: code=${code}.`;
  }

  private takeArmed(): number | undefined {
    const code = this.armedCode;
    this.armedCode = undefined;
    if (code !== undefined) dom.forceArmed().textContent = `Sent Prefer: code=${code}.`;
    return code;
  }

  private async create(): Promise<void> {
    const name = dom.name().value.trim();
    clearError();
    if (name === '') {
      showError(undefined, 'Enter a name for the service account.');
      dom.name().focus();
      return;
    }
    const button = dom.createForm().querySelector('button')!;
    button.disabled = true;
    showStatus(`Creating ${name} in ${this.adapter.id}…`);
    try {
      const created = await this.adapter.create(this.request, name, this.takeArmed());
      showSecret(created);
      showStatus(`Created ${created.name} (${created.id}).`);
      dom.name().value = '';
    } catch (error) {
      const failure = describe(error);
      showError(failure.status, failure.message, failure.code);
      showStatus(`Could not create ${name}.`);
    } finally {
      button.disabled = false;
    }
    await this.refresh();
  }

  /** Lists the selected API; user-triggered refreshes surface failures in the alert region. */
  private async refresh(forceCode?: number): Promise<boolean> {
    const adapter = this.adapter;
    const request: Client = (method, path, options = {}) => this.request(method, path, { ...options, forceCode });
    try {
      const accounts = await adapter.list(request);
      // The user may have switched APIs while this was in flight.
      if (adapter === this.adapter) renderAccounts(accounts);
      return true;
    } catch (error) {
      const failure = describe(error);
      if (forceCode !== undefined) showError(failure.status, failure.message, failure.code);
      else showStatus(`Could not list ${adapter.id} accounts: ${failure.message}`);
      return false;
    }
  }

  /** One poll at a time: the next starts after the previous answered. */
  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    const tick = async () => {
      await Promise.all([this.refresh(), this.showClock()]);
      document.body.dataset.ready = 'true';
      setTimeout(() => void tick(), POLL_MS);
    };
    await tick();
  }

  private async showClock(): Promise<void> {
    try {
      const clock = await this.control.clock.get();
      dom.clock().textContent = clock.now;
      dom.clock().dateTime = clock.now;
    } catch {
      dom.clock().textContent = 'unavailable (control plane off?)';
    }
  }

  private async advance(ms: number): Promise<void> {
    clearError();
    if (!Number.isFinite(ms) || ms < 0) {
      showError(undefined, 'Enter a non-negative number of milliseconds.');
      return;
    }
    showStatus(`Advancing the clock by ${ms} ms…`);
    try {
      const clock = await this.control.clock.advance(ms);
      dom.clock().textContent = clock.now;
      showStatus(`Clock advanced by ${ms} ms.`);
    } catch (error) {
      const failure = describe(error);
      showError(failure.status, failure.message, failure.code);
    }
    await this.refresh();
  }

  private async reset(): Promise<void> {
    clearError();
    showStatus('Resetting the mock state…');
    try {
      await this.control.reset();
      hideSecret();
      showStatus('Mock state reset to its seed data.');
    } catch (error) {
      const failure = describe(error);
      showError(failure.status, failure.message, failure.code);
    }
    await this.refresh();
  }
}

async function main(): Promise<void> {
  let config: ConsoleConfig;
  try {
    config = readConfig(location.search, import.meta.env.VITE_SAMOCK_URL);
    dom.target().textContent = describeTarget(config.target);
    document.body.dataset.target = config.target.kind;
    await startTarget(config);
  } catch (error) {
    showError(undefined, `Could not start: ${describe(error).message}`);
    return;
  }
  new ConsoleApp(createClient(config.target), createConsoleControl(config.target)).start();
}

void main();
