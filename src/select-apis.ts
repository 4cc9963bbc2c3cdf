import type { ApiDefinition } from './core/define-api.js';

/** The APIs with these ids, in that order; all of them when none are given. */
export function selectApis(ids: string[] | undefined, available: ApiDefinition[]): ApiDefinition[] {
  if (!ids || ids.length === 0) return available;
  return ids.map((id) => {
    const api = available.find((candidate) => candidate.id === id);
    if (!api) throw new Error(`Unknown API "${id}". Available: ${available.map((a) => a.id).join(', ')}.`);
    return api;
  });
}
