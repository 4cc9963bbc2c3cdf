/**
 * Reads Prism's per-request `Prefer` header: `Prefer: code=503`, `Prefer: delay=1500`,
 * or both (`Prefer: code=409, delay=200`). Other preferences are ignored, as RFC 7240 asks.
 */
export interface Preferences {
  code?: number;
  delayMs?: number;
  /** A preference samock understands but whose value is unusable. */
  error?: string;
}

export const MAX_DELAY_MS = 60_000;

export function readPrefer(header: string | undefined): Preferences {
  if (!header) return {};
  const preferences: Preferences = {};
  for (const part of header.split(/[,;]/)) {
    const [rawName, rawValue] = part.split('=', 2).map((s) => s?.trim());
    const name = rawName?.toLowerCase();
    if (name !== 'code' && name !== 'delay') continue;
    const value = Number(rawValue?.replace(/^"|"$/g, ''));
    if (name === 'code') {
      if (!Number.isInteger(value) || value < 100 || value > 599) return { error: `Prefer: code must be an HTTP status (100–599), got "${rawValue ?? ''}".` };
      preferences.code = value;
    } else {
      if (!Number.isInteger(value) || value < 0 || value > MAX_DELAY_MS)
        return { error: `Prefer: delay must be 0–${MAX_DELAY_MS} milliseconds, got "${rawValue ?? ''}".` };
      preferences.delayMs = value;
    }
  }
  return preferences;
}
