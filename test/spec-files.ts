import { existsSync, readFileSync } from 'node:fs';

/**
 * The samock package root, found by walking up from this module to the
 * package.json named "samock". Specs are read from there, so the same code works
 * from the TypeScript sources (tsx, vitest) and from the bundle in dist/.
 */
export const packageRoot: URL = findRoot(new URL('.', import.meta.url));

function findRoot(start: URL): URL {
  for (let dir = start; ; dir = new URL('..', dir)) {
    const manifest = new URL('package.json', dir);
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'samock') return dir;
    if (dir.pathname === '/') throw new Error(`Failed to find the samock package root above ${start.pathname}.`);
  }
}

/** specs/<id>.yaml of the package. */
export function specUrl(apiId: string): URL {
  return new URL(`specs/${apiId}.yaml`, packageRoot);
}
