import { describeBody } from '../expect.js';
import type { OperationModel } from './operations.js';
import { minimalRequest, type DrawContext, type GeneratedRequest } from './requests.js';
import type { Answer } from './send.js';

/**
 * What a list shows, as one comparable text: read before and after a refused write, the two
 * must be equal. Fields that change between two reads with no write between (a clock-driven
 * `readyState`, a `lastUsed` time) are left out, found once by reading the list twice.
 */
export interface StateProbe {
  read(send: (request: GeneratedRequest) => Promise<Answer>): Promise<string | undefined>;
  describe(before: string, after: string): string;
}

export function createStateProbe(list: OperationModel, ctx: DrawContext, basePath: string): StateProbe {
  const request = minimalRequest(list, ctx);
  let volatile: Set<string> | undefined;
  const itemsOf = async (send: (request: GeneratedRequest) => Promise<Answer>) => {
    const answer = await send(request);
    if (answer.status < 200 || answer.status > 299) return undefined;
    return findItems(answer.body);
  };
  return {
    async read(send) {
      const items = await itemsOf(send);
      if (items === undefined) return undefined;
      if (volatile === undefined) {
        const again = await itemsOf(send);
        volatile = new Set();
        for (const [index, item] of items.entries()) {
          const other = again?.[index];
          if (!isRecord(item) || !isRecord(other)) continue;
          for (const key of Object.keys(item)) if (JSON.stringify(item[key]) !== JSON.stringify(other[key])) volatile.add(key);
        }
      }
      const kept = items.map((item) =>
        isRecord(item)
          ? Object.fromEntries(
              Object.entries(item)
                .filter(([key]) => !volatile!.has(key))
                .sort(([a], [b]) => (a < b ? -1 : 1)),
            )
          : item,
      );
      return JSON.stringify(kept.map((item) => JSON.stringify(item)).sort());
    },
    describe(before, after) {
      const a = new Set(JSON.parse(before) as string[]);
      const b = new Set(JSON.parse(after) as string[]);
      const added = [...b].filter((item) => !a.has(item));
      const removed = [...a].filter((item) => !b.has(item));
      const show = (list: string[]) =>
        list
          .slice(0, 2)
          .map((item) => describeBody(JSON.parse(item)))
          .join(', ');
      return (
        `${request.method} ${basePath}${request.path} shows a change afterwards` +
        (added.length ? `: new or changed ${show(added)}` : '') +
        (removed.length ? `; gone or changed ${show(removed)}` : '')
      );
    },
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);

/** The list's items: the body if it is an array, else the first array found a few levels down (`data`, `response.items`). */
function findItems(body: unknown): unknown[] | undefined {
  let level: unknown[] = [body];
  for (let depth = 0; depth < 4 && level.length; depth++) {
    const next: unknown[] = [];
    for (const node of level) {
      if (Array.isArray(node)) return node as unknown[];
      if (isRecord(node)) next.push(...Object.values(node));
    }
    level = next;
  }
  return undefined;
}
