import type { TestProject } from 'vitest/node';
import { vendors } from '../mocks/index.js';
import { createApp } from '../src/app/create-app.js';
import { startServer } from '../src/server/start-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** One standalone server shared by every test worker (test/parallel/*). */
    sharedServerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const app = createApp({ apis: vendors, strict: true, readyAfterMs: 0 });
  const server = await startServer(app, { port: 0 });
  project.provide('sharedServerUrl', server.url);
  return () => server.close();
}
