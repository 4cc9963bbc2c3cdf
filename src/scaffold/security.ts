import type { OpenApiDocument } from '../core/openapi.js';
import { commentText, q } from './render.js';
import type { Json, ScaffoldOperation } from './read-spec.js';

/** How the scaffold checks credentials: the first security scheme the spec requires that samock can check from headers. */
export type DerivedAuth = { kind: 'bearer'; scheme: string } | { kind: 'header'; scheme: string; header: string } | { kind: 'basic'; scheme: string };

export interface AuthPlan {
  auth?: DerivedAuth;
  /** Requirements the scaffold does not enforce, for the notes. */
  unenforced: string[];
}

/** The spec's security requirements (global and per operation), read into what auth.mjs checks. */
export function deriveAuth(document: OpenApiDocument, operations: ScaffoldOperation[]): AuthPlan {
  const schemes = ((document.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const required = new Set<string>();
  const global = (document.security ?? []) as Json[];
  for (const operation of operations) {
    for (const requirement of operation.security ?? global) for (const name of Object.keys(requirement)) required.add(name);
  }
  let auth: DerivedAuth | undefined;
  const unenforced: string[] = [];
  for (const name of required) {
    const scheme = schemes[name] ?? {};
    const text = (value: unknown) => (typeof value === 'string' ? value : '');
    const type = text(scheme.type);
    const http = text(scheme.scheme).toLowerCase();
    const candidate: DerivedAuth | undefined =
      (type === 'http' && http === 'bearer') || type === 'oauth2' || type === 'openIdConnect'
        ? { kind: 'bearer', scheme: name }
        : type === 'http' && http === 'basic'
          ? { kind: 'basic', scheme: name }
          : type === 'apiKey' && scheme.in === 'header' && typeof scheme.name === 'string'
            ? { kind: 'header', scheme: name, header: scheme.name.toLowerCase() }
            : undefined;
    if (candidate && !auth) auth = candidate;
    else if (!candidate) unenforced.push(`${name} (${type}${text(scheme.in) ? ` in ${text(scheme.in)}` : ''}${http ? ` ${http}` : ''})`);
  }
  return { auth, unenforced };
}

/** auth.mjs: the credential check, answering the error shape's 401 and 403. */
export function renderAuth(auth: DerivedAuth, samockFrom: string, header: string): string {
  const lines = [header, `// The spec's security scheme "${commentText(auth.scheme)}". Operations whose spec requires security call it`];
  lines.push('// before their resolver; it answers the API\'s error shape. Reserved tokens: README "Authentication".');
  if (auth.kind === 'bearer') {
    lines.push(
      `import { apiError, authenticateBearer } from ${q(samockFrom)};`,
      '',
      'const fail = (status, code, message) => () => apiError(status, code, message);',
      'const errors = {',
      "  missing: fail(401, 'UNAUTHORIZED', 'The request has no Authorization: Bearer <token> header.'),",
      "  malformed: fail(401, 'UNAUTHORIZED', 'The Authorization header must be Bearer <token>.'),",
      "  invalid: fail(401, 'UNAUTHORIZED', 'The bearer token is not valid.'),",
      "  expired: fail(401, 'UNAUTHORIZED', 'The bearer token has expired.'),",
      "  forbidden: fail(403, 'FORBIDDEN', 'The bearer token may not do this.'),",
      '};',
      '',
      '/** Any token is accepted (permissive), or only --accept-token ones (strict); `invalid`, `expired`, `forbidden` answer their errors. */',
      'export const authenticate = (headers, ctx) => authenticateBearer(headers, errors, undefined, ctx.options);',
    );
  } else {
    const name = auth.kind === 'basic' ? 'authorization' : auth.header;
    const check =
      auth.kind === 'basic'
        ? "  if (!/^basic\\s+\\S+/i.test(value)) throw apiError(401, 'UNAUTHORIZED', 'The request has no Authorization: Basic credentials.');"
        : `  if (!value.trim()) throw apiError(401, 'UNAUTHORIZED', ${q(`The request has no ${auth.header} header.`)});`;
    lines.push(
      `import { apiError } from ${q(samockFrom)};`,
      '',
      '/** Any credential is accepted as long as one is sent; edit to check values. */',
      'export const authenticate = (headers) => {',
      `  const value = headers[${q(name)}] ?? '';`,
      check,
      '  return { credential: true };',
      '};',
    );
  }
  return `${lines.join('\n')}\n`;
}
