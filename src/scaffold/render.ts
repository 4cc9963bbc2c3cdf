import type { Answer, SampleRequest } from './answers.js';
import type { DerivedErrors, ErrorField } from './errors.js';
import type { Json, ScaffoldOperation } from './read-spec.js';

/** Where the generated modules import samock from (the package's entry points by default). */
export interface ImportFrom {
  samock: string;
  contracts: string;
}

export const DEFAULT_IMPORTS: ImportFrom = { samock: 'samock', contracts: 'samock/contracts' };

export const HEADER_LINE = '// Scaffolded by `samock init-api`: edit freely.';
const HEADER = `${HEADER_LINE}\n`;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const key = (name: string) => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
/** A JavaScript literal of a JSON value, as Prettier would write it: unquoted keys, single quotes. */
export function literal(value: unknown, indent: string): string {
  if (typeof value === 'string') return q(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const inner = indent + '  ';
  if (Array.isArray(value)) return value.length ? `[\n${value.map((item) => `${inner}${literal(item, inner)},`).join('\n')}\n${indent}]` : '[]';
  const entries = Object.entries(value as Record<string, unknown>);
  return entries.length ? `{\n${entries.map(([name, item]) => `${inner}${key(name)}: ${literal(item, inner)},`).join('\n')}\n${indent}}` : '{}';
}
/** A single-quoted JavaScript string of any text: every character a string may not hold raw is escaped. */
export const q = (text: string) => `'${JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
/**
 * Text from the spec (a path, a media type) made safe inside a `//` comment: a line break, or
 * U+2028/U+2029 (line terminators to JavaScript), would end the comment and run the rest as code.
 */
export const commentText = (text: string) => text.replace(/[\r\n\u2028\u2029]/g, ' ');

/** Words a `const` may not be named, and names the generated modules already use. */
const TAKEN = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in ' +
    'instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package ' +
    'private protected public await arguments eval undefined NaN Infinity spec routes errors defineApi defineConfig authenticate'
  ).split(' '),
);

/** A JavaScript name for the API's export: `my-api` → `myApi`; `class` → `classApi`. */
export function exportName(id: string): string {
  const name = id.replace(/[-_]+([a-z0-9])/gi, (_m, c: string) => c.toUpperCase()).replace(/[^\w$]/g, '');
  const safe = /^[A-Za-z_$]/.test(name) ? name : `api${name}`;
  return TAKEN.has(safe) ? `${safe}Api` : safe;
}

export function renderIndex(id: string, title: string, specFile: string, specModule: string, imports: ImportFrom, hasAuth = false): string {
  return `${HEADER}import { defineApi } from ${q(imports.samock)};
${hasAuth ? "import { authenticate } from './auth.mjs';\n" : ''}import { errors } from './errors.mjs';
import { routes } from './routes.mjs';
// ${specFile}, parsed (\`samock spec-module\` writes it), so this module bundles for browsers too.
import { spec } from ${q(`./${specModule}`)};

export { spec };

/** Requests are validated against the spec before a resolver sees them: resolvers only answer. */
export const ${exportName(id)} = defineApi({
  id: ${q(id)},
  title: ${q(title)},
  spec,
  createStore: () => ({}),
  routes,
  errors,${hasAuth ? '\n  authenticate,' : ''}
});

export default ${exportName(id)};
`;
}

export function renderRoutes(operations: ScaffoldOperation[], answers: Map<string, Answer>): string {
  const lines = operations.map((operation) => {
    const answer = answers.get(operation.operationId)!;
    const parts = [`status: ${answer.status}`];
    if (answer.body !== undefined) parts.push(`body: ${literal(answer.body, '    ')}`);
    if (answer.contentType) parts.push(`headers: { 'content-type': ${q(answer.contentType)} }`);
    const flag = answer.invalid ? ' (EDIT: not valid against its schema)' : '';
    return `  // ${operation.method.toUpperCase()} ${commentText(operation.path)} — ${answer.status}, ${answer.source}${flag}
  ${key(operation.operationId)}: (_input, _ctx) => ({
    ${parts.join(',\n    ')},
  }),`;
  });
  return `${HEADER}// One resolver per operation: (input, ctx) → { status, body, headers }. input holds the
// validated params, query, headers and body; ctx.store is the API's store (index.mjs's createStore).
export const routes = {
${lines.join('\n')}
};
`;
}

const FILL: Record<ErrorField, string> = {
  message: 'message',
  code: 'code',
  codeOrStatus: 'code ?? String(status)',
  status: 'status',
  statusText: 'String(status)',
};

export function renderErrors(derived: DerivedErrors, imports: ImportFrom): string {
  const uses = new Set(Object.values(derived.fields).flatMap((field) => FILL[field].match(/\b(status|code|message)\b/g) ?? []));
  const args = ['status', 'code', 'message'].filter((name) => uses.has(name));
  const body = derived.template ? `({ ${args.join(', ')} }) => (${errorShape(derived.template, derived.fields, [], '  ')})` : `({ message }) => ({ message })`;
  const defaults = Object.entries(derived.defaults).map(
    ([status, value]) =>
      `    ${status}: { ${Object.entries(value)
        .map(([name, text]) => `${name}: ${q(String(text))}`)
        .join(', ')} },`,
  );
  return `${HEADER}import { defineErrors } from ${q(imports.samock)};

// Taken from ${commentText(derived.source)}.
export const errors = defineErrors({
  body: ${body},
  // The code and message samock answers when it makes a status itself (validation, auth, a forced error).
  defaults: {
${defaults.join('\n')}
  },
});
`;
}

/**
 * The error body as an object literal: the template's values, with each field samock fills
 * (by dotted path: `error.message` for `{ error: { code, message } }`) written as its expression.
 */
function errorShape(template: Json, fields: DerivedErrors['fields'], path: string[], indent: string): string {
  const prefix = path.length ? `${path.join('.')}.` : '';
  const below = Object.keys(fields)
    .filter((name) => name.startsWith(prefix) && name.length > prefix.length)
    .map((name) => name.slice(prefix.length).split('.')[0]!);
  const names = [...new Set([...Object.keys(template), ...below])];
  const inner = indent + '  ';
  const entries = names.map((name) => {
    const full = prefix + name;
    const field = fields[full];
    if (field) return FILL[field] === name ? `${inner}${name},` : `${inner}${key(name)}: ${FILL[field]},`;
    if (below.includes(name) && Object.keys(fields).some((field) => field.startsWith(`${full}.0.`))) {
      // An array of error objects: one item, filled.
      const first = (Array.isArray(template[name]) ? (template[name] as unknown[])[0] : undefined) as Json | undefined;
      return `${inner}${key(name)}: [${errorShape(first && typeof first === 'object' ? first : {}, fields, [...path, name, '0'], inner)}],`;
    }
    if (below.includes(name)) {
      const nested = template[name];
      return `${inner}${key(name)}: ${errorShape(nested && typeof nested === 'object' ? (nested as Json) : {}, fields, [...path, name], inner)},`;
    }
    return `${inner}${key(name)}: ${literal(template[name], inner)},`;
  });
  return entries.length ? `{\n${entries.join('\n')}\n${indent}}` : '{}';
}

const why = (operationId: string) => `the lowest success status the spec documents for ${operationId}`;

export function renderContract(
  id: string,
  operations: ScaffoldOperation[],
  answers: Map<string, Answer>,
  requests: Map<string, SampleRequest>,
  imports: ImportFrom,
  unchecked: Map<string, string> = new Map(),
): string {
  const checks = operations.map((operation) => {
    const reason = unchecked.get(operation.operationId);
    if (reason) return `    // ${operation.method.toUpperCase()} ${commentText(operation.path)}: not checked, ${commentText(reason)}.`;
    const answer = answers.get(operation.operationId)!;
    const { invalidBody, invalidParams, ...request } = requests.get(operation.operationId)!;
    const writes = !['get', 'head', 'options'].includes(operation.method);
    const call = Object.keys(request).length ? `, ${literal(request, '        ')}` : '';
    const edits = [
      ...(invalidBody ? ['this request body is not valid against its schema'] : []),
      ...(invalidParams ?? []).map((param) => `the ${param} is not valid against its schema`),
    ].map((what) => `\n      // EDIT: ${commentText(what)}; samock could not make a valid one.`);
    return `    {${edits.join('')}
      name: ${q(`${operation.method.toUpperCase()} ${operation.path} answers ${answer.status}`)},
      provenance: { inferred: ${q(`scaffolded by samock init-api: ${why(operation.operationId)}`)} },${writes ? '\n      writes: true,' : ''}
      async run(t) {
        expectStatus(await t.call(${q(operation.operationId)}${call}), ${answer.status});
      },
    },`;
  });
  return `${HEADER}// Each call's answer is also checked against the spec by the runner.
import { defineContract, expectStatus } from ${q(imports.contracts)};
import { spec } from './index.mjs';

export const contract = defineContract({
  api: ${q(id)},
  spec,
  checks: [
${checks.join('\n')}
  ],
});

export default contract;
`;
}

export function renderConfig(id: string, folder: string, imports: ImportFrom): string {
  return `import { defineConfig } from ${q(imports.samock)};
${configImportLine(id, folder)}

export default defineConfig({
  apis: [${exportName(id)}],
  contracts: { ${configContractEntry(id, folder)} },
});
`;
}

export const configImportLine = (id: string, folder: string) => `import { ${exportName(id)} } from ${q(`${folder}/index.mjs`)};`;
export const configContractEntry = (id: string, folder: string) => `${key(id)}: () => import(${q(`${folder}/${id}.contract.mjs`)})`;
