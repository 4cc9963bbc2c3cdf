import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { renderSpecModule, specModuleName } from '../config/spec-module.js';
import { API_ID, type ApiDefinition } from '../core/define-api.js';
import { buildRouteTable, serverPrefix } from '../core/route-table.js';
import { answerFor, sampleRequest, schemaCompiler, type Answer, type SampleRequest } from './answers.js';
import { deriveErrors } from './errors.js';
import { readScaffoldSpec, ScaffoldError } from './read-spec.js';
import { deriveAuth, renderAuth } from './security.js';
import { isJsonMediaType } from '../validation/operation-validators.js';
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
  HEADER_LINE,
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
  /** Where the API is mounted on a samock server (its spec's server path): `/v1`, or '' at the root. */
  mountPath: string;
}

/** The built-in vendors' ids (a config serving one beside an API of the same id would be refused). */
const VENDOR_IDS = ['lyve', 'lakesail', 'nscale', 'wavefront', 'truefoundry'];

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
  if (VENDOR_IDS.includes(id)) throw new ScaffoldError(`"${id}" is the id of a vendor samock has built in; pick another id for your API.`, 2);
  const { document, operations } = readScaffoldSpec(specPath);
  // Compiled as start-up will: a spec samock would refuse to serve is refused now, not after the folder is written.
  const asDefinition = { id, title: id, spec: document, routes: {}, createStore: () => ({}), errors: undefined } as unknown as ApiDefinition;
  const mountPath = serverPrefix(asDefinition);
  try {
    buildRouteTable([asDefinition]);
  } catch (error) {
    throw new ScaffoldError(`the spec ${options.spec} cannot be served: ${(error as Error).message.split('\n')[0]}`);
  }

  const compiler = schemaCompiler(document);
  const answers = new Map<string, Answer>();
  const requests = new Map<string, SampleRequest>();
  // Values samock could not make valid (a pattern no draw fits, a `not`, …): said, never hidden.
  const unfit: string[] = [];
  const jsonless = new Map<string, string>();
  const notes: string[] = [];
  const authPlan = deriveAuth(document, operations);
  const { schemes } = authPlan;
  // The contract sends one credential the API takes: the first scheme's.
  const auth = schemes[0];
  for (const operation of operations) {
    answers.set(operation.operationId, answerFor(document, operation, compiler));
    const request = sampleRequest(document, operation, compiler);
    if (auth?.kind === 'header') request.headers = { ...request.headers, [auth.header]: 'samock-verify' };
    if (auth?.kind === 'basic') Object.assign(request, { token: null, headers: { ...request.headers, authorization: 'Basic c2Ftb2NrOnZlcmlmeQ==' } });
    requests.set(operation.operationId, request);
    const answer = answers.get(operation.operationId)!;
    if (answer.invalid) unfit.push(`${operation.operationId}'s ${answer.status} answer in routes.mjs`);
    if (request.invalidBody) unfit.push(`${operation.operationId}'s request body in ${id}.contract.mjs`);
    for (const param of request.invalidParams ?? []) unfit.push(`${operation.operationId}'s ${param} in ${id}.contract.mjs`);
    const media = Object.keys(operation.requestBody?.content ?? {});
    if (media.length && !media.some(isJsonMediaType)) {
      jsonless.set(operation.operationId, `samock takes JSON request bodies only and answers its ${media.join(', ')} bodies 415`);
    }
  }
  if (jsonless.size)
    notes.push(
      `samock validates and passes on JSON request bodies only; no JSON body is documented for ${[...jsonless.keys()].join(', ')}, ` +
        `so samock answers them 415 ` +
        `and ${id}.contract.mjs leaves them unchecked.`,
    );
  if (authPlan.unenforced.length)
    notes.push(
      `Credentials not checked: the spec also accepts ${authPlan.unenforced.join(', ')}, which samock cannot read from headers, ` +
        'so no auth.mjs was written (every request is admitted); add an authenticate to index.mjs if you need one.',
    );
  const errors = deriveErrors(document, operations);
  const ext = extname(specPath).toLowerCase() === '.json' ? '.json' : '.yaml';
  const specFile = `spec${ext}`;
  const infoTitle = (document.info as { title?: unknown } | undefined)?.title;
  const title = typeof infoTitle === 'string' && infoTitle.trim() ? infoTitle : id;

  const files: string[] = [];
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
  // The folder itself is made without `recursive`: of two runs with one id, exactly one makes it.
  try {
    mkdirSync(dirname(folder), { recursive: true });
    mkdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new ScaffoldError(`${relative(cwd, folder) || folder} already exists; remove it or pick another id or --dir.`);
    throw new ScaffoldError(`cannot make ${relative(cwd, folder) || folder}: ${code === 'ENOTDIR' ? 'a file is in the way' : (error as Error).message}.`);
  }
  try {
    copyFileSync(specPath, join(folder, specFile));
    files.push(join(folder, specFile));
    const specModule = specModuleName(specFile);
    const regenerate = `npx samock spec-module ${join(relative(cwd, folder), specFile).split(sep).join('/')}`;
    write(specModule, renderSpecModule(join(folder, specFile), imports.samock, regenerate));
    write('index.mjs', renderIndex(id, title, specFile, specModule, imports, schemes.length > 0));
    if (schemes.length) write('auth.mjs', renderAuth(schemes, imports.samock, HEADER_LINE, errors.documented));
    write('routes.mjs', renderRoutes(operations, answers));
    write('errors.mjs', renderErrors(errors, imports));
    write(`${id}.contract.mjs`, renderContract(id, operations, answers, requests, imports, jsonless));
    let types: string | undefined;
    let typesFailed: string | undefined;
    try {
      types = options.types === false ? undefined : await generateTypesText(document);
    } catch (error) {
      typesFailed = (error as Error).message.split('\n')[0];
    }
    if (types !== undefined) write('types.d.ts', types);
    else if (typesFailed !== undefined) notes.push(`types.d.ts skipped: openapi-typescript refused the spec (${typesFailed}).`);
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
  const existing = () => CONFIG_NAMES.find((name) => existsSync(join(cwd, name)));
  if (existing() === undefined) {
    const config = join(cwd, 'samock.config.mjs');
    try {
      // `wx`: never over a config another run wrote meanwhile.
      writeFileSync(config, renderConfig(id, importPath, imports), { flag: 'wx' });
      return { folder, files, config, notes, mountPath };
    } catch {
      // Fall through: a config exists now.
    }
  }
  const configLines = [configImportLine(id, importPath), `apis: [..., ${exportName(id)}]`, `contracts: { ..., ${configContractEntry(id, importPath)} }`];
  notes.push(`${basename(existing() ?? 'samock.config.mjs')} exists and was left alone; add to it:\n  ${configLines.join('\n  ')}`);
  return { folder, files, configLines, notes, mountPath };
}
