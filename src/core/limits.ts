/**
 * Size and shape limits on what a request may carry, checked before a body is parsed
 * or validated: a body nested thousands deep or holding a 100 MB string must be refused
 * cheaply, not discovered later as a stack overflow in JSON.stringify or a store that
 * can no longer be dumped. Each limit has a flag that raises it, named in every refusal.
 */
export interface Limits {
  /** Largest request body of a mocked API, in bytes. */
  maxBodyBytes: number;
  /** Largest state document (`PUT /__control/state/{api}`), in bytes. */
  maxStateBytes: number;
  /** Deepest nesting of arrays and objects in a JSON body. */
  maxJsonDepth: number;
  /** Longest string (value or key) in a JSON body, in characters. */
  maxStringLength: number;
}

export const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: Limits = {
  maxBodyBytes: MIB,
  maxStateBytes: 64 * MIB,
  maxJsonDepth: 64,
  maxStringLength: 65_536,
};

/** The CLI flag that raises each limit, for messages that say what to do. */
export const LIMIT_FLAGS: Record<keyof Limits, string> = {
  maxBodyBytes: '--max-body-bytes',
  maxStateBytes: '--max-state-bytes',
  maxJsonDepth: '--max-json-depth',
  maxStringLength: '--max-string-length',
};

/** The limits one request is held to: an API's, or the larger byte limit of a state load. */
export interface BodyLimits {
  bytes: number;
  bytesFlag: string;
  depth: number;
  stringLength: number;
}

/**
 * The deepest nesting `--max-json-depth` may allow. Records are copied, serialised and
 * validated recursively; far deeper (a few thousand levels) the JavaScript stack overflows
 * mid-write, which is what the depth limit is there to prevent.
 */
export const MAX_JSON_DEPTH_LIMIT = 1_000;

export function resolveLimits(partial: Partial<Limits> = {}): Limits {
  const given = Object.fromEntries(Object.entries(partial).filter(([, value]) => value !== undefined));
  const limits: Limits = { ...DEFAULT_LIMITS, ...given };
  for (const [name, value] of Object.entries(limits)) {
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new RangeError(`Failed to apply the limits: ${LIMIT_FLAGS[name as keyof Limits]} must be a positive integer, got ${String(value)}.`);
    }
  }
  if (limits.maxJsonDepth > MAX_JSON_DEPTH_LIMIT) {
    throw new RangeError(
      `Failed to apply the limits: ${LIMIT_FLAGS.maxJsonDepth} may be at most ${MAX_JSON_DEPTH_LIMIT} (deeper documents overflow the JavaScript ` +
        `stack while they are stored), got ${limits.maxJsonDepth}.`,
    );
  }
  return limits;
}

export function formatBytes(bytes: number): string {
  if (bytes >= MIB) return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${(bytes / MIB).toFixed(1)} MiB`;
  if (bytes >= 1024) return bytes % 1024 === 0 ? `${bytes / 1024} KiB` : `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}

/** Why a JSON text breaks the depth or string limit, or undefined when it keeps to both. */
export interface JsonLimitBreach {
  rule: 'maxDepth' | 'maxLength';
  limit: number;
  message: string;
}

/**
 * One pass over the text, before `JSON.parse`: tracks nesting outside strings and the
 * length of each string. Linear and allocation-free, so it costs a fraction of the parse.
 * Malformed JSON is not judged here; the parser reports it.
 */
export function checkJsonLimits(text: string, depthLimit: number, stringLimit: number): JsonLimitBreach | undefined {
  // Neither limit can be broken by a text this short.
  if (text.length <= depthLimit && text.length <= stringLimit) return undefined;
  let depth = 0;
  let inString = false;
  let stringStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) {
        inString = false;
        if (i - stringStart - 1 > stringLimit) return stringBreach(stringLimit);
      }
    } else if (c === 34) {
      inString = true;
      stringStart = i;
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > depthLimit) {
        return {
          rule: 'maxDepth',
          limit: depthLimit,
          message: `The request body nests arrays and objects deeper than the limit of ${depthLimit} levels (raise it with ${LIMIT_FLAGS.maxJsonDepth})`,
        };
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) {
      depth--;
    }
  }
  // An unterminated string still counts: the parser will refuse it, but not after a huge copy.
  if (inString && text.length - stringStart - 1 > stringLimit) return stringBreach(stringLimit);
  return undefined;
}

function stringBreach(limit: number): JsonLimitBreach {
  return {
    rule: 'maxLength',
    limit,
    message: `The request body holds a string longer than the limit of ${limit} characters (raise it with ${LIMIT_FLAGS.maxStringLength})`,
  };
}

/** UTF-8 length of a text without encoding it (browsers have no Buffer). */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) bytes += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return bytes;
}
