import type { ApiDefinition } from '../src/core/define-api.js';
import { lakesail } from './lakesail/index.js';
import { lyve } from './lyve/index.js';
import { nscale } from './nscale/index.js';
import { truefoundry } from './truefoundry/index.js';
import { wavefront } from './wavefront/index.js';

/** Every API samock serves. Adding one is a spec, a folder and one line here. */
export const registry: ApiDefinition[] = [lyve, lakesail, nscale, wavefront, truefoundry];
