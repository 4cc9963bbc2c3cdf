import type { AccountView, ApiAdapter, Created } from './apis.js';

/** DOM helpers: the only module that touches the page's markup. */
function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`The page lacks #${id}.`);
  return found as T;
}

export const dom = {
  target: () => document.querySelector<HTMLElement>('[data-testid="target"]')!,
  status: () => element<HTMLParagraphElement>('status'),
  error: () => element<HTMLDivElement>('error'),
  api: () => element<HTMLSelectElement>('api'),
  name: () => element<HTMLInputElement>('name'),
  nameHint: () => element<HTMLElement>('name-hint'),
  createForm: () => element<HTMLFormElement>('create-form'),
  refresh: () => element<HTMLButtonElement>('refresh'),
  secretPanel: () => element<HTMLElement>('secret-panel'),
  secretDone: () => element<HTMLButtonElement>('secret-done'),
  forceForm: () => element<HTMLFormElement>('force-form'),
  forceCode: () => element<HTMLInputElement>('force-code'),
  forceArmed: () => document.querySelector<HTMLElement>('[data-testid="force-armed"]')!,
  clockForm: () => element<HTMLFormElement>('clock-form'),
  advanceMs: () => element<HTMLInputElement>('advance-ms'),
  clock: () => element<HTMLTimeElement>('clock'),
  reset: () => element<HTMLButtonElement>('reset'),
};

export function fillApis(adapters: readonly ApiAdapter[], selected: string): void {
  const select = dom.api();
  select.replaceChildren(...adapters.map((adapter) => new Option(`${adapter.title} (${adapter.id})`, adapter.id, false, adapter.id === selected)));
}

export function showStatus(text: string): void {
  dom.status().textContent = text;
}

/** Shows a failure as the vendor worded it, with the HTTP status and the vendor's code. */
export function showError(status: number | undefined, message: string, code?: string): void {
  const box = dom.error();
  const head = document.createElement('strong');
  head.dataset.testid = 'error-status';
  head.textContent = status === undefined ? 'Request failed' : `HTTP ${status}${code ? ` ${code}` : ''}`;
  const text = document.createElement('span');
  text.dataset.testid = 'error-message';
  text.textContent = message;
  box.replaceChildren(head, ' ', text);
  box.hidden = false;
}

export function clearError(): void {
  dom.error().hidden = true;
  dom.error().replaceChildren();
}

/** Renders the rows; keyed by id so a poll only rewrites what changed. */
export function renderAccounts(accounts: AccountView[]): void {
  const body = document.getElementById('accounts-body')!;
  const rows = accounts.map((account) => {
    const row = document.createElement('tr');
    row.dataset.testid = 'account-row';
    row.dataset.name = account.name;
    row.dataset.state = account.state;
    const name = document.createElement('td');
    name.textContent = account.name;
    const id = document.createElement('td');
    id.className = 'mono';
    id.textContent = account.id;
    const status = document.createElement('td');
    const badge = document.createElement('span');
    badge.className = `badge ${account.state}`;
    badge.dataset.testid = 'account-status';
    badge.textContent = account.label;
    status.append(badge);
    row.append(name, id, status);
    return row;
  });
  // Skip identical re-renders so screen readers and text selection are not disturbed every poll.
  const next = rows.map((row) => row.outerHTML).join('');
  if (body.innerHTML !== next) body.replaceChildren(...rows);
  document.getElementById('empty')!.hidden = accounts.length > 0;
}

/**
 * Shows the one-time secret. It lives only in this DOM subtree: "I have copied it"
 * removes it, and nothing writes it to storage, so a reload cannot bring it back.
 */
export function showSecret(created: Created): void {
  const panel = dom.secretPanel();
  panel.querySelector<HTMLElement>('[data-testid="secret-account"]')!.textContent = created.name;
  const list = document.getElementById('secret-list')!;
  list.replaceChildren(
    ...created.secrets.flatMap((secret) => {
      const term = document.createElement('dt');
      term.textContent = secret.label;
      const value = document.createElement('dd');
      const code = document.createElement('code');
      code.dataset.testid = 'secret-value';
      code.textContent = secret.value;
      const copy = document.createElement('button');
      copy.type = 'button';
      copy.dataset.testid = 'copy-secret';
      copy.textContent = 'Copy';
      copy.setAttribute('aria-label', `Copy ${secret.label.toLowerCase()}`);
      copy.addEventListener('click', () => void copyText(secret.value, secret.label));
      value.append(code, ' ', copy);
      return [term, value];
    }),
  );
  const note = document.getElementById('secret-note')!;
  note.textContent = created.note ?? '';
  note.hidden = !created.note;
  panel.hidden = false;
  dom.secretDone().focus();
}

export function hideSecret(): void {
  document.getElementById('secret-list')!.replaceChildren();
  dom.secretPanel().hidden = true;
}

async function copyText(value: string, label: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(value);
    showStatus(`${label} copied to the clipboard.`);
  } catch {
    // No clipboard permission (e.g. plain http on another host): say so instead of failing silently.
    showStatus(`Could not copy: select the ${label.toLowerCase()} and copy it by hand.`);
  }
}
