import { existsSync } from 'node:fs';
import type { Contract } from './define-contract.js';

/** Contract suites live by convention in contracts/<api>.contract.ts: no registry to update. */
export async function loadContract(apiId: string): Promise<Contract> {
  const file = new URL(`../../contracts/${apiId}.contract.ts`, import.meta.url);
  if (!/^[a-z0-9-]+$/.test(apiId) || !existsSync(file)) {
    throw new Error(`No contract suite for "${apiId}": expected contracts/${apiId}.contract.ts.`);
  }
  const module = (await import(file.href)) as { contract?: Contract };
  if (!module.contract) throw new Error(`contracts/${apiId}.contract.ts must export \`contract\` (defineContract(...)).`);
  return module.contract;
}
