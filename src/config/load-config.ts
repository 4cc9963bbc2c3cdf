import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkAppConfig } from '../app/check-config.js';
import type { Contract } from '../contracts/define-contract.js';
import { defineApi, type ApiDefinition } from '../core/define-api.js';
import { buildRouteTable } from '../core/route-table.js';
import type { SamockConfig } from './define-config.js';
import { freshSpec } from './spec-module.js';

/** A config that cannot be used: the CLI prints its message alone (no stack) and exits 1. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig extends SamockConfig {
  /** The file it came from, absolute. */
  file: string;
  /** What loading noticed and worked around (a spec edited since its spec module was generated). */
  notes: string[];
  /** The contract suite of one API from the config, or undefined when the config names none. */
  contractOf(apiId: string): Promise<Contract | undefined>;
}

/**
 * Loads `samock.config.(js|mjs|ts)` and checks it as start-up would: every API a definition,
 * ids unique, paths not colliding, every spec compiling. Each problem is one message naming the
 * file, the API and the problem.
 */
export async function loadConfig(file: string, options: LoadConfigOptions = {}): Promise<LoadedConfig> {
  const warn = options.warn ?? ((line: string) => console.warn(line));
  const path = resolve(file);
  const fail = (problem: string): never => {
    throw new ConfigError(`Config ${file}: ${problem}`);
  };
  if (!existsSync(path)) fail('the file does not exist.');
  let module: { default?: unknown };
  try {
    if (/\.(c|m)?ts$/.test(path)) await registerTypeScript(path);
    module = (await import(pathToFileURL(path).href)) as { default?: unknown };
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    // What the user's modules threw while loading (a spec that does not parse, a defineApi whose
    // routes and spec disagree, a missing import): its message, never a stack.
    return fail(`it failed to load: ${firstLine(error)}`);
  }
  const config = module.default;
  if (!config || typeof config !== 'object') fail('it must `export default` a config: defineConfig({ apis: [...] }) from samock.');
  const notes: string[] = [];
  let apis: ApiDefinition[] = [];
  try {
    checkAppConfig(config, 'its config');
    apis = (config as SamockConfig).apis.map((api) => withFreshSpec(api, notes));
    // Compiles every spec and checks that no two APIs serve one path, as start-up will.
    buildRouteTable(apis);
  } catch (error) {
    fail(firstLine(error));
  }
  for (const note of notes) warn(`Config ${file}: ${note}`);
  const { contracts = {} } = config as SamockConfig;
  for (const id of Object.keys(contracts)) {
    if (!apis.some((api) => api.id === id)) fail(`contracts names "${id}", which is not one of its apis (${apis.map((api) => api.id).join(', ')}).`);
  }
  return {
    file: path,
    notes,
    apis,
    contracts,
    async contractOf(apiId) {
      const entry = Object.hasOwn(contracts, apiId) ? contracts[apiId] : undefined;
      if (entry === undefined) return undefined;
      try {
        const loaded = (typeof entry === 'function' ? await entry() : entry) as unknown;
        const contract = (loaded && typeof loaded === 'object' && 'contract' in loaded ? loaded.contract : loaded) as Contract | undefined;
        const isSuite = !!contract && typeof contract === 'object' && Array.isArray(contract.checks);
        if (!isSuite) fail(`the contract of "${apiId}" is not a defineContract(...) suite.`);
        // A suite that imported the spec module an edit made stale checks against the spec as served.
        const api = apis.find((candidate) => candidate.id === apiId);
        const original = (config as SamockConfig).apis.find((candidate) => candidate.id === apiId);
        if (api && original && api !== original && contract!.spec === original.spec) return { ...contract!, spec: api.spec };
        return contract!;
      } catch (error) {
        if (error instanceof ConfigError) throw error;
        return fail(`the contract of "${apiId}" failed to load: ${firstLine(error)}`);
      }
    },
  };
}

/** The APIs, each whose spec module is older than its spec file served from the file as it is now; notes go to `warn`. */
export function withFreshSpecs(apis: ApiDefinition[], warn: (line: string) => void = (line) => console.warn(line)): ApiDefinition[] {
  const notes: string[] = [];
  const fresh = apis.map((api) => withFreshSpec(api, notes));
  for (const note of notes) warn(note);
  return fresh;
}

export interface LoadConfigOptions {
  /** Where notes go (default: console.warn). */
  warn?: (line: string) => void;
}

/**
 * An API whose spec module is older than its spec file is served from the file as it is now
 * (what someone who just edited the spec expects), checked again against its routes.
 */
function withFreshSpec(api: ApiDefinition, notes: string[]): ApiDefinition {
  if (!api || typeof api !== 'object' || !api.spec || typeof api.spec !== 'object') return api;
  let fresh: ReturnType<typeof freshSpec>;
  try {
    fresh = freshSpec(api.spec);
  } catch (error) {
    throw new Error(`API "${api.id}": its spec changed since its spec module was generated, and now fails: ${firstLine(error)}`);
  }
  if (!fresh.stale) return api;
  const here = (file: string) => relative(process.cwd(), file);
  const { specFile, moduleFile, regenerate } = fresh.stale;
  const refreshed = defineApi({ ...api, spec: fresh.spec });
  notes.push(
    `API "${api.id}": ${here(specFile)} changed since ${here(moduleFile)} was generated; serving the spec as it is now ` +
      `(its validators compiled at start-up). Regenerate the module: ${regenerate ?? `npx samock spec-module ${here(specFile)}`}`,
  );
  return refreshed;
}

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** A TypeScript config runs through tsx, the user's or samock's own (a devDependency here). */
async function registerTypeScript(path: string): Promise<void> {
  for (const base of [path, import.meta.url]) {
    let api: string | undefined;
    try {
      api = esmEntry(createRequire(base), 'tsx', './esm/api');
    } catch {
      continue; // Not installed from there: try the next place.
    }
    if (api === undefined) continue;
    // Found: a failure to register now is the user's to see, not "tsx is missing".
    const { register } = (await import(pathToFileURL(api).href)) as { register: () => unknown };
    register();
    return;
  }
  throw new ConfigError(`Config ${path}: a TypeScript config needs tsx (npm install --save-dev tsx), or write it as .mjs.`);
}

/**
 * A package's ESM entry for a subpath, from its exports' `import` condition. `require.resolve`
 * would pick the `require` one (tsx's CommonJS API, which cannot register the ESM loader).
 */
function esmEntry(require: NodeJS.Require, name: string, subpath: string): string | undefined {
  const manifest = require.resolve(`${name}/package.json`);
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, unknown> };
  let target: unknown = exports?.[subpath];
  for (const condition of ['import', 'default']) {
    if (target && typeof target === 'object' && condition in target) target = (target as Record<string, unknown>)[condition];
  }
  return typeof target === 'string' ? join(dirname(manifest), target) : undefined;
}
