import type { Contract } from '../contracts/define-contract.js';
import type { ApiDefinition } from '../core/define-api.js';

/**
 * A samock configuration (`samock.config.mjs`): the APIs to serve — your own `defineApi(...)`
 * definitions beside any of the five vendors — and, per API id, where its contract suite is.
 * The same object works with `createMock(config)` (msw) and `samock serve --config`.
 */
export interface SamockConfig {
  apis: ApiDefinition[];
  /**
   * Contract suites by API id, for `samock verify --config`: the contract, or a function that
   * imports it (so a browser bundle of the config never loads the suite). The five vendors'
   * suites are built in.
   */
  contracts?: Record<string, Contract | (() => Promise<Contract | { contract: Contract }>)>;
}

/** Types a configuration; it is returned as given. */
export function defineConfig<const Config extends SamockConfig>(config: Config): Config {
  return config;
}
