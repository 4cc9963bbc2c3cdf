import type { CAC } from 'cac';
import { relative } from 'node:path';
import { textOption } from '../cli-text.js';
import { ScaffoldError } from './scaffold-error.js';

/** `samock init-api <id> --spec <file>`: scaffolds an API folder that serves and verifies green at once. */
export function registerInitApiCommand(cli: CAC, exit: (code: number) => void = (code) => process.exit(code)): void {
  cli
    .command('init-api <id>', 'Scaffold a mock of your own API from its spec: resolvers, error shape, types, a contract suite and a config entry')
    .option('--spec <file>', 'The OpenAPI 3.1 spec (YAML or JSON)')
    .option('--dir <path>', 'Where the API folder goes', { default: 'mocks' })
    .example('samock init-api widgets --spec widgets.yaml')
    .action(async (id: unknown, flags: Record<string, unknown>) => {
      try {
        const spec = textOption(cli.rawArgs, flags, 'spec');
        if (!spec) throw new ScaffoldError('needs --spec <file.yaml|json>: the OpenAPI 3.1 spec of the API.', 2);
        // Loaded on use: the scaffolder (fast-check, the sampler) is no part of `samock serve`'s start-up.
        const { initApi } = await import('./init-api.js');
        const result = await initApi({ id: String(id), spec, dir: textOption(cli.rawArgs, flags, 'dir') ?? 'mocks' });
        const here = (file: string) => relative(process.cwd(), file) || '.';
        console.log(`Scaffolded ${here(result.folder)}/:`);
        for (const file of result.files) console.log(`  ${here(file)}`);
        if (result.config) console.log(`Created ${here(result.config)}.`);
        for (const note of result.notes) console.log(note);
        console.log(
          `\nServe it:  npx samock serve --config samock.config.mjs\nVerify it: npx samock verify --config samock.config.mjs --api ${String(id)} --base-url http://127.0.0.1:4010${result.mountPath}`,
        );
      } catch (error) {
        if (!(error instanceof ScaffoldError)) throw error;
        console.error(`samock init-api: ${error.message}`);
        exit(error.exitCode);
      }
    });
}
