import type { CompiledOperation } from '../core/route-table.js';

/** Counts, per API and operation, how often each status was answered. */
export interface CoverageCounter {
  count(apiId: string, operationId: string, status: number): void;
  report(operations: CompiledOperation[]): CoverageReport;
  clear(): void;
}

export interface OperationCoverage {
  operationId: string;
  method: string;
  path: string;
  calls: number;
  documented: string[];
  exercised: string[];
  missing: string[];
  /** Statuses answered that the spec does not document (a mock or client problem). */
  undocumented: string[];
}

export interface CoverageReport {
  apis: {
    api: string;
    operations: OperationCoverage[];
    summary: { operations: number; operationsExercised: number; statuses: number; statusesExercised: number };
  }[];
}

export function createCoverage(): CoverageCounter {
  // apiId → operationId → status → count; nested maps avoid building a key string per request.
  const counts = new Map<string, Map<string, Map<number, number>>>();
  const statusesOf = (apiId: string, operationId: string) => counts.get(apiId)?.get(operationId);
  return {
    count(apiId, operationId, status) {
      let byOperation = counts.get(apiId);
      if (!byOperation) counts.set(apiId, (byOperation = new Map<string, Map<number, number>>()));
      let byStatus = byOperation.get(operationId);
      if (!byStatus) byOperation.set(operationId, (byStatus = new Map<number, number>()));
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    },
    report(operations) {
      const byApi = new Map<string, OperationCoverage[]>();
      for (const operation of operations) {
        const seen = statusesOf(operation.api.id, operation.operationId) ?? new Map<number, number>();
        const documented = [...operation.validators.responses.keys()];
        const covers = (code: string, status: number) =>
          code === String(status) || (code.endsWith('XX') && code[0] === String(status)[0]) || (code === 'default' && status >= 400);
        const exercised = documented.filter((code) => [...seen.keys()].some((status) => covers(code, status)));
        const undocumented = [...seen.keys()].filter((status) => !documented.some((code) => covers(code, status))).map(String);
        const list = byApi.get(operation.api.id) ?? [];
        list.push({
          operationId: operation.operationId,
          method: operation.method,
          path: operation.template,
          calls: [...seen.values()].reduce((a, b) => a + b, 0),
          documented,
          exercised,
          missing: documented.filter((code) => !exercised.includes(code)),
          undocumented,
        });
        byApi.set(operation.api.id, list);
      }
      return {
        apis: [...byApi].map(([api, ops]) => ({
          api,
          operations: ops,
          summary: {
            operations: ops.length,
            operationsExercised: ops.filter((o) => o.calls > 0).length,
            statuses: ops.reduce((n, o) => n + o.documented.length, 0),
            statusesExercised: ops.reduce((n, o) => n + o.exercised.length, 0),
          },
        })),
      };
    },
    clear() {
      counts.clear();
    },
  };
}
