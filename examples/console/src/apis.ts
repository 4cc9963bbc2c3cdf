import type { Answer, Client } from './http.js';

/**
 * One adapter per vendor API: how to list, how to create from a bare name, where
 * the one-time secret is, how readiness is spelled, and where the error message
 * lives. The rest of the console is vendor-agnostic.
 */
export type ApiId = 'lyve' | 'lakesail' | 'nscale' | 'wavefront' | 'truefoundry';

/** Normalised so the UI can style it; `label` keeps the vendor's own word. */
export type AccountState = 'pending' | 'ready' | 'inactive' | 'expired';

export interface AccountView {
  id: string;
  name: string;
  state: AccountState;
  label: string;
}

export interface Secret {
  label: string;
  value: string;
}

export interface Created {
  id: string;
  name: string;
  /** Shown once by the UI and never stored anywhere. */
  secrets: Secret[];
  /** Why there is no secret, when there is none. */
  note?: string;
}

/** A non-2xx answer, with the message in the vendor's own words. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export interface ApiAdapter {
  id: ApiId;
  title: string;
  /** Shown under the name field: the vendor's naming rule, so invalid input is a choice. */
  nameHint: string;
  list(request: Client): Promise<AccountView[]>;
  create(request: Client, name: string, forceCode?: number): Promise<Created>;
  /** The vendor's error message field(s). */
  error(body: unknown): { message?: string; code?: string };
}

/** Nscale scopes accounts to an organization; every organization exists in samock. */
export const NSCALE_ORG = 'd4600d6e-e965-4b44-a808-84fb2fa36702';
const NSCALE_BASE = `/api/v1/organizations/${NSCALE_ORG}/serviceaccounts`;
const DESCRIPTION = 'Created in the samock console';

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {});
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Throws the adapter's reading of a failed answer; returns the body otherwise. */
function ok(adapter: Pick<ApiAdapter, 'error'>, answer: Answer): unknown {
  if (answer.status >= 200 && answer.status < 300) return answer.body;
  // samock's own refusals (e.g. an undocumented Prefer code) are problem+json.
  const problem = obj(answer.body);
  const vendor = adapter.error(answer.body);
  const message = vendor.message ?? str(problem.detail) ?? str(problem.title) ?? (str(answer.body) || 'No error message in the answer.');
  throw new ApiFailure(answer.status, message, vendor.code);
}

/** Wavefront identifiers contain "::"; keep the colons readable in the path. */
const segment = (value: string) => encodeURIComponent(value).replace(/%3A/gi, ':');

const lyve: ApiAdapter = {
  id: 'lyve',
  title: 'Seagate Lyve Cloud',
  nameHint: 'Letters, digits, spaces, "-" and "_"; unique (a duplicate is 409).',
  async list(request) {
    const body = ok(this, await request('GET', '/v2/service-accounts'));
    return arr(body).map((item) => {
      const a = obj(item);
      const ready = a.readyState === true;
      return { id: String(a.id), name: String(a.name), state: ready ? 'ready' : 'pending', label: ready ? 'ready' : 'pending (readyState false)' };
    });
  },
  async create(request, name, forceCode) {
    const body = obj(
      ok(this, await request('POST', '/v2/service-accounts', { body: { name, description: DESCRIPTION, permissions: ['default-permission'] }, forceCode })),
    );
    return {
      id: String(body.id),
      name,
      secrets: [
        { label: 'Access key', value: String(body.accessKey) },
        { label: 'Secret', value: String(body.secret) },
      ],
    };
  },
  error: (body) => ({ message: str(obj(body).message), code: str(obj(body).code) }),
};

const lakesail: ApiAdapter = {
  id: 'lakesail',
  title: 'LakeSail',
  nameHint: 'Any username; LakeSail accepts duplicates.',
  async list(request) {
    // One page of 100 is plenty for a console; the mock pages with an opaque marker beyond that.
    const body = obj(ok(this, await request('GET', '/api/org/v1/service-accounts?limit=100')));
    return arr(body.items).map((item) => {
      const a = obj(item);
      return { id: String(a.id), name: String(a.username), state: 'ready', label: 'active' };
    });
  },
  async create(request, name, forceCode) {
    const account = obj(ok(this, await request('POST', '/api/org/v1/service-accounts', { body: { username: name, description: DESCRIPTION }, forceCode })));
    const id = String(account.id);
    // LakeSail's create answers no secret: the secret is a key, issued by a second call.
    const key = obj(ok(this, await request('POST', `/api/org/v1/service-accounts/${segment(id)}/keys`, { body: {} })));
    return { id, name, secrets: [{ label: 'Key', value: String(key.key) }] };
  },
  error: (body) => ({ message: str(obj(body).message) }),
};

const nscale: ApiAdapter = {
  id: 'nscale',
  title: 'Nscale Identity',
  nameHint: '1–63 characters; letters or digits at both ends, "-", "_" and "." inside. Duplicates allowed.',
  async list(request) {
    const body = ok(this, await request('GET', NSCALE_BASE));
    return arr(body).map((item) => {
      const metadata = obj(obj(item).metadata);
      const status = String(metadata.provisioningStatus);
      return { id: String(metadata.id), name: String(metadata.name), state: status === 'provisioned' ? 'ready' : 'pending', label: status };
    });
  },
  async create(request, name, forceCode) {
    const body = obj(
      ok(this, await request('POST', NSCALE_BASE, { body: { metadata: { name, description: DESCRIPTION }, spec: { groupIDs: [] } }, forceCode })),
    );
    return {
      id: String(obj(body.metadata).id),
      name,
      secrets: [{ label: 'Access token', value: String(obj(body.status).accessToken) }],
    };
  },
  error: (body) => ({ message: str(obj(body).error_description), code: str(obj(body).error) }),
};

const wavefront: ApiAdapter = {
  id: 'wavefront',
  title: 'VMware Aria Ops for Applications (Wavefront)',
  nameHint: 'Sent as the identifier "sa::<name>"; no spaces; unique (a duplicate is 409).',
  async list(request) {
    const body = obj(ok(this, await request('GET', '/api/v2/account/serviceaccount')));
    return arr(body.response).map((item) => {
      const a = obj(item);
      const active = a.active !== false;
      return { id: String(a.identifier), name: String(a.identifier), state: active ? 'ready' : 'inactive', label: active ? 'active' : 'inactive' };
    });
  },
  async create(request, name, forceCode) {
    const identifier = `sa::${name}`;
    ok(this, await request('POST', '/api/v2/account/serviceaccount', { body: { identifier, description: DESCRIPTION }, forceCode }));
    // Wavefront's create issues no token: generating one answers every token, the new one last.
    const tokens = arr(
      obj(ok(this, await request('POST', `/api/v2/apitoken/serviceaccount/${segment(identifier)}`, { body: { tokenName: 'console' } }))).response,
    );
    return { id: identifier, name: identifier, secrets: [{ label: 'API token', value: String(obj(tokens.at(-1)).tokenID) }] };
  },
  error: (body) => ({ message: str(obj(obj(body).status).message) }),
};

const truefoundry: ApiAdapter = {
  id: 'truefoundry',
  title: 'TrueFoundry virtual accounts',
  nameHint: 'Lower-case letters, digits and "-", 3–25 characters, starting with a letter. Same name = update.',
  async list(request) {
    const body = obj(ok(this, await request('GET', '/api/svc/v1/virtual-accounts?limit=1000')));
    return arr(body.data).map((item) => {
      const a = obj(item);
      const expired = a.isExpired === true;
      return { id: String(a.id), name: String(a.name), state: expired ? 'expired' : 'ready', label: expired ? 'expired' : 'active' };
    });
  },
  async create(request, name, forceCode) {
    const body = obj(
      ok(this, await request('PUT', '/api/svc/v1/virtual-accounts', { body: { manifest: { name, type: 'virtual-account', permissions: [] } }, forceCode })),
    );
    const token = str(body.token);
    return {
      id: String(obj(body.data).id),
      name,
      secrets: token ? [{ label: 'Token', value: token }] : [],
      // An upsert: the same name updates the account and issues no new token.
      note: token ? undefined : 'An account with this name already existed: TrueFoundry updated it and issued no token.',
    };
  },
  error: (body) => ({ message: str(obj(body).message) }),
};

export const ADAPTERS: readonly ApiAdapter[] = [lyve, lakesail, nscale, wavefront, truefoundry];

export function adapterFor(id: string): ApiAdapter {
  return ADAPTERS.find((adapter) => adapter.id === id) ?? lyve;
}
