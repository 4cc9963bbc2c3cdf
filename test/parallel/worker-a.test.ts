import { it } from 'vitest';
import { runInOwnSession } from './run-in-session.js';

it('worker A, sharing one server with worker B through sessions, sees only its own data', () => runInOwnSession('a', 'b'), 30_000);
