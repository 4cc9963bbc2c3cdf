import type { ApiDefinition } from '../src/core/define-api.js';
import { lyve } from './lyve/index.js';

/** Every API samock serves. Adding one is a spec, a folder and one line here. */
export const registry: ApiDefinition[] = [lyve];
