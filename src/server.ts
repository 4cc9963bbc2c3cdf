/**
 * samock's Node-only parts: the standalone HTTP server and reading spec files.
 *
 *   import { serve } from 'samock/server'
 *   import { vendors } from 'samock/vendors'
 *   const { server } = await serve({ apis: vendors, port: 4010 })
 */
export { isLoopback, serve, type ServeOptions } from './serve.js';
export { DEFAULT_REQUEST_TIMEOUT_MS, startServer, type RunningServer, type ServerOptions } from './server/start-server.js';
export { loadSpec, parseSpec } from './core/load-spec.js';
export { selectApis } from './select-apis.js';
export { ConfigError, loadConfig, type LoadConfigOptions, type LoadedConfig } from './config/load-config.js';
export { renderSpecModule, writeSpecModule } from './config/spec-module.js';
