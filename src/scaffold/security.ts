import type { OpenApiDocument } from '../core/openapi.js';
import { commentText, q } from './render.js';
import type { Json, ScaffoldOperation } from './read-spec.js';

/** How the scaffold checks credentials: the first security scheme the spec requires that samock can check from headers. */
export type DerivedAuth = { kind: 'bearer'; scheme: string } | { kind: 'header'; scheme: string; header: string } | { kind: 'basic'; scheme: string };

export interface AuthPlan {
  /** Every scheme the spec's requirements name that samock can check from headers; any one of them admits a request. */
  schemes: DerivedAuth[];
  /** Requirements the scaffold cannot check (a query or cookie key, …): with any, auth.mjs is not written. */
  unenforced: string[];
}

/**
 * The spec's security requirements (global and per operation). auth.mjs is called for every
 * operation that requires security and does not know which one it is, so it admits a request
 * carrying any scheme the spec names somewhere: per-operation choices are not enforced (said in
 * its comment). A requirement samock cannot read from headers means no check at all, rather than
 * refusing requests the spec allows.
 */
export function deriveAuth(document: OpenApiDocument, operations: ScaffoldOperation[]): AuthPlan {
  const schemes = ((document.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  const required = new Set<string>();
  const global = (document.security ?? []) as Json[];
  for (const operation of operations) {
    for (const requirement of operation.security ?? global) for (const name of Object.keys(requirement)) required.add(name);
  }
  const found: DerivedAuth[] = [];
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
    if (candidate) found.push(candidate);
    else unenforced.push(`${name} (${type}${text(scheme.in) ? ` in ${text(scheme.in)}` : ''}${http ? ` ${http}` : ''})`);
  }
  return { schemes: unenforced.length ? [] : found, unenforced };
}

/** auth.mjs: admits a request carrying any of the schemes, in the error shape's 401 (and 403 where documented). */
export function renderAuth(schemes: DerivedAuth[], samockFrom: string, header: string, documented: number[]): string {
  const forbidden = documented.includes(403) ? 403 : 401;
  const names = schemes.map((auth) => (auth.kind === 'bearer' ? 'a Bearer token' : auth.kind === 'basic' ? 'Basic credentials' : `an ${auth.header} header`));
  const bearer = schemes.some((auth) => auth.kind === 'bearer');
  const lines = [
    header,
    `// The spec's security schemes: ${commentText(schemes.map((auth) => auth.scheme).join(', '))}. Operations whose spec requires`,
    '// security call this before their resolver; any one of the schemes admits a request (which',
    "// operation takes which is not checked). Errors take the API's shape and its codes (errors.mjs).",
    `import { apiError${bearer ? ', authenticateBearer' : ''} } from ${q(samockFrom)};`,
    "import { errors } from './errors.mjs';",
    '',
    'const fail = (status, message) => () => apiError(status, errors.defaults[status]?.code, message);',
  ];
  if (bearer) {
    lines.push(
      'const bearerErrors = {',
      "  missing: fail(401, 'The request has no Authorization: Bearer <token> header.'),",
      "  malformed: fail(401, 'The Authorization header must be Bearer <token>.'),",
      "  invalid: fail(401, 'The bearer token is not valid.'),",
      "  expired: fail(401, 'The bearer token has expired.'),",
      `  forbidden: fail(${forbidden}, 'The bearer token may not do this.'),`,
      '};',
    );
  }
  lines.push('', '/** Reserved tokens (`invalid`, `expired`, `forbidden`) and `--auth strict` apply to bearer tokens: README "Authentication". */');
  lines.push('export const authenticate = (headers, ctx) => {');
  for (const auth of schemes) {
    if (auth.kind === 'header') lines.push(`  if ((headers[${q(auth.header)}] ?? '').trim()) return { scheme: ${q(auth.scheme)} };`);
    if (auth.kind === 'basic') lines.push(`  if (/^basic\\s+\\S+/i.test(headers.authorization ?? '')) return { scheme: ${q(auth.scheme)} };`);
  }
  if (bearer) {
    const only = schemes.length === 1;
    lines.push(
      only
        ? '  return authenticateBearer(headers, bearerErrors, undefined, ctx.options);'
        : "  if (/^bearer\\s/i.test(headers.authorization ?? '')) return authenticateBearer(headers, bearerErrors, undefined, ctx.options);",
    );
  }
  if (!bearer || schemes.length > 1) lines.push(`  throw fail(401, ${q(`The request has none of the credentials the spec accepts: ${names.join(', ')}.`)})();`);
  lines.push('};');
  return `${lines.join('\n')}\n`;
}
