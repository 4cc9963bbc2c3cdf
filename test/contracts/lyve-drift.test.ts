import { contract } from '../../contracts/lyve.contract.js';
import { describeDrifts } from './drift-harness.js';
import { lyveDrifts as drifts } from './lyve-drifts.js';

describeDrifts(contract, drifts, { readyAfterMs: 50, leaksCredential: (reason) => /"secret":"[A-Za-z0-9]{40}"/.test(reason) });
