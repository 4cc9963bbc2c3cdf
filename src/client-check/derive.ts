import type { JournalEntry } from '../control/journal.js';
import type { CatalogApi, ClientIssue } from './types.js';

/**
 * The issues one journal entry shows. samock's dispatch records body, parameter, content
 * type, method, path and (on the shared bearer policy) auth violations itself; those are
 * taken as they are. What a journal may lack is derived from the status instead, so a
 * server from before those were recorded, or an API with its own authenticator (wavefront
 * reads X-AUTH-TOKEN), is still checked:
 * - a wrong method: status 405 and no operation;
 * - an unknown path: no API matched (404);
 * - a missing or rejected credential: an operation that needs auth answered with a status
 *   its API's authenticator refuses credentials with, without recording why.
 */
export function issuesOf(entry: JournalEntry, catalog: CatalogApi[]): ClientIssue[] {
  // An answer forced by `Prefer` or a fault is what the tester asked for, not a client mistake.
  if (entry.forcedBy) return [];
  if (entry.requestViolations.length > 0) return entry.requestViolations.map((issue) => ({ ...issue, source: 'journal' }));
  if (entry.api === null) {
    if (entry.status !== 404) return [];
    return [
      {
        location: 'route',
        pointer: '',
        rule: 'path',
        message: `No operation of any served spec matches ${entry.method} ${entry.path}`,
        actual: entry.path,
        source: 'derived',
      },
    ];
  }
  const api = catalog.find((candidate) => candidate.id === entry.api);
  if (entry.operationId === null) {
    if (entry.status !== 405) return [];
    const allowed = (api?.operations ?? []).filter((op) => matchesTemplate(op.path, entry.path));
    const template = allowed[0]?.path ?? entry.path;
    return [
      {
        location: 'method',
        pointer: '',
        rule: 'method',
        message: `${entry.method} is not an operation of ${template}`,
        expected: allowed.map((op) => op.method).join(', '),
        actual: entry.method,
        source: 'derived',
      },
    ];
  }
  const operation = api?.operations.find((op) => op.operationId === entry.operationId);
  if (api && operation?.requiresAuth && api.authStatuses.includes(entry.status)) {
    return [
      {
        location: 'header',
        pointer: '/authorization',
        rule: 'security',
        message:
          `${api.id}.${operation.operationId} needs a credential; the API refused the request's with ${entry.status} (none sent, another scheme, or a ` +
          `rejected token)`,
        expected: 'a credential the spec accepts',
        source: 'derived',
      },
    ];
  }
  return [];
}

/** Whether a concrete path fits a template (`{name}` is any one segment; trailing slashes ignored, as samock routes). */
export function matchesTemplate(template: string, path: string): boolean {
  const want = template.split('/').filter(Boolean);
  const got = path.split('?')[0]!.split('/').filter(Boolean);
  return want.length === got.length && want.every((segment, i) => /^\{.+\}$/.test(segment) || segment === got[i]);
}
