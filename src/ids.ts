/**
 * Source of ids, keys, secrets and tokens. Random by default; with a seed it is a
 * deterministic PRNG, so `--seed N` reproduces the same identifiers run to run.
 */
export interface Ids {
  /** `length` characters drawn from `alphabet`. */
  fromAlphabet(alphabet: string, length: number): string;
  hex(length: number): string;
  uuid(): string;
  /** A number in [0, 1): fault probabilities draw from here, so a seed reproduces them too. */
  random(): number;
}

export const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const LOWER_ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

export function createIds(seed?: number): Ids {
  const nextByte = seed === undefined ? randomByteSource() : seededByteSource(seed);
  const fromAlphabet = (alphabet: string, length: number): string => {
    // One flat string per id: `+=` in a loop would leave a rope of `length` nodes per
    // stored id, which with 100,000 accounts cost tens of megabytes (see bench).
    const codes = new Array<number>(length);
    for (let i = 0; i < length; i++) codes[i] = alphabet.charCodeAt(nextByte() % alphabet.length);
    return String.fromCharCode(...codes);
  };
  return {
    fromAlphabet,
    hex: (length) => fromAlphabet(HEX, length),
    random: () => (nextByte() * 16_777_216 + nextByte() * 65_536 + nextByte() * 256 + nextByte()) / 4_294_967_296,
    uuid() {
      const h = fromAlphabet(HEX, 32);
      // RFC 9562 version 4 layout: version nibble 4, variant bits 10xx.
      const variant = HEX[8 + (parseInt(h[16] ?? '0', 16) & 3)];
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}

/** Buffers Web Crypto randomness (Node and browsers alike): one call per 4 KiB, not one per id. */
function randomByteSource(): () => number {
  const pool = new Uint8Array(4096);
  let index = pool.length;
  return () => {
    if (index === pool.length) {
      globalThis.crypto.getRandomValues(pool);
      index = 0;
    }
    return pool[index++]!;
  };
}

/** sfc32, a small fast PRNG with a 128-bit state: plenty for mock identifiers. */
function seededByteSource(seed: number): () => number {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let i = 0; i < 15; i++) next();
  return () => next() & 0xff;
}
