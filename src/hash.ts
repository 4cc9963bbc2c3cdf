import { sha256 as sha256Bytes } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Credentials are kept as hashes: they still authenticate, and a state dump cannot leak them.
 * A synchronous pure-JS sha256, because the same mocks run in browsers (no node:crypto there,
 * and Web Crypto's digest is asynchronous).
 */
export function sha256(text: string): string {
  return bytesToHex(sha256Bytes(utf8ToBytes(text)));
}
