import { readFileSync } from 'node:fs';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';

const HEADER = '// Generated from the spec by `npm run types:generate` (openapi-typescript). Do not edit.\n';

/** The TypeScript types of one spec, as the text of mocks/<api>/types.ts. */
export async function generateTypes(specFile: URL): Promise<string> {
  const document = parse(readFileSync(specFile, 'utf8')) as OpenAPI3;
  const ast = await openapiTS(document, { alphabetize: true });
  return HEADER + astToString(ast);
}
