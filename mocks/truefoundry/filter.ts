import { truefoundryErrors } from './errors.js';
import type { VirtualAccountRecord } from './store.js';

/**
 * The list's `filter` parameter: "JSON string: structured filter tree (AND/OR groups, column
 * leaves on `name`, json_map leaves on `manifest.tags`)" (the vendor's SDK), whose one example is
 * `{"type":"AND","children":[{"column":"name","op":"STRING_CONTAINS","value":"bot"}]}`.
 * The rest of the grammar is inferred (specs/truefoundry.yaml, parameter `filter`):
 *
 *   node   = group | leaf
 *   group  = {type: "AND" | "OR", children: node[]}
 *   leaf   = {column: "name", op, value} | {column: "manifest.tags", key, op, value}
 *   op     = "STRING_CONTAINS" (documented) | "STRING_EQUALS" (inferred)
 *
 * A filter it cannot read answers 422 naming `filter`, like every other rule.
 */
export type FilterNode =
  | { type: 'AND' | 'OR'; children: FilterNode[] }
  | { column: 'name'; op: FilterOp; value: string }
  | { column: 'manifest.tags'; key: string; op: FilterOp; value: string };

export type FilterOp = 'STRING_CONTAINS' | 'STRING_EQUALS';

const OPS: readonly FilterOp[] = ['STRING_CONTAINS', 'STRING_EQUALS'];
const COLUMNS = ['name', 'manifest.tags'] as const;
/** Deeper trees are refused: a guard of samock's (the vendor documents no depth). */
export const MAX_FILTER_DEPTH = 16;

/** Parses the `filter` text, or throws the 422 that names what is wrong and where. */
export function parseFilter(text: string): FilterNode {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw refuse('', 'json', `is not valid JSON (${(error as Error).message})`, 'a JSON filter tree', text);
  }
  return node(json, '', 1);
}

/** True when the account passes the tree. */
export function matchesFilter(tree: FilterNode, record: VirtualAccountRecord): boolean {
  if ('type' in tree)
    return tree.type === 'AND' ? tree.children.every((child) => matchesFilter(child, record)) : tree.children.some((child) => matchesFilter(child, record));
  if (tree.column === 'name') return compare(tree.op, record.name, tree.value);
  const tags = (record.manifest as { tags?: Record<string, unknown> }).tags;
  const tag = tags !== null && typeof tags === 'object' && Object.hasOwn(tags, tree.key) ? tags[tree.key] : undefined;
  if (typeof tag !== 'string' && typeof tag !== 'number' && typeof tag !== 'boolean') return false;
  return compare(tree.op, String(tag), tree.value);
}

function compare(op: FilterOp, actual: string, wanted: string): boolean {
  // STRING_CONTAINS ignores case, as nameSearchQuery does (inferred); STRING_EQUALS is exact.
  return op === 'STRING_EQUALS' ? actual === wanted : actual.toLowerCase().includes(wanted.toLowerCase());
}

function node(value: unknown, pointer: string, depth: number): FilterNode {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw refuse(pointer, 'type', 'must be an object: a group {type, children} or a leaf {column, op, value}', 'object', value);
  }
  const fields = value as Record<string, unknown>;
  if ('type' in fields || 'children' in fields) return group(fields, pointer, depth);
  return leaf(fields, pointer);
}

function group(fields: Record<string, unknown>, pointer: string, depth: number): FilterNode {
  onlyKeys(fields, ['type', 'children'], pointer);
  if (fields.type !== 'AND' && fields.type !== 'OR') throw refuse(`${pointer}/type`, 'enum', 'must be "AND" or "OR"', ['AND', 'OR'], fields.type);
  if (!Array.isArray(fields.children)) throw refuse(`${pointer}/children`, 'type', 'must be an array of filter nodes', 'array', fields.children);
  if (depth >= MAX_FILTER_DEPTH && fields.children.length > 0) {
    throw refuse(
      `${pointer}/children`,
      'maxDepth',
      `nests deeper than ${MAX_FILTER_DEPTH} levels (samock's limit)`,
      `at most ${MAX_FILTER_DEPTH} levels`,
      undefined,
    );
  }
  return { type: fields.type, children: fields.children.map((child, i) => node(child, `${pointer}/children/${i}`, depth + 1)) };
}

function leaf(fields: Record<string, unknown>, pointer: string): FilterNode {
  const { column } = fields;
  if (column !== 'name' && column !== 'manifest.tags') throw refuse(`${pointer}/column`, 'enum', 'must be "name" or "manifest.tags"', COLUMNS, column);
  onlyKeys(fields, column === 'name' ? ['column', 'op', 'value'] : ['column', 'key', 'op', 'value'], pointer);
  if (typeof fields.op !== 'string' || !OPS.includes(fields.op as FilterOp))
    throw refuse(`${pointer}/op`, 'enum', `must be one of ${OPS.map((op) => `"${op}"`).join(', ')}`, OPS, fields.op);
  if (typeof fields.value !== 'string') throw refuse(`${pointer}/value`, 'type', 'must be a string', 'string', fields.value);
  const op = fields.op as FilterOp;
  if (column === 'name') return { column, op, value: fields.value };
  if (typeof fields.key !== 'string' || fields.key === '')
    throw refuse(`${pointer}/key`, 'type', 'must be the tag to match, a non-empty string', 'non-empty string', fields.key);
  return { column, key: fields.key, op, value: fields.value };
}

function onlyKeys(fields: Record<string, unknown>, allowed: string[], pointer: string): void {
  const extra = Object.keys(fields).find((key) => !allowed.includes(key));
  if (extra !== undefined)
    throw refuse(
      `${pointer}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      'additionalProperties',
      `is not a field of this node (allowed: ${allowed.join(', ')})`,
      allowed,
      undefined,
    );
}

function refuse(pointer: string, rule: string, what: string, expected: unknown, actual: unknown) {
  const where = pointer === '' ? 'query field "filter"' : `query field "filter", at ${pointer},`;
  return truefoundryErrors.invalidQuery({
    pointer: '/filter',
    rule,
    message: `${where.replace(/^q/, 'Q')} ${what}`,
    expected,
    ...(actual !== undefined && { actual: typeof actual === 'string' ? actual : JSON.stringify(actual) }),
  });
}
