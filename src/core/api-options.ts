import type { ApiDefinition, AuthMode, MockOptions } from './define-api.js';

/** What createApp takes for the options that may differ per API. */
export interface PerApiConfig {
  /** `'strict'` for every API, or per API id; APIs not named stay permissive. */
  auth?: AuthMode | Record<string, AuthMode>;
  /** Credentials accepted in strict mode besides the issued ones: for every API, or per API id. */
  acceptedTokens?: readonly string[] | Record<string, readonly string[]>;
  /** Each API's own options, by API id (what `--api-option <api>.<name>=<value>` sets). */
  apiOptions?: Record<string, Record<string, string>>;
}

/**
 * The options each API's resolvers see: the shared ones, plus its auth mode, accepted
 * tokens and own options, validated against what the API declares. A name or value the API
 * does not declare stops start-up with the list of what it does.
 */
export function optionsPerApi(
  apis: ApiDefinition[],
  shared: Pick<MockOptions, 'readyAfterMs' | 'strict' | 'seed'>,
  config: PerApiConfig,
): Map<string, MockOptions> {
  const ids = new Set(apis.map((api) => api.id));
  const named = (what: string, record: object) => {
    for (const id of Object.keys(record)) {
      if (!ids.has(id)) throw new Error(`Failed to apply ${what}: no API "${id}" is served. Served: ${[...ids].join(', ')}.`);
    }
  };
  if (typeof config.auth === 'object') named('--auth', config.auth);
  if (config.acceptedTokens !== undefined && !Array.isArray(config.acceptedTokens)) named('--accept-token', config.acceptedTokens);
  named('--api-option', config.apiOptions ?? {});

  const perApi = new Map<string, MockOptions>();
  for (const api of apis) {
    const auth = typeof config.auth === 'string' ? config.auth : (config.auth?.[api.id] ?? 'permissive');
    if (auth !== 'permissive' && auth !== 'strict')
      throw new Error(`Failed to apply --auth for ${api.id}: the modes are permissive and strict, got ${JSON.stringify(auth)}.`);
    const tokens = Array.isArray(config.acceptedTokens)
      ? config.acceptedTokens
      : ((config.acceptedTokens as Record<string, readonly string[]> | undefined)?.[api.id] ?? []);
    perApi.set(api.id, { ...shared, auth, acceptedTokens: [...tokens], apiOptions: resolveApiOptions(api, config.apiOptions?.[api.id] ?? {}) });
  }
  return perApi;
}

function resolveApiOptions(api: ApiDefinition, given: Record<string, string>): Record<string, string> {
  const declared = api.options ?? {};
  const resolved: Record<string, string> = Object.fromEntries(Object.entries(declared).map(([name, option]) => [name, option.default]));
  for (const [name, value] of Object.entries(given)) {
    const option = declared[name];
    if (!option) {
      const known = Object.keys(declared);
      throw new Error(`Failed to apply --api-option ${api.id}.${name}: ${api.id} has ${known.length ? `the options ${known.join(', ')}` : 'no options'}.`);
    }
    if (!option.values.includes(value)) {
      throw new Error(`Failed to apply --api-option ${api.id}.${name}=${value}: the values are ${option.values.join(', ')} (default ${option.default}).`);
    }
    resolved[name] = value;
  }
  return resolved;
}

/**
 * Parses `--auth`: `permissive`, `strict`, or `strict:lyve,nscale` (strict for those APIs only).
 */
export function parseAuthFlag(value: string | undefined): PerApiConfig['auth'] {
  if (value === undefined) return undefined;
  const colon = value.indexOf(':');
  const mode = colon === -1 ? value : value.slice(0, colon);
  if (mode !== 'permissive' && mode !== 'strict') throw new Error(`--auth must be permissive, strict or strict:<api ids>, got ${JSON.stringify(value)}.`);
  if (colon === -1) return mode;
  // permissive is every API's default: a list after it would change nothing, so it is a mistake.
  if (mode === 'permissive')
    throw new Error(`--auth permissive takes no API list (it is the default); to make some APIs strict, write strict:<api ids>, got ${JSON.stringify(value)}.`);
  const ids = value
    .slice(colon + 1)
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (!ids.length) throw new Error(`--auth strict: names no API; write strict for every API or strict:<api ids>, got ${JSON.stringify(value)}.`);
  return Object.fromEntries(ids.map((id) => [id, mode]));
}

/**
 * Parses `--accept-token`: comma-separated `token` (every API), `api=token` (one API) or
 * `*=token` (every API, for a token that itself holds `=`). An `x=token` whose `x` is no
 * served API is refused rather than taken as a literal token: it is almost always a typo
 * (`nscal=tok`), and accepting `nscal=tok` everywhere would weaken strict mode silently.
 */
/** Tokens every API answers with its auth error, in both modes (README "Authentication"). */
const RESERVED_TOKENS = ['invalid', 'expired', 'forbidden'];

export function parseAcceptedTokens(value: string | undefined, apiIds: string[]): PerApiConfig['acceptedTokens'] {
  if (value === undefined) return undefined;
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (!entries.length) throw new Error('--accept-token (or SAMOCK_ACCEPT_TOKENS) names no token.');
  const perApi: Record<string, string[]> = Object.fromEntries(apiIds.map((id) => [id, []]));
  for (const entry of entries) {
    const eq = entry.indexOf('=');
    const api = eq === -1 ? '*' : entry.slice(0, eq);
    const token = eq === -1 ? entry : entry.slice(eq + 1);
    if (api !== '*' && !apiIds.includes(api)) {
      throw new Error(
        `--accept-token ${JSON.stringify(entry)}: no API ${JSON.stringify(api)} is served (served: ${apiIds.join(', ')}); a token for every API that ` +
          `holds "=" is written *=<token>.`,
      );
    }
    if (token === '') throw new Error(`--accept-token ${JSON.stringify(entry)} names no token.`);
    // Tokens no client could present, or that always reproduce an error: listing them is a mistake.
    if (/\s/.test(token)) throw new Error(`--accept-token ${JSON.stringify(entry)}: a token cannot hold white space (no Authorization header could carry it).`);
    if (RESERVED_TOKENS.includes(token))
      throw new Error(
        `--accept-token ${JSON.stringify(entry)}: "${token}" is reserved — it always reproduces the vendor's auth error (${RESERVED_TOKENS.join(', ')}).`,
      );
    for (const id of api === '*' ? apiIds : [api]) perApi[id]!.push(token);
  }
  return perApi;
}

/** Parses `--api-option`: comma-separated `<api>.<name>=<value>` entries. */
export function parseApiOptions(value: string | undefined): PerApiConfig['apiOptions'] {
  if (value === undefined) return undefined;
  const options: Record<string, Record<string, string>> = {};
  for (const entry of value
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const match = /^([^.=]+)\.([^=]+)=(.*)$/.exec(entry);
    if (!match) throw new Error(`--api-option takes <api>.<name>=<value>, got ${JSON.stringify(entry)}.`);
    (options[match[1]!] ??= {})[match[2]!] = match[3]!;
  }
  return options;
}
