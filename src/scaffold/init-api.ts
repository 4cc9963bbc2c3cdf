import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { renderSpecModule, specModuleName } from '../config/spec-module.js';
import { API_ID } from '../core/define-api.js';
import { answerFor, sampleRequest, schemaCompiler, type Answer, type SampleRequest } from './answers.js';
import { deriveErrors } from './errors.js';
import { readScaffoldSpec, ScaffoldError } from './read-spec.js';
import {
  configContractEntry,
  configImportLine,
  DEFAULT_IMPORTS,
  exportName,
  renderConfig,
  renderContract,
  renderErrors,
  renderIndex,
  renderRoutes,
  type ImportFrom,
} from './render.js';
import { generateTypesText } from './types.js';

export interface InitApiOptions {
  id: string;
  /** The OpenAPI 3.1 spec (YAML or JSON), relative to `cwd`. */
  spec: string;
  /** Where the API's folder goes, relative to `cwd` (default `mocks`). */
  dir?: string;
  /** Where samock.config.mjs is created (or, when one exists, what the printed lines are relative to). Default: process.cwd(). */
  cwd?: string;
  /** Where the generated modules import samock from (default: the package's entry points). */
  importFrom?: Partial<ImportFrom>;
  /** Generate types.d.ts with openapi-typescript when it can be imported (default true). */
  types?: boolean;
}

export interface InitApiResult {
  /** The API's folder, absolute. */
  folder: string;
  /** Every file written, absolute. */
  files: string[];
  /** The config created, or undefined when one existed (see `configLines`). */
  config?: string;
  /** What to add to an existing config. */
  configLines?: string[];
  /** Notes for the user (types skipped, examples replaced, …). */
  notes: string[];
}

const CONFIG_NAMES = ['samock.config.mjs', 'samock.config.js', 'samock.config.ts', 'samock.config.mts', 'samock.config.cjs'];

/** `samock init-api`: an API folder that serves and verifies green at once, and its config entry. */
export async function initApi(options: InitApiOptions): Promise<InitApiResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const imports = { ...DEFAULT_IMPORTS, ...options.importFrom };
  const { id } = options;
  if (typeof id !== 'string' || !API_ID.test(id)) {
    throw new ScaffoldError(`the API id must be 1–64 letters, digits, "-" or "_", starting with a letter or digit; got ${JSON.stringify(id)}.`, 2);
  }
  if (!options.spec) throw new ScaffoldError('needs --spec <file.yaml|json>: the OpenAPI 3.1 spec of the API.', 2);
  const specPath = resolve(cwd, options.spec);
  const folder = resolve(cwd, options.dir ?? 'mocks', id);
  if (existsSync(folder)) throw new ScaffoldError(`${relative(cwd, folder) || folder} already exists; remove it or pick another id or --dir.`);
  const { document, operations } = readScaffoldSpec(specPath);

  const compiler = schemaCompiler(document);
  const answers = new Map<string, Answer>();
  const requests = new Map<string, SampleRequest>();
  // Values samock could not make valid (a pattern no draw fits, a `not`, …): said, never hidden.
  const unfit: string[] = [];
  for (const operation of operations) {
    answers.set(operation.operationId, answerFor(document, operation, compiler));
    const request = sampleRequest(document, operation, compiler);
    requests.set(operation.operationId, request);
    const answer = answers.get(operation.operationId)!;
    if (answer.invalid) unfit.push(`${operation.operationId}'s ${answer.status} answer in routes.mjs`);
    if (request.invalidBody) unfit.push(`${operation.operationId}'s request body in ${id}.contract.mjs`);
  }
  const errors = deriveErrors(document, operations);
  const ext = extname(specPath).toLowerCase() === '.json' ? '.json' : '.yaml';
  const specFile = `spec${ext}`;
  const infoTitle = (document.info as { title?: unknown } | undefined)?.title;
  const title = typeof infoTitle === 'string' && infoTitle.trim() ? infoTitle : id;

  const files: string[] = [];
  const notes: string[] = [];
  if (unfit.length)
    notes.push(
      `No example in the spec and no default samock could make fit the schema for: ${unfit.join('; ')}. ` +
        'Each is marked "EDIT" there; replace it with a valid value (until then samock --strict and verify will say it does not match).',
    );
  const write = (name: string, text: string) => {
    const file = join(folder, name);
    writeFileSync(file, text);
    files.push(file);
  };
  mkdirSync(folder, { recursive: true });
  try {
    copyFileSync(specPath, join(folder, specFile));
    files.push(join(folder, specFile));
    const specModule = specModuleName(specFile);
    const regenerate = `npx samock spec-module ${join(relative(cwd, folder), specFile).split(sep).join('/')}`;
    write(specModule, renderSpecModule(join(folder, specFile), imports.samock, regenerate));
    write('index.mjs', renderIndex(id, title, specFile, specModule, imports));
    write('routes.mjs', renderRoutes(operations, answers));
    write('errors.mjs', renderErrors(errors, imports));
    write(`${id}.contract.mjs`, renderContract(id, operations, answers, requests, imports));
    const types = options.types === false ? undefined : await generateTypesText(document);
    if (types !== undefined) write('types.d.ts', types);
    else
      notes.push(
        `types.d.ts skipped (openapi-typescript is not installed); generate it with: ` +
          `npx openapi-typescript ${join(relative(cwd, folder), specFile)} -o ${join(relative(cwd, folder), 'types.d.ts')}`,
      );
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    throw error;
  }

  const rel = relative(cwd, folder).split(sep).join('/');
  const importPath = rel.startsWith('.') ? rel : `./${rel}`;
  const existing = CONFIG_NAMES.find((name) => existsSync(join(cwd, name)));
  if (existing === undefined) {
    const config = join(cwd, 'samock.config.mjs');
    writeFileSync(config, renderConfig(id, importPath, imports));
    return { folder, files, config, notes };
  }
  const configLines = [configImportLine(id, importPath), `apis: [..., ${exportName(id)}]`, `contracts: { ..., ${configContractEntry(id, importPath)} }`];
  notes.push(`${basename(existing)} exists and was left alone; add to it:\n  ${configLines.join('\n  ')}`);
  return { folder, files, configLines, notes };
}
