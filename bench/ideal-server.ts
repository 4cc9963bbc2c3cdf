// The "ideal": a hand-written node:http + ajv + Map mock of the two lyve
// operations the bench drives (create and get-by-id), with the request schema
// taken from specs/lyve.yaml. It is what a careful person would write by hand
// for exactly these two operations; samock is measured against it.
// Usage: node --import tsx bench/ideal-server.ts <port>
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => void;

type Schema = Record<string, unknown>;

const port = Number(process.argv[2] ?? 0);
const specPath = new URL('../specs/lyve.yaml', import.meta.url);
const spec = parse(readFileSync(specPath, 'utf8')) as { components: { schemas: Record<string, Schema> } };
const schemas = spec.components.schemas;

/** Inline the `$ref`s (ServiceAccountCreate only refers to ResourceName) and drop doc-only keywords. */
function resolve(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(resolve);
  if (node === null || typeof node !== 'object') return node;
  const object = node as Schema;
  if (typeof object.$ref === 'string') {
    const name = object.$ref.replace('#/components/schemas/', '');
    const target = schemas[name];
    if (!target) throw new Error(`unresolved $ref ${object.$ref}`);
    return resolve(target);
  }
  const out: Schema = {};
  for (const [key, value] of Object.entries(object)) {
    if (key === 'description' && typeof value === 'string') continue;
    if (key === 'examples' || key === 'example') continue;
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, resolve(v)])) : resolve(value);
  }
  return out;
}

const createSchema = resolve(schemas.ServiceAccountCreate);
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateCreate = ajv.compile(createSchema as Schema);

interface Account {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
  readyState: boolean;
  permissions: string[];
}

const accounts = new Map<string, Account>();
const names = new Set<string>();
const MAX_BODY = 1024 * 1024;
const PREFIX = '/v2/service-accounts';
const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function error(res: ServerResponse, status: number, code: string, message: string): void {
  send(res, status, { code, message });
}

/** One randomBytes call per create: 12 bytes of id, 20 of access key, 30 of secret. */
function credentials(): { id: string; accessKey: string; secret: string } {
  const bytes = randomBytes(62);
  let accessKey = '';
  for (let i = 12; i < 32; i++) accessKey += KEY_ALPHABET[bytes[i]! % KEY_ALPHABET.length];
  return { id: bytes.toString('hex', 0, 12), accessKey, secret: bytes.subarray(32).toString('base64url') };
}

function expirationDate(): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

function create(req: IncomingMessage, res: ServerResponse): void {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    error(res, 415, 'UnsupportedMediaType', 'Content-Type must be application/json.');
    req.resume();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > MAX_BODY) tooLarge = true;
    else chunks.push(chunk);
  });
  req.on('end', () => {
    if (tooLarge) return error(res, 413, 'PayloadTooLarge', 'The body is larger than 1 MiB.');
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return error(res, 400, 'InvalidRequest', 'The body is not valid JSON.');
    }
    if (!validateCreate(body)) {
      return error(res, 400, 'InvalidRequest', ajv.errorsText(validateCreate.errors));
    }
    const input = body as { name: string; description?: string; permissions: string[] };
    if (names.has(input.name)) {
      return error(res, 409, 'ServiceAccountNameAlreadyExists', 'A service account with this name already exists.');
    }
    const { id, accessKey, secret } = credentials();
    names.add(input.name);
    accounts.set(id, {
      id,
      name: input.name,
      description: input.description ?? '',
      enabled: true,
      readyState: true,
      permissions: [...input.permissions],
    });
    send(res, 200, { id, accessKey, secret, expirationDate: expirationDate() });
  });
}

const server = createServer((req, res) => {
  const auth = req.headers.authorization;
  if (!auth || !auth.startsWith('Bearer ')) {
    req.resume();
    return error(res, 400, 'InvalidToken', 'Token is not valid.');
  }
  const url = req.url ?? '/';
  const path = url.split('?', 1)[0] ?? '/';
  if (path === PREFIX || path === PREFIX + '/') {
    if (req.method === 'POST') return create(req, res);
    req.resume();
    return error(res, 405, 'MethodNotAllowed', 'Method not allowed.');
  }
  if (path.startsWith(PREFIX + '/') && req.method === 'GET') {
    const id = decodeURIComponent(path.slice(PREFIX.length + 1).replace(/\/$/, ''));
    const account = accounts.get(id);
    if (!account) return error(res, 404, 'ServiceAccountNotFound', 'Service account not found.');
    return send(res, 200, account);
  }
  req.resume();
  error(res, 404, 'NotFound', 'No such route.');
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  process.stdout.write(`ideal listening on http://127.0.0.1:${actual}\n`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => process.exit(0));
}
