import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { provideSha256 } from '../hash.js';
import { provideSchemaCompilerClass } from '../validation/ajv.js';

/**
 * The msw adapters also run in browsers, where Node's built-ins cannot be reached on demand:
 * they bring ajv's compiler (for schemas with no generated validator: a spec edited since the
 * build, very large bodies, state documents) and a synchronous sha256 along. The standalone
 * server does not import this, so its start-up loads neither.
 */
export function bringBrowserDependencies(): void {
  provideSchemaCompilerClass(Ajv2020);
  provideSha256((text) => bytesToHex(sha256Bytes(utf8ToBytes(text))));
}
