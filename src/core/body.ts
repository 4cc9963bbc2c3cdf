import { isJsonMediaType } from '../validation/operation-validators.js';
import type { ApiError } from './api-error.js';
import { refusal, validationRefusal } from './error-shape.js';
import type { PlainRequest } from './http-types.js';
import { checkJsonLimits, type BodyLimits } from './limits.js';
import type { CompiledOperation } from './route-table.js';

/** A request body read for an operation: its JSON value, a refusal, or nothing (the operation takes none). */
export type BodyReading = { body: unknown } | { failure: ApiError } | Record<string, never>;

/**
 * Reads a request body the way the operation's spec asks: present when required, JSON,
 * uncompressed UTF-8, within the depth and string limits — each checked before parsing, so
 * a hostile body is refused cheaply and never echoed back (the parser's own messages quote
 * the input, which for a token exchange is the secret).
 */
export function readBody(operation: CompiledOperation, request: PlainRequest, limits: BodyLimits): BodyReading {
  const shape = operation.api.errors;
  const { body: rule } = operation.validators;
  if (rule.mediaTypes.length === 0) return {};
  const raw = request.rawBody;
  if (raw === undefined || raw === '') {
    if (!rule.required) return {};
    return {
      failure: validationRefusal(shape, [
        { location: 'body', pointer: '', rule: 'required', message: 'The request body is required', expected: 'a JSON body' },
      ]),
    };
  }
  const unsupported = (message: string, actual: string | null) =>
    ({
      failure: refusal(shape, shape.unsupportedMediaTypeStatus ?? 415, `${message}.`, [
        { location: 'content-type', pointer: '', rule: 'mediaType', message, expected: rule.mediaTypes, actual },
      ]),
    }) as const;

  const encoding = request.headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    return unsupported(`Content-Encoding ${JSON.stringify(encoding)} is not supported: send the body uncompressed`, encoding);
  }
  const contentType = request.headers['content-type'];
  if (!contentType || !isJsonMediaType(contentType)) {
    return unsupported(
      `Unsupported Content-Type ${contentType ? JSON.stringify(contentType) : '(none)'}: send the body as application/json`,
      contentType ?? null,
    );
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    return unsupported(`charset=${charset} is not supported: JSON is exchanged as UTF-8 (RFC 8259)`, contentType);
  }

  const breach = checkJsonLimits(raw, limits.depth, limits.stringLength);
  if (breach)
    return {
      failure: refusal(shape, 400, `${breach.message}.`, [
        { location: 'body', pointer: '', rule: breach.rule, message: breach.message, expected: breach.limit },
      ]),
    };
  try {
    // A UTF-8 byte order mark may precede JSON text; RFC 8259 lets a parser ignore it.
    return { body: JSON.parse(raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw) };
  } catch (error) {
    const message = `The request body is not valid JSON${whereParsingFailed(raw, error)}`;
    return { failure: refusal(shape, 400, `${message}.`, [{ location: 'body', pointer: '', rule: 'json', message }]) };
  }
}

/** Where JSON.parse gave up, by position only: its message quotes the input. */
function whereParsingFailed(raw: string, error: unknown): string {
  const position = /position (\d+)/.exec((error as Error).message)?.[1];
  if (position !== undefined) return ` (at character ${position})`;
  return /end of JSON input|Unterminated/i.test((error as Error).message) ? ' (it ends too early)' : raw.trim() === '' ? ' (it is blank)' : '';
}
