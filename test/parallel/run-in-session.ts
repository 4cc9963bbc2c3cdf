import { expect, inject } from 'vitest';
import { createRemoteControl } from '../../src/control/remote-control.js';
import { request } from '../helpers.js';

/**
 * What each parallel worker does against the one shared server: waits until the
 * other worker is running too, then creates the SAME account names in its own
 * session. Without isolation the second worker would get 409s and see foreign accounts.
 */
export async function runInOwnSession(me: string, other: string): Promise<void> {
  const base = `${inject('sharedServerUrl')}/v2`;
  const rendezvous = { 'x-samock-session': 'parallel-rendezvous' };
  await request(`${base}/service-accounts`, { method: 'POST', body: { name: `started ${me}`, permissions: ['default-permission'] }, headers: rendezvous });
  const deadline = Date.now() + 25_000;
  for (;;) {
    const names = (await request(`${base}/service-accounts`, { headers: rendezvous })).body.map((a: { name: string }) => a.name);
    if (names.includes(`started ${other}`)) break;
    if (Date.now() > deadline) throw new Error(`worker ${other} never started: the two files did not run in parallel`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const session = { 'x-samock-session': `parallel-${me}` };
  const statuses: number[] = [];
  for (let i = 0; i < 40; i++) {
    statuses.push(
      (await request(`${base}/service-accounts`, { method: 'POST', body: { name: `shared-name-${i}`, permissions: ['default-permission'] }, headers: session }))
        .status,
    );
  }
  expect(statuses.every((s) => s === 200)).toBe(true);
  const mine = (await request(`${base}/service-accounts`, { headers: session })).body;
  expect(mine).toHaveLength(40);
  const journal = await createRemoteControl(inject('sharedServerUrl'), { session: `parallel-${me}` }).journal.list({ operation: 'createServiceAccount' });
  expect(journal).toHaveLength(40);
  expect(journal.every((e) => e.session === `parallel-${me}`)).toBe(true);
}
