import { describe, expect, it } from 'vitest';
import { lakesail } from '../../mocks/lakesail/index.js';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import { createApp } from '../../src/app/create-app.js';

/**
 * ajv coerces query text with Number(): `1e400` became Infinity and passed `type: integer`
 * (a 500 under --strict, `"offset": null` without it), `0x10` read as 16, a space as 0.
 * A numeric parameter must be a decimal number a JSON answer can carry.
 */
const list = (app: ReturnType<typeof createApp>, path: string, query: Record<string, string>) =>
  app.handle({ method: 'GET', path, query, headers: { authorization: 'Bearer dev' } });

describe('numeric query parameters take decimal text only', () => {
  const tf = createApp({ apis: [truefoundry], strict: true });
  const path = '/api/svc/v1/virtual-accounts';

  it.each(['1e400', '-1e400', '0x10', ' ', '9007199254740993', 'Infinity', '1_000'])(
    'TrueFoundry offset=%j answers 422 naming offset, never a 500',
    async (offset) => {
      const response = await list(tf, path, { offset });
      expect(response.status).toBe(422);
      expect(JSON.stringify(response.body)).toContain('offset');
    },
  );

  it('still takes plain decimals, exponents included, and answers them as numbers', async () => {
    for (const offset of ['0', '10', '1e1', '007']) {
      const response = await list(tf, path, { offset });
      expect(response.status).toBe(200);
      expect(typeof (response.body as { pagination: { offset: unknown } }).pagination.offset).toBe('number');
    }
  });

  it("answers LakeSail's documented 400 for a hex limit", async () => {
    const response = await list(createApp({ apis: [lakesail], strict: true }), '/api/org/v1/service-accounts', { limit: '0x10' });
    expect(response.status).toBe(400);
  });
});
