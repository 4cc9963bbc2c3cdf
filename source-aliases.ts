import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The package's entry points, resolved to the sources for vitest and Vite (tsconfig.json's
 * `paths` say the same to tsc): tests and the vendors import "samock…" as users do.
 */
export const sourceAliases = [
  { find: /^samock$/, replacement: here('./src/index.ts') },
  { find: /^samock\/toolkit$/, replacement: here('./src/toolkit.ts') },
  { find: /^samock\/browser$/, replacement: here('./src/browser.ts') },
  { find: /^samock\/server$/, replacement: here('./src/server.ts') },
  { find: /^samock\/contracts$/, replacement: here('./src/contracts/index.ts') },
  { find: /^samock\/vendors$/, replacement: here('./mocks/index.ts') },
  { find: /^samock\/vendors\/([a-z0-9-]+)$/, replacement: `${here('./mocks')}/$1/index.ts` },
];
