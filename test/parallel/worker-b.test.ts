import { it } from 'vitest';
import { runInOwnSession } from './run-in-session.js';

it('worker B, sharing one server with worker A through sessions, sees only its own data', () => runInOwnSession('b', 'a'), 30_000);
