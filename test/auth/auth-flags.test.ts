import { describe, expect, it } from 'vitest';
import { parseAcceptedTokens, parseAuthFlag } from '../../src/core/api-options.js';

/** Mistakes in --auth and --accept-token stop start-up: silently weaker strict mode is the worst outcome. */
describe('--auth', () => {
  it('takes permissive, strict and strict:<api ids>', () => {
    expect(parseAuthFlag('permissive')).toBe('permissive');
    expect(parseAuthFlag('strict')).toBe('strict');
    expect(parseAuthFlag('strict:lyve, nscale')).toEqual({ lyve: 'strict', nscale: 'strict' });
  });

  it('refuses strict: with no API, permissive with a list, and unknown modes', () => {
    expect(() => parseAuthFlag('strict:')).toThrow(/names no API/);
    expect(() => parseAuthFlag('strict: , ')).toThrow(/names no API/);
    expect(() => parseAuthFlag('permissive:lyve')).toThrow(/takes no API list/);
    expect(() => parseAuthFlag('strcit')).toThrow(/must be permissive, strict/);
  });
});

describe('--accept-token', () => {
  const served = ['lyve', 'nscale'];

  it('gives a bare token to every API, api=token to one, and *=token (a token holding "=") to every API', () => {
    expect(parseAcceptedTokens('admin, nscale=ns-tok, *=dGVzdA==', served)).toEqual({ lyve: ['admin', 'dGVzdA=='], nscale: ['admin', 'ns-tok', 'dGVzdA=='] });
  });

  it('refuses an api=token whose API is not served (a typo would otherwise become a literal token for every API)', () => {
    expect(() => parseAcceptedTokens('nscal=tok', served)).toThrow(/no API "nscal" is served \(served: lyve, nscale\)/);
    expect(() => parseAcceptedTokens('wavefront=tok', served)).toThrow(/no API "wavefront" is served/);
  });

  it('refuses reserved tokens (they always reproduce an error) and tokens with white space (no header could carry them)', () => {
    expect(() => parseAcceptedTokens('forbidden', served)).toThrow(/"forbidden" is reserved/);
    expect(() => parseAcceptedTokens('lyve=invalid', served)).toThrow(/is reserved/);
    expect(() => parseAcceptedTokens('a b', served)).toThrow(/white space/);
  });

  it('refuses an empty list and an entry without a token', () => {
    expect(() => parseAcceptedTokens(' , ', served)).toThrow(/names no token/);
    expect(() => parseAcceptedTokens('lyve=', served)).toThrow(/names no token/);
  });
});
