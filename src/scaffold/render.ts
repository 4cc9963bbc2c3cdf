import type { Answer, SampleRequest } from './answers.js';
import type { DerivedErrors, ErrorField } from './errors.js';
import type { ScaffoldOperation } from './read-spec.js';

/** Where the generated modules import samock from (the package's entry points by default). */
export interface ImportFrom {
  samock: string;
  contracts: string;
}

export const DEFAULT_IMPORTS: ImportFrom = { samock: 'samock', contracts: 'samock/contracts' };

const HEADER = '// Scaffolded by `samock init-api`: edit freely.\n';
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
const q = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** A JavaScript name for the API's export: `my-api` → `myApi`. */
export function exportName(id: string): string {
  const name = id.replace(/[-_]+([a-z0-9])/gi, (_m, c: string) => c.toUpperCase()).replace(/[^\w$]/g, '');
  return /^[A-Za-z_$]/.test(name) ? name : `api${name}`;
}

export function renderIndex(id: string, title: string, specFile: string, specModule: string, imports: ImportFrom): string {
  return `${HEADER}import { defineApi } from ${q(imports.samock)};
import { errors } from './errors.mjs';
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
  errors,
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
    return `  // ${operation.method.toUpperCase()} ${operation.path} — ${answer.status}, ${answer.source}${flag}
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
  const fill = (name: string) => (FILL[derived.fields[name]!] === name ? name : `${key(name)}: ${FILL[derived.fields[name]!]}`);
  const names = [...new Set([...Object.keys(derived.template ?? {}), ...Object.keys(derived.fields)])];
  const fields = names.map((name) => `    ${name in derived.fields ? fill(name) : `${key(name)}: ${literal(derived.template![name], '    ')}`},`);
  const uses = new Set(Object.values(derived.fields).flatMap((field) => FILL[field].match(/\b(status|code|message)\b/g) ?? []));
  const args = ['status', 'code', 'message'].filter((name) => uses.has(name));
  const body = derived.template ? `({ ${args.join(', ')} }) => ({\n${fields.join('\n')}\n  })` : `({ message }) => ({ message })`;
  const defaults = Object.entries(derived.defaults).map(
    ([status, value]) =>
      `    ${status}: { ${Object.entries(value)
        .map(([name, text]) => `${name}: ${q(String(text))}`)
        .join(', ')} },`,
  );
  return `${HEADER}import { defineErrors } from ${q(imports.samock)};

// Taken from ${derived.source}.
export const errors = defineErrors({
  body: ${body},
  // The code and message samock answers when it makes a status itself (validation, auth, a forced error).
  defaults: {
${defaults.join('\n')}
  },
});
`;
}

const why = (operationId: string) => `the lowest success status the spec documents for ${operationId}`;

export function renderContract(
  id: string,
  operations: ScaffoldOperation[],
  answers: Map<string, Answer>,
  requests: Map<string, SampleRequest>,
  imports: ImportFrom,
): string {
  const checks = operations.map((operation) => {
    const answer = answers.get(operation.operationId)!;
    const { invalidBody, ...request } = requests.get(operation.operationId)!;
    const writes = !['get', 'head', 'options'].includes(operation.method);
    const call = Object.keys(request).length ? `, ${literal(request, '        ')}` : '';
    return `    {${invalidBody ? '\n      // EDIT: this request body is not valid against its schema; samock could not make one that is.' : ''}
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
