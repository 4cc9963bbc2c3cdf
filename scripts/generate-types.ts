/**
 * Generates mocks/<api>/types.ts from specs/<api>.yaml with openapi-typescript.
 * `--check` writes nothing and exits 1 when a file is stale (CI runs it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateTypes } from '../src/codegen/generate-types.js';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');
const stale: string[] = [];
for (const file of readdirSync(new URL('specs/', root))) {
  const id = file.replace(/\.yaml$/, '');
  const target = new URL(`mocks/${id}/types.ts`, root);
  if (!file.endsWith('.yaml') || !existsSync(new URL(`mocks/${id}/`, root))) continue;
  const generated = await generateTypes(new URL(`specs/${file}`, root));
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current === generated) continue;
  if (check) stale.push(`mocks/${id}/types.ts`);
  else {
    writeFileSync(target, generated);
    console.log(`wrote mocks/${id}/types.ts`);
  }
}
if (stale.length) {
  console.error(`Stale generated types: ${stale.join(', ')}. Run \`npm run types:generate\` and commit the result.`);
  process.exit(1);
}
