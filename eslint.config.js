// `npm run lint`: typescript-eslint's recommended rules (type-aware), no import cycles, and the
// layers pointing one way (adapters → kernel ← control ← app). Formatting is Prettier's
// (.prettierrc.json): eslint-config-prettier, last but for max-len, turns off what would fight it.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import eslintConfigPrettier from 'eslint-config-prettier/flat';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/** Written by `npm run types:generate`: neither linted nor formatted (.prettierignore lists them too). */
const generated = ['mocks/*/types.ts', 'mocks/*/spec.ts', 'mocks/*/validators.ts', 'src/control/control-spec.ts', 'src/control/control-validators.ts'];

/** The vendors, a folder each under mocks/ (read here, so a new vendor is held to the same rules). */
const vendors = readdirSync(resolve(root, 'mocks'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// The layers, as paths under src/. import-x/no-restricted-paths judges the file an import resolves
// to, so an import of 'samock' counts as one of src/index.ts (app).
const kernel = ['core', 'validation', 'store', 'clock.ts', 'ids.ts', 'hash.ts', 'base64url.ts'];
const control = ['control'];
const adapters = ['server', 'msw'];
const src = (paths) => paths.map((path) => `src/${path}`);

/** Files under `target` import, of src/, only `allowed` (the vendors' folders: the zone after these). */
const importsOnly = (target, allowed, message) => ({ target, from: 'src', except: allowed.map((path) => `./${path}`), message });

const layers = [
  importsOnly(src(kernel), kernel, 'The kernel imports only the kernel.'),
  importsOnly(src(control), [...kernel, ...control], 'The control plane imports only the kernel and itself.'),
  ...adapters.map((adapter) => importsOnly(src([adapter]), [...kernel, adapter], 'An adapter imports only the kernel (and its own files).')),
  // App, src/contracts and src/client-check import any of src/. Only the bin composes the vendors.
  {
    target: readdirSync(resolve(root, 'src'))
      .filter((name) => name !== 'cli.ts')
      .map((name) => `src/${name}`),
    from: ['mocks', 'contracts'],
    message: 'Only src/cli.ts imports the vendors (mocks/, contracts/).',
  },
  // A vendor's folder imports none of another vendor's (nor mocks/index.ts, nor the contracts);
  // a vendor's contract imports, of the vendors, only its own folder.
  ...vendors.flatMap((api) => [
    { target: `mocks/${api}`, from: ['mocks', 'contracts'], except: [`./${api}`], message: `mocks/${api}/ imports only its own files and 'samock…'.` },
    {
      target: `contracts/${api}.contract.ts`,
      from: ['mocks', 'contracts'],
      except: [`./${api}`],
      message: `contracts/${api}.contract.ts imports only 'samock…' and mocks/${api}/.`,
    },
  ]),
];

export default defineConfig(
  {
    ignores: ['dist/', 'bench/*.built.mjs', 'test-results/', 'examples/console/dist/', 'examples/console/public/', 'bench/results/', ...generated],
  },
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // tsconfig.json (and examples/console/tsconfig.json) for the files they include; the default project for the rest.
        projectService: { allowDefaultProject: ['examples/console/vite.config.ts'] },
        tsconfigRootDir: root,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      // import-x follows (parses) only files of these extensions, and the cycles run through .ts files.
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      // tsconfig.json's `paths` map 'samock', 'samock/contracts'… to the sources.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: ['tsconfig.json', 'examples/console/tsconfig.json'], alwaysTryTypes: true, noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: Infinity, ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layers }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // The vendors and their contracts reach the toolkit only through the package's name, as a user's API does.
    files: ['mocks/**', 'contracts/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\.?/(\\.\\./)*src(/|$)', message: "Import the toolkit as 'samock', 'samock/contracts'…, never from src/." }] },
      ],
    },
  },
  {
    // Tests and contract checks read answers' bodies, typed `any` on purpose: the any rules would flag every read.
    files: ['test/**', 'contracts/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Plain JavaScript (this file, the bin, build scripts): no types to check against.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  eslintConfigPrettier,
  {
    // eslint-config-prettier turns max-len off; back on after it, for what Prettier cannot wrap (strings, comments).
    // A test's title and a regular expression stay whole (a title is what a failure prints and what one greps for).
    rules: {
      'max-len': ['error', { code: 160, tabWidth: 2, ignoreUrls: true, ignoreRegExpLiterals: true, ignorePattern: '^\\s*(describe|it|test)[.(]' }],
    },
  },
);
