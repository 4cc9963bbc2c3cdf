import type { ValidateFunction } from 'ajv';
import type { JsonSchema, OperationObject, ParameterObject } from '../core/openapi.js';
import type { SchemaCompiler } from './ajv.js';
import { issuesFromAjv, type Issue } from './issues.js';

type ParamLocation = 'path' | 'query' | 'header';

/**
 * Above this many characters a document is checked up to its first violation only:
 * collecting all of them in a large one could take millions of error objects.
 */
export const LARGE_DOCUMENT_CHARS = 256 * 1024;

export interface RequestParts {
  path: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string | undefined>;
}

export interface ResponseRule {
  /** Media types documented for this status; empty when the response has no body. */
  mediaTypes: string[];
  validate?: ValidateFunction;
}

export interface OperationValidators {
  /** Validates (and coerces) path, query and header parameters. */
  params(parts: RequestParts): { values: RequestParts; issues: Issue[] };
  body: {
    required: boolean;
    mediaTypes: string[];
    validate?: ValidateFunction;
    /** The body's violations; a large body (`textLength` over 256 KiB) reports only its first. */
    issues(value: unknown, textLength: number): Issue[];
  };
  responses: Map<string, ResponseRule>;
  /** Checks a response the mock is about to send against the documented ones. */
  response(status: number, contentType: string | undefined, body: unknown): Issue[];
}

export function compileOperationValidators(
  compiler: SchemaCompiler,
  label: string,
  operation: OperationObject,
  pathParameters: ParameterObject[] = [],
): OperationValidators {
  const parameters = mergeParameters(pathParameters, operation.parameters ?? []);
  const paramValidators = new Map<ParamLocation, ValidateFunction>();
  /** Per location, the parameters whose schema is a number: their text is checked before ajv coerces it. */
  const numericParams = new Map<ParamLocation, { name: string; integer: boolean }[]>();
  /** The declared header names (lower case): only they are copied for the header validator. */
  let headerNames: string[] = [];
  for (const location of ['path', 'query', 'header'] as const) {
    const declared = parameters.filter((p) => p.in === location);
    if (declared.length === 0) continue;
    const name = (p: ParameterObject) => (location === 'header' ? p.name.toLowerCase() : p.name);
    if (location === 'header') headerNames = [...new Set(declared.map(name))];
    numericParams.set(
      location,
      declared.flatMap((p) => {
        const type = (p.schema as { type?: unknown } | undefined)?.type;
        return type === 'integer' || type === 'number' ? [{ name: name(p), integer: type === 'integer' }] : [];
      }),
    );
    const schema: JsonSchema = {
      type: 'object',
      properties: Object.fromEntries(declared.map((p) => [name(p), p.schema ?? {}])),
      required: declared.filter((p) => p.required || location === 'path').map(name),
    };
    paramValidators.set(location, compiler.compileCoercing(schema, `${label} ${location} parameters`));
  }

  const bodyContent = operation.requestBody?.content ?? {};
  const jsonMedia = Object.keys(bodyContent).find(isJsonMediaType);
  const bodySchema = jsonMedia ? bodyContent[jsonMedia]?.schema : undefined;
  const validate = bodySchema ? compiler.compile(bodySchema, `${label} request body`) : undefined;
  let validateFirstError: ValidateFunction | undefined;
  const body = {
    required: operation.requestBody?.required === true,
    mediaTypes: Object.keys(bodyContent),
    validate,
    issues(value: unknown, textLength: number): Issue[] {
      if (!validate || !bodySchema) return [];
      // Compiled on first use: most servers never see a body this large.
      const check = textLength > LARGE_DOCUMENT_CHARS ? (validateFirstError ??= compiler.compileFirstError(bodySchema, `${label} request body`)) : validate;
      return check(value) ? [] : issuesFromAjv('body', check.errors, value);
    },
  };

  const responses = new Map<string, ResponseRule>();
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    const content = response.content ?? {};
    const mediaTypes = Object.keys(content);
    const schema = content[mediaTypes.find(isJsonMediaType) ?? mediaTypes[0] ?? '']?.schema;
    responses.set(status, {
      mediaTypes,
      validate: schema ? compiler.compile(schema, `${label} response ${status}`) : undefined,
    });
  }

  return {
    params(parts) {
      const values: RequestParts = { path: { ...parts.path }, query: { ...parts.query }, headers: parts.headers };
      const issues: Issue[] = [];
      for (const [location, validate] of paramValidators) {
        // Coercion writes into what it checks: the header validator gets a copy of the declared
        // headers only (a request carries a dozen others, and copying them all cost every request).
        const data = location === 'header' ? declaredHeaders(parts.headers, headerNames) : values[location];
        const numeric = numericParams.get(location)!;
        if (numeric.length > 0) issues.push(...numericTextIssues(location, data, numeric));
        if (!validate(data)) issues.push(...issuesFromAjv(location, validate.errors, data));
      }
      return { values, issues };
    },
    body,
    responses,
    response(status, contentType, payload) {
      // `default` describes errors: a success status must be documented on its own.
      const rule = responses.get(String(status)) ?? responses.get(`${String(status)[0]}XX`) ?? (status >= 400 ? responses.get('default') : undefined);
      if (!rule) {
        const documented = [...responses.keys()].join(', ');
        return [
          {
            location: 'response',
            pointer: '',
            rule: 'status',
            message: `Status ${status} is not documented for this operation (documented: ${documented})`,
            expected: documented,
            actual: status,
          },
        ];
      }
      if (rule.mediaTypes.length === 0) {
        return payload === undefined || payload === ''
          ? []
          : [
              {
                location: 'response',
                pointer: '',
                rule: 'content',
                message: 'The response has a body but the spec documents none',
                expected: 'no body',
                actual: typeof payload,
              },
            ];
      }
      const type = contentType?.split(';')[0]?.trim().toLowerCase();
      if (!type || !rule.mediaTypes.some((m) => m.split(';')[0]!.trim().toLowerCase() === type)) {
        return [
          {
            location: 'content-type',
            pointer: '',
            rule: 'mediaType',
            message: `Content-Type ${type ?? '(none)'} is not documented for status ${status}`,
            expected: rule.mediaTypes,
            actual: type ?? null,
          },
        ];
      }
      if (rule.validate && !rule.validate(payload)) return issuesFromAjv('response', rule.validate.errors, payload);
      return [];
    },
  };
}

function declaredHeaders(headers: Record<string, string | undefined>, names: string[]): Record<string, string | undefined> {
  const copy: Record<string, string | undefined> = {};
  for (const name of names) {
    const value = headers[name];
    if (value !== undefined) copy[name] = value;
  }
  return copy;
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(pathLevel: ParameterObject[], operationLevel: ParameterObject[]): ParameterObject[] {
  const key = (p: ParameterObject) => `${p.in}:${p.name}`;
  const merged = new Map(pathLevel.map((p) => [key(p), p]));
  for (const p of operationLevel) merged.set(key(p), p);
  return [...merged.values()];
}

export function isJsonMediaType(mediaType: string): boolean {
  const type = mediaType.split(';')[0]!.trim().toLowerCase();
  return type === 'application/json' || type.endsWith('+json');
}

/** A plain decimal number as text: ajv's coercion would also take `0x10`, ` `, `1e400` (Infinity). */
const DECIMAL = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * ajv coerces any text `Number()` reads: `1e400` becomes Infinity and passes `type: integer`,
 * `9007199254740993` loses a digit, `0x10` is 16. Such a value is refused here, and removed so
 * ajv does not coerce it too (the request is refused either way).
 */
function numericTextIssues(location: ParamLocation, data: Record<string, unknown>, numeric: { name: string; integer: boolean }[]): Issue[] {
  const issues: Issue[] = [];
  for (const { name, integer } of numeric) {
    const text = data[name];
    if (typeof text !== 'string') continue;
    const value = Number(text);
    if (DECIMAL.test(text) && Number.isFinite(value) && (!integer || !Number.isInteger(value) || Number.isSafeInteger(value))) continue;
    issues.push({
      location: location === 'header' ? 'header' : location,
      pointer: `/${name}`,
      rule: 'type',
      message:
        `${location === 'header' ? 'Header' : location === 'path' ? 'Path' : 'Query'} field "${name}" must ` +
        `be ${integer ? 'an integer' : 'a number'} written in decimal, within ±${Number.MAX_SAFE_INTEGER}`,
      expected: integer ? 'integer' : 'number',
      actual: text,
    });
    delete data[name];
  }
  return issues;
}
