/**
 * Generates, from specs/<api>.yaml, mocks/<api>/types.ts (openapi-typescript),
 * mocks/<api>/spec.ts (the parsed spec) and mocks/<api>/validators.ts (its validators as ajv
 * standalone code), and src/control/control-spec.ts and control-validators.ts from
 * specs/control.yaml. `--check` writes nothing and exits 1 when a file is stale (CI runs it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateSpecModule, generateVendorSpecModule } from '../src/codegen/generate-spec-module.js';
import { generateControlValidators, generateVendorValidators } from '../src/codegen/generate-validators.js';
import { generateTypes } from '../src/codegen/generate-types.js';

const root = new URL('../', import.meta.url);
const check = process.argv.includes('--check');
const stale: string[] = [];

async function emit(target: string, text: string | Promise<string>): Promise<void> {
  const generated = await text;
  const url = new URL(target, root);
  const current = existsSync(url) ? readFileSync(url, 'utf8') : '';
  if (current === generated) return;
  if (check) stale.push(target);
  else {
    writeFileSync(url, generated);
    console.log(`wrote ${target}`);
  }
}

for (const file of readdirSync(new URL('specs/', root))) {
  const id = file.replace(/\.yaml$/, '');
  if (!file.endsWith('.yaml') || !existsSync(new URL(`mocks/${id}/`, root))) continue;
  const spec = new URL(`specs/${file}`, root);
  await emit(`mocks/${id}/types.ts`, generateTypes(spec));
  await emit(`mocks/${id}/spec.ts`, generateVendorSpecModule(spec, `specs/${file}`, `../../specs/${file}`, 'samock/toolkit'));
  await emit(`mocks/${id}/validators.ts`, generateVendorValidators(id, spec, `specs/${file}`));
}
await emit('src/control/control-validators.ts', generateControlValidators(new URL('specs/control.yaml', root)));
await emit('src/control/control-spec.ts', generateSpecModule(new URL('specs/control.yaml', root), 'specs/control.yaml', '../core/prepare-spec.js'));

if (stale.length) {
  console.error(`Stale generated files: ${stale.join(', ')}. Run \`npm run types:generate\` and commit the result.`);
  process.exit(1);
}
