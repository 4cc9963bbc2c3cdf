/**
 * samock's contract toolkit (`samock/contracts`): write a suite with `defineContract`, run
 * it against any base URL with `runContract` or `verify`, report it as text, JUnit or
 * Markdown; and check a client's traffic against the spec with `checkClient`.
 */
export {
  defineContract,
  describeProvenance,
  type CallOptions,
  type Check,
  type CheckContext,
  type Contract,
  type ContractResponse,
  type Provenance,
} from './define-contract.js';
export { ContractFailure, describeBody, expectEqual, expectNoSecrets, expectStatus, expectTrue, type FailureKind } from './expect.js';
export { runContract, type CheckResult, type ContractReport, type Target } from './runner.js';
export { countResults, hasFailures, planApis, suiteName, UsageError, verify, type TargetRun, type VerifyOptions, type VerifyResult } from './verify.js';
export { loadContract } from './load-contract.js';
export { formatReport, formatVerifyReport } from './report.js';
export { formatJUnit } from './junit.js';
export { formatMarkdown } from './markdown.js';
export { formatParity, parityRows, type ParityRow } from './parity.js';
export { checkClient, formatClientReport } from '../client-check/index.js';
export type * from '../client-check/types.js';
