import type { Format } from 'ajv';
import { formatNames, fullFormats } from 'ajv-formats/dist/formats.js';

const rfc3339 = fullFormats['date-time'] as { validate: (value: string) => boolean };

/**
 * ajv-formats' formats, without its plugin: that adds the non-standard formatMaximum family of
 * keywords, which no OpenAPI schema uses, and with them ajv's draft-07 build (a second Ajv class
 * and meta-schema in every browser bundle). Generated validators read these very objects.
 */
export const FORMATS: Record<string, Format> = Object.fromEntries(
  formatNames.map((name) => [name, name === 'date-time' ? { type: 'string', validate: isStorableDateTime } : fullFormats[name]]),
);

/**
 * RFC 3339, and an instant whose UTC year has four digits. samock keeps instants in UTC
 * and answers them as `…Z`: `9999-12-31T23:59:59-23:59` is year 10000 in UTC, which
 * toISOString writes as `+010000-…`, a value no spec's `date-time` accepts back.
 */
export function isStorableDateTime(value: string): boolean {
  if (!rfc3339.validate(value)) return false;
  const ms = Date.parse(value);
  return Number.isFinite(ms) && ms >= MIN_STORABLE_MS && ms <= MAX_STORABLE_MS;
}

const MIN_STORABLE_MS = Date.parse('0000-01-01T00:00:00.000Z');
const MAX_STORABLE_MS = Date.parse('9999-12-31T23:59:59.999Z');
