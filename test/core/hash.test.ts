import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it, vi } from 'vitest';
import { sha256 } from '../../src/hash.js';

describe('sha256 (credentials kept as hashes)', () => {
  it('gives the standard digest: the empty string and "abc" (FIPS 180-2 vectors)', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it("hashes like the browsers' pure-JS one (@noble/hashes), non-ASCII and lone surrogates included, so a state dumped in Node loads in a page", () => {
    for (const text of ['samock-account-secret', 'ünïcødé ✓ 🚀', 'lone \ud800 surrogate', 'x'.repeat(10_000)]) {
      expect(sha256(text)).toBe(bytesToHex(nobleSha256(utf8ToBytes(text))));
    }
  });

  it('where no synchronous digest exists (a browser), a call before the msw adapters provide one fails, and does not stop the one provided later', async () => {
    vi.resetModules();
    const real = Object.getOwnPropertyDescriptor(process, 'getBuiltinModule');
    // As in a page: no Node built-ins to reach.
    (process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
    try {
      const hash = await import('../../src/hash.js');
      expect(() => hash.sha256('early')).toThrow(/no synchronous sha256 here/);
      hash.provideSha256((text) => bytesToHex(nobleSha256(utf8ToBytes(text))));
      expect(hash.sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    } finally {
      if (real) Object.defineProperty(process, 'getBuiltinModule', real);
      vi.resetModules();
    }
  });
});
