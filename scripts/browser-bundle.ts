import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { build as viteBuild, type Rolldown } from 'vite';
import { sourceAliases } from '../source-aliases.js';

/**
 * Production builds of the browser pages in test/fixtures/browser-pages, with Vite and with
 * esbuild, for scripts/measure-browser-size.ts and test/browser-bundle.test.ts: what a user's
 * bundler makes of `samock/browser`, measured the same way for both.
 */
export const PAGES = {
  'one-vendor': resolve('test/fixtures/browser-pages/one-vendor.ts'),
  'all-five': resolve('test/fixtures/browser-pages/all-five.ts'),
  /** msw's worker and one handler, no samock: what any msw page costs. */
  'msw-only': resolve('test/fixtures/browser-pages/msw-only.ts'),
} as const;
export type PageName = keyof typeof PAGES;
/**
 * `vite`: Vite's defaults. `vite-no-inline-const`: the same with rolldown's
 * `optimization.inlineConst` off (see the README's "Browser bundle size": Vite 8 copies a
 * 68 KB string of msw's cookie dependency into three places). `esbuild`: bundle + minify.
 */
export type Bundler = 'vite' | 'vite-no-inline-const' | 'esbuild';
export const BUNDLERS: Bundler[] = ['vite', 'vite-no-inline-const', 'esbuild'];

export interface Contributor {
  /** Repository-relative path (node_modules/… for dependencies). */
  path: string;
  /** Characters of the minified output (every file) its source map attributes to it. */
  bytes: number;
}

export interface OutputFile {
  name: string;
  bytes: number;
  /** Gzipped at level 9. */
  gzipBytes: number;
  /** Loaded when the page starts: the entry and what it imports statically (not `import()`ed chunks). */
  initial: boolean;
}

export interface BrowserBundle {
  page: PageName;
  bundler: Bundler;
  /** The JavaScript the page loads when it starts (its initial files), joined. */
  code: string;
  files: OutputFile[];
  /** The initial files' bytes, summed. */
  rawBytes: number;
  /** The initial files gzipped one by one (level 9), summed: what a compressing server sends. */
  gzipBytes: number;
  /** Chunks loaded only on demand (msw's GraphQL parser, under esbuild), gzipped and summed. */
  lazyGzipBytes: number;
  /** Every input module, biggest first. */
  contributors: Contributor[];
}

/** Browsers that run msw's service worker and top-level await. */
const TARGET = 'es2022';

const display = (id: string) => relative(process.cwd(), id.replace(/^\0/, '').split('?')[0]!);

/** Output file name → the files it imports statically. */
type ImportGraph = Map<string, string[]>;

export async function buildPage(page: PageName, bundler: Bundler): Promise<BrowserBundle> {
  const outDir = await mkdtemp(join(tmpdir(), `samock-${page}-${bundler}-`));
  try {
    const { entry, imports } = bundler === 'esbuild' ? await withEsbuild(PAGES[page], outDir) : await withVite(PAGES[page], outDir, bundler === 'vite');
    const initial = new Set<string>();
    const visit = (name: string) => {
      if (initial.has(name)) return;
      initial.add(name);
      for (const next of imports.get(name) ?? []) visit(next);
    };
    visit(entry);
    const names = (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith('.js')).sort();
    const files: OutputFile[] = [];
    const texts = new Map<string, string>();
    const sizes = new Map<string, number>();
    for (const name of names) {
      const bytes = await readFile(join(outDir, name));
      const code = bytes.toString('utf8');
      texts.set(name, code);
      files.push({ name, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length, initial: initial.has(name) });
      const map = JSON.parse(await readFile(join(outDir, `${name}.map`), 'utf8')) as SourceMap;
      for (const [source, count] of attribute(code, map)) {
        const path = source === undefined ? '(bundler runtime)' : display(resolve(outDir, dirname(name), map.sourceRoot ?? '', source));
        sizes.set(path, (sizes.get(path) ?? 0) + count);
      }
    }
    const sum = (list: OutputFile[], field: 'bytes' | 'gzipBytes') => list.reduce((total, file) => total + file[field], 0);
    const initialFiles = files.filter((file) => file.initial);
    if (initialFiles.length === 0) throw new Error(`The ${bundler} build of ${page} has no entry file among ${names.join(', ')}.`);
    return {
      page,
      bundler,
      code: initialFiles.map((file) => texts.get(file.name)).join('\n'),
      files,
      rawBytes: sum(initialFiles, 'bytes'),
      gzipBytes: sum(initialFiles, 'gzipBytes'),
      lazyGzipBytes: sum(
        files.filter((file) => !file.initial),
        'gzipBytes',
      ),
      contributors: [...sizes].map(([path, bytes]) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes),
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

async function withVite(entry: string, outDir: string, inlineConst: boolean): Promise<{ entry: string; imports: ImportGraph }> {
  const result = await viteBuild({
    configFile: false,
    logLevel: 'silent',
    root: process.cwd(),
    mode: 'production',
    resolve: { alias: sourceAliases },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      sourcemap: true,
      target: TARGET,
      copyPublicDir: false,
      reportCompressedSize: false,
      modulePreload: false,
      rolldownOptions: { input: entry, ...(inlineConst ? {} : { optimization: { inlineConst: false } }) },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result as Rolldown.RolldownOutput])
    .flatMap((output) => output.output)
    .filter((file) => file.type === 'chunk');
  const main = chunks.find((chunk) => chunk.isEntry);
  if (!main) throw new Error(`Vite built no entry chunk for ${entry}.`);
  return { entry: main.fileName, imports: new Map(chunks.map((chunk) => [chunk.fileName, chunk.imports])) };
}

/** esbuild's `alias` takes no patterns: the same table as Vite's, applied by a resolve plugin. */
const samockAliases: esbuild.Plugin = {
  name: 'samock-source-aliases',
  setup(build) {
    build.onResolve({ filter: /^samock(\/|$)/ }, ({ path }) => {
      for (const { find, replacement } of sourceAliases) if (find.test(path)) return { path: path.replace(find, replacement) };
      return undefined;
    });
  },
};

async function withEsbuild(entry: string, outDir: string): Promise<{ entry: string; imports: ImportGraph }> {
  const result = await esbuild.build({
    entryPoints: [entry],
    outdir: outDir,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: TARGET,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [samockAliases],
    metafile: true,
    logLevel: 'silent',
  });
  // Metafile paths are relative to the working directory; output names are relative to outDir.
  const name = (path: string) => relative(outDir, resolve(path));
  const outputs = Object.entries(result.metafile.outputs).filter(([path]) => path.endsWith('.js'));
  const main = outputs.find(([, output]) => output.entryPoint !== undefined);
  if (!main) throw new Error(`esbuild built no entry file for ${entry}.`);
  const imports: ImportGraph = new Map(
    outputs.map(([path, output]) => [name(path), output.imports.filter((i) => i.kind === 'import-statement').map((i) => name(i.path))]),
  );
  return { entry: name(main[0]), imports };
}

interface SourceMap {
  sources: string[];
  sourceRoot?: string;
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Characters of `code` per source (by index; `undefined` for code no source maps to): each
 * mapping segment owns the characters up to the next segment on its line.
 */
function attribute(code: string, map: SourceMap): Map<string | undefined, number> {
  const sizes = new Map<string | undefined, number>();
  const add = (source: string | undefined, bytes: number) => bytes > 0 && sizes.set(source, (sizes.get(source) ?? 0) + bytes);
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let source = 0;
  for (let index = 0; index < lines.length; index++) {
    const length = lines[index]!.length;
    const segments: { column: number; source?: number }[] = [];
    let column = 0;
    for (const segment of (mappingLines[index] ?? '').split(',')) {
      if (!segment) continue;
      // [column, source, original line, original column, name]: deltas; only the first two matter here.
      const fields = decodeVlq(segment);
      column += fields[0]!;
      if (fields.length > 1) source += fields[1]!;
      segments.push({ column, source: fields.length > 1 ? source : undefined });
    }
    if (segments.length === 0 || segments[0]!.column > 0) add(undefined, Math.min(segments[0]?.column ?? length, length));
    segments.forEach((segment, i) => {
      const next = i + 1 < segments.length ? segments[i + 1]!.column : length;
      add(segment.source === undefined ? undefined : map.sources[segment.source], Math.min(next, length) - segment.column);
    });
  }
  return sizes;
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** `node_modules/ajv/dist/…` → `ajv`, `src/validation/ajv.ts` → `samock src/validation`, `mocks/lyve/spec.ts` → `mocks/lyve`. */
export function packageOf(path: string): string {
  const dependency = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (dependency) return dependency[1]!;
  const parts = path.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : path;
}
