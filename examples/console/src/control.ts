import { createRemoteControl, type RemoteControl } from '../../../src/control/remote-control.js';
import type { Target } from './config.js';

export { ControlError } from '../../../src/control/control.js';
export type { RemoteControl };

/**
 * The QA controls: samock's typed control client (src/control/remote-control.ts) over the
 * HTTP control plane (specs/control.yaml). The same calls work in the page (the msw worker
 * answers /__control on the page's own origin) and against a server, so the console needs
 * no second code path.
 */
export function createConsoleControl(target: Target): RemoteControl {
  return createRemoteControl(target.kind === 'server' ? target.baseUrl : '');
}
