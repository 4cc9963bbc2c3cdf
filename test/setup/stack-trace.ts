/** A V8 stack frame on a line of its own: `    at fn (file:///x.js:1:2)`, `    at node:internal/…:3:4`. */
const FRAME = /^[ \t]+at (?:.+ \()?(?:file:|node:|\/|[A-Za-z]:\\|<anonymous>).*?:\d+(?::\d+)?\)?[ \t]*$/m;

/** The first stack frame in a log text, or undefined when it holds none. */
export function findStackTrace(text: string): string | undefined {
  return FRAME.exec(text)?.[0];
}
