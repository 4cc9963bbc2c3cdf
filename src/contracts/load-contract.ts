import type { Contract } from './define-contract.js';

/**
 * Contract suites live by convention in contracts/<api>.contract.ts: no registry to
 * update. The package holds them built (`.js`, beside this module's own built tree); the
 * sources (vitest, tsx) hold `.ts`.
 */
export async function loadContract(apiId: string): Promise<Contract> {
  if (!/^[a-z0-9-]+$/.test(apiId)) throw new Error(`"${apiId}" is not an API id.`);
  let module: { contract?: Contract };
  try {
    module = (await importFirst([`../../contracts/${apiId}.contract.js`, `../../contracts/${apiId}.contract.ts`])) as { contract?: Contract };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' || /Could not resolve|Cannot find module|No such module/i.test(String(error))) {
      throw new Error(`No contract suite for "${apiId}": expected contracts/${apiId}.contract.ts.`);
    }
    throw error;
  }
  if (!module.contract) throw new Error(`contracts/${apiId}.contract.ts must export \`contract\` (defineContract(...)).`);
  return module.contract;
}

const isMissing = (error: unknown) =>
  (error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' || /Could not resolve|Cannot find module|No such module|Failed to load url/i.test(String(error));

async function importFirst(candidates: string[]): Promise<unknown> {
  let last: unknown;
  for (const candidate of candidates) {
    try {
      return await import(new URL(candidate, import.meta.url).href);
    } catch (error) {
      if (!isMissing(error)) throw error;
      last = error;
    }
  }
  throw last;
}
