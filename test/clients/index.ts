import { correctLakesailClient } from './lakesail/correct.js';
import { mistakenLakesailClient } from './lakesail/mistaken.js';
import { correctLyveClient } from './lyve/correct.js';
import { mistakenLyveClient } from './lyve/mistaken.js';
import { correctNscaleClient } from './nscale/correct.js';
import { mistakenNscaleClient } from './nscale/mistaken.js';
import { correctTruefoundryClient } from './truefoundry/correct.js';
import { mistakenTruefoundryClient } from './truefoundry/mistaken.js';
import { correctWavefrontClient } from './wavefront/correct.js';
import { mistakenWavefrontClient } from './wavefront/mistaken.js';
import type { ClientOptions } from './call.js';

export type ExampleClient = (base: string, options?: ClientOptions) => Promise<void>;

/** The two example clients of each API, by API id. */
export const exampleClients: Record<string, { correct: ExampleClient; mistaken: ExampleClient }> = {
  lyve: { correct: correctLyveClient, mistaken: mistakenLyveClient },
  lakesail: { correct: correctLakesailClient, mistaken: mistakenLakesailClient },
  nscale: { correct: correctNscaleClient, mistaken: mistakenNscaleClient },
  wavefront: { correct: correctWavefrontClient, mistaken: mistakenWavefrontClient },
  truefoundry: { correct: correctTruefoundryClient, mistaken: mistakenTruefoundryClient },
};
