import type { CAC } from 'cac';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';

/** `samock spec-module <spec…>`: (re)writes each spec's module beside it, for browsers and bundlers. */
export function registerSpecModuleCommand(cli: CAC, exit: (code: number) => void = (code) => process.exit(code)): void {
  cli
    .command(
      'spec-module <...specs>',
      "Write each spec's parsed module beside it (spec.yaml → spec.mjs), which an API's index.mjs imports so it bundles for browsers",
    )
    .example('samock spec-module mocks/widgets/spec.yaml')
    .action(async (specs: unknown[]) => {
      const { writeSpecModule } = await import('./spec-module.js');
      let failed = false;
      for (const spec of specs.map(String)) {
        if (!existsSync(spec)) {
          console.error(`samock spec-module: ${spec} does not exist.`);
          failed = true;
          continue;
        }
        try {
          console.log(`Wrote ${relative(process.cwd(), writeSpecModule(spec))}`);
        } catch (error) {
          console.error(`samock spec-module: ${(error as Error).message.split('\n')[0]}`);
          failed = true;
        }
      }
      if (failed) exit(1);
    });
}
