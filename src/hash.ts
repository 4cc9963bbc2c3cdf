/**
 * Credentials are kept as hashes: they still authenticate, and a state dump cannot leak them.
 * Synchronous, because resolvers and auth checks are. Node hashes with node:crypto (reached
 * through `process.getBuiltinModule`, so nothing here stops a browser bundle); browsers have no
 * synchronous digest (Web Crypto's is asynchronous), so the msw adapters bring a pure-JS one.
 */
export function sha256(text: string): string {
  // Not cached when missing: a call before the msw adapters provide one must not stick.
  return (implementation ??= nodeSha256() ?? missingSha256())(text);
}

type Sha256 = (text: string) => string;
let implementation: Sha256 | undefined;

/** Called by the msw adapters with @noble/hashes' sha256; Node's own is preferred where it exists. */
export function provideSha256(fallback: Sha256): void {
  implementation ??= nodeSha256() ?? fallback;
}

function nodeSha256(): Sha256 | undefined {
  const crypto = globalThis.process?.getBuiltinModule?.('node:crypto');
  return crypto ? (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex') : undefined;
}

function missingSha256(): Sha256 {
  throw new Error(
    'samock has no synchronous sha256 here: in a browser, start the mocks with startBrowserMocks from samock/browser (or createMock from samock).',
  );
}
