import { createHash } from 'node:crypto';

/** Credentials are kept as hashes: they still authenticate, and a state dump cannot leak them. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
