/**
 * cac parses option values with mri, which turns number-like text into numbers: a control
 * token `0123` arrived as 123, `1e3` as 1000, a session `007` as 7, and long digit strings
 * lost precision. Options whose values are text are read from the raw arguments as typed.
 */
export function textOption(rawArgs: readonly string[], flags: Record<string, unknown>, name: string): string | undefined {
  const long = `--${name}`;
  let found: string | undefined;
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!;
    if (arg === '--') break;
    if (arg === long && i + 1 < rawArgs.length) found = rawArgs[i + 1];
    else if (arg.startsWith(`${long}=`)) found = arg.slice(long.length + 1);
  }
  if (found !== undefined) return found;
  const value = flags[name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())];
  return value === undefined || typeof value === 'boolean' ? undefined : flagText(value);
}

/** A comma-separated flag's items, trimmed, empty ones left out. */
export const textList = (value: string | undefined): string[] | undefined => value?.split(',').flatMap((item) => item.trim() || []);

/** A value as cac parsed it (text, a number, a flag given twice as an array of them) written back as text. */
export function flagText(value: unknown): string {
  if (Array.isArray(value)) return value.map(flagText).join(',');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? 'undefined';
}

/**
 * Every value a repeatable text flag was given, in order (`--accept-token a --accept-token b`):
 * textOption keeps only the last, which silently dropped the earlier ones.
 */
export function textOptions(rawArgs: readonly string[], name: string): string[] {
  const long = `--${name}`;
  const found: string[] = [];
  for (let i = 0; i < rawArgs.length; i++) {
    const arg = rawArgs[i]!;
    if (arg === '--') break;
    if (arg === long && i + 1 < rawArgs.length) found.push(rawArgs[i + 1]!);
    else if (arg.startsWith(`${long}=`)) found.push(arg.slice(long.length + 1));
  }
  return found;
}
