import type { Contract } from './define-contract.js';

/**
 * Contract suites live by convention in contracts/<api>.contract.ts: no registry
 * to update. The template-literal import lets esbuild bundle every suite into
 * dist/ as well, while tsx and vitest resolve it from the sources.
 */
export async function loadContract(apiId: string): Promise<Contract> {
  if (!/^[a-z0-9-]+$/.test(apiId)) throw new Error(`"${apiId}" is not an API id.`);
  let module: { contract?: Contract };
  try {
    module = (await import(`../../contracts/${apiId}.contract.ts`)) as { contract?: Contract };
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' || /Could not resolve|Cannot find module|No such module/i.test(String(error))) {
      throw new Error(`No contract suite for "${apiId}": expected contracts/${apiId}.contract.ts.`);
    }
    throw error;
  }
  if (!module.contract) throw new Error(`contracts/${apiId}.contract.ts must export \`contract\` (defineContract(...)).`);
  return module.contract;
}
