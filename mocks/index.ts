import type { ApiDefinition } from 'samock/toolkit';
import { lakesail } from './lakesail/index.js';
import { lyve } from './lyve/index.js';
import { nscale } from './nscale/index.js';
import { truefoundry } from './truefoundry/index.js';
import { wavefront } from './wavefront/index.js';

export { lakesail, lyve, nscale, truefoundry, wavefront };

/** The five vendors' APIs (`samock/vendors`). Adding one is a spec, a folder and one line here. */
export const vendors: ApiDefinition[] = [lyve, lakesail, nscale, wavefront, truefoundry];
