import type { ErrorObject } from 'ajv';

/** One spec violation, in a form a person and a journal can both read. */
export interface Issue {
  /** Where: `body`, `query`, `path`, `header`, or `response`. */
  location: 'body' | 'query' | 'path' | 'header' | 'response' | 'content-type' | 'method' | 'route';
  /** JSON pointer into that location, e.g. `/permissions/0`. */
  pointer: string;
  /** The JSON Schema keyword that failed, e.g. `pattern`, `required`, `type`. */
  rule: string;
  /** A sentence naming the field and the rule. */
  message: string;
  expected?: unknown;
  actual?: unknown;
}

const MAX_ACTUAL_LENGTH = 120;

/**
 * At most this many violations are listed per request. A 390 KB body of wrong array items
 * holds 130,000 of them: listed whole, they overflowed the stack, made 31 MB answers and
 * filled the journal until the process ran out of memory.
 */
export const MAX_ISSUES = 50;

export function issuesFromAjv(location: Issue['location'], errors: ErrorObject[] | null | undefined, data: unknown): Issue[] {
  const all = errors ?? [];
  const listed = all.slice(0, MAX_ISSUES).map((error) => {
    const pointer = pointerOf(error);
    const field = fieldName(location, pointer);
    const issue: Issue = {
      location,
      pointer,
      rule: error.keyword,
      message: `${field} ${describe(error)}`,
      expected: expectedOf(error),
    };
    // Kept whole here: redaction must see every secret before a preview cuts one in half.
    // Whatever shows an issue (an error answer, the journal) previews it (previewIssues).
    const actual = error.keyword === 'required' ? undefined : valueAt(data, pointer);
    if (actual !== undefined) issue.actual = actual;
    return issue;
  });
  return all.length > MAX_ISSUES ? [...listed, moreIssues(location, all.length - MAX_ISSUES)] : listed;
}

/** The last line of a capped list: how many violations were left out. */
export function moreIssues(location: Issue['location'], count: number): Issue {
  return {
    location,
    pointer: '',
    rule: 'maxIssues',
    message: `…and ${count} more violation${count === 1 ? '' : 's'} (only the first ${MAX_ISSUES} are listed)`,
  };
}

/** Caps a list of issues gathered from several places (parameters, body) the same way. */
export function capIssues(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_ISSUES + 1) return issues;
  const location = issues[MAX_ISSUES]!.location;
  const left = issues.slice(MAX_ISSUES).reduce((n, issue) => n + (issue.rule === 'maxIssues' ? Number(/\d+/.exec(issue.message)?.[0] ?? 1) : 1), 0);
  return [...issues.slice(0, MAX_ISSUES), moreIssues(location, left)];
}

/** `required` and `additionalProperties` name the property in params, not in the path. */
function pointerOf(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return `${error.instancePath}/${escape(String(params.missingProperty))}`;
  if (error.keyword === 'additionalProperties') return `${error.instancePath}/${escape(String(params.additionalProperty))}`;
  return error.instancePath;
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not allowed (no such property)';
    case 'enum':
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `must match the pattern ${JSON.stringify(params.pattern)}`;
    default:
      return error.message ?? `breaks the rule "${error.keyword}"`;
  }
}

function expectedOf(error: ErrorObject): unknown {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return params.type;
    case 'pattern':
      return params.pattern;
    case 'format':
      return params.format;
    case 'enum':
      return params.allowedValues;
    case 'const':
      return params.allowedValue;
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return params.limit;
    case 'required':
      return 'present';
    case 'additionalProperties':
      return 'absent';
    default:
      return error.message;
  }
}

function fieldName(location: Issue['location'], pointer: string): string {
  if (pointer === '') return location === 'body' ? 'The request body' : location === 'response' ? 'The response body' : `The ${location}`;
  const path = pointer.slice(1).split('/').map(unescape).join('.');
  return `${location === 'body' ? '' : `${location} `}field "${path}"`.replace(/^field/, 'Field');
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function valueAt(data: unknown, pointer: string): unknown {
  if (pointer === '') return data;
  let current = data;
  for (const segment of pointer.slice(1).split('/').map(unescape)) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

const MAX_PREVIEW_DEPTH = 3;
const MAX_PREVIEW_ENTRIES = 8;

/**
 * A small, bounded copy of a value for messages and the journal: strings cut at 120
 * characters, at most 8 entries per level, 3 levels deep. Bounded by construction, so a
 * hostile value (huge, or nested thousands deep) cannot overflow the stack here or in
 * the JSON.stringify that sends it.
 */
export function previewValue(value: unknown, hide: PreviewHide = {}, depth = 0): unknown {
  if (typeof value === 'string') {
    // Hidden before cut: a secret cut in half could no longer be recognised.
    const shown = hide.string ? hide.string(value) : value;
    return shown.length > MAX_ACTUAL_LENGTH ? `${shown.slice(0, MAX_ACTUAL_LENGTH)}…` : shown;
  }
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_PREVIEW_DEPTH) return Array.isArray(value) ? `[array of ${value.length}]` : '{object}';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_PREVIEW_ENTRIES).map((item) => previewValue(item, hide, depth + 1));
    return value.length > MAX_PREVIEW_ENTRIES ? [...items, `… ${value.length - MAX_PREVIEW_ENTRIES} more`] : items;
  }
  const entries = Object.entries(value);
  const shown: Record<string, unknown> = {};
  for (const [key, child] of entries.slice(0, MAX_PREVIEW_ENTRIES)) {
    shown[previewValue(key, hide, depth) as string] = hide.key?.(key) ? hide.replacement : previewValue(child, hide, depth + 1);
  }
  if (entries.length > MAX_PREVIEW_ENTRIES) shown['…'] = `${entries.length - MAX_PREVIEW_ENTRIES} more`;
  return shown;
}

/** What a preview must not show: parts of strings, and the values under some keys. */
export interface PreviewHide {
  string?: (text: string) => string;
  key?: (key: string) => boolean;
  replacement?: string;
}

/** Issues with their `actual` and `expected` values previewed, ready to show. */
export function previewIssues(issues: Issue[]): Issue[] {
  return issues.map((issue) => ({
    ...issue,
    ...(issue.actual !== undefined && { actual: previewValue(issue.actual) }),
    ...(issue.expected !== undefined && { expected: previewValue(issue.expected) }),
  }));
}

/** One line per issue, for error messages and logs. */
export function formatIssues(issues: Issue[]): string {
  return issues.map((issue) => `${issue.message} (rule: ${issue.rule})`).join('; ');
}
