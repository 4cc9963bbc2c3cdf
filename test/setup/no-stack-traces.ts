import { afterAll, expect } from 'vitest';
import { findStackTrace } from './stack-trace.js';

/**
 * Every test file runs with this: whatever samock logs while the tests run (servers,
 * in-process mocks, the control plane) is read, and a stack trace fails the file. A
 * stack in the server log means a request reached an unexpected error, which the
 * hardening issue forbids whatever the input; tests that provoke failures on purpose
 * must see one-line messages (see src/core/log.ts).
 */
const seen: string[] = [];
for (const method of ['error', 'warn', 'log', 'info'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    const text = args.map((arg) => (arg instanceof Error ? (arg.stack ?? String(arg)) : typeof arg === 'string' ? arg : safeJson(arg))).join(' ');
    const trace = findStackTrace(text);
    if (trace) seen.push(`console.${method}: ${text.slice(0, 2_000)}`);
    original(...args);
  };
}

afterAll(() => {
  expect(seen, "a stack trace was logged during this file's tests").toEqual([]);
});

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
