import type { OpenApiDocument } from '../core/openapi.js';

/**
 * The spec's TypeScript types by openapi-typescript, when it can be imported (a devDependency of
 * samock: in a user's project it may be absent, and then the answer is undefined).
 */
export async function generateTypesText(document: OpenApiDocument): Promise<string | undefined> {
  let module: { default: (schema: unknown, options?: object) => Promise<unknown>; astToString: (ast: unknown) => string };
  try {
    const name = 'openapi-typescript';
    module = (await import(name)) as typeof module;
  } catch {
    return undefined;
  }
  const ast = await module.default(structuredClone(document), { alphabetize: true });
  return (
    '// Generated from the spec by openapi-typescript (samock init-api). Regenerate: npx openapi-typescript spec.yaml -o types.d.ts\n' + module.astToString(ast)
  );
}
