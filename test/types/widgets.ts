/**
 * A made-up API of a user's own, to show its route table gets the same checks as the
 * vendors': its spec, and the `operations` interface openapi-typescript would generate for it,
 * written here by hand (same shape: `parameters`, `requestBody`, `responses` keyed by status).
 */
import { defineErrors, type OpenApiDocument } from 'samock';

export interface Widget {
  id: number;
  name: string;
  size: number;
  tags: string[];
}

export interface WidgetError {
  message: string;
}

interface ErrorResponse {
  headers: { [name: string]: unknown };
  content: { 'application/json': WidgetError };
}

export interface operations {
  listWidgets: {
    parameters: {
      query?: {
        /** integer, default 10 */
        limit?: number;
        /** boolean */
        verbose?: boolean;
        /** array of strings (one value arrives as a list of one) */
        tag?: string[];
        /** string */
        name?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { 'application/json': { items: Widget[]; verbose: boolean } } };
      default: ErrorResponse;
    };
  };
  getWidget: {
    parameters: {
      query?: never;
      header?: never;
      path: { widgetId: number };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { 'application/json': Widget } };
      400: ErrorResponse;
      404: ErrorResponse;
      '5XX': ErrorResponse;
    };
  };
  createWidget: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody: { content: { 'application/json': { name: string; size: number } } };
    responses: {
      201: { headers: { [name: string]: unknown }; content: { 'application/json': Widget } };
      400: ErrorResponse;
      409: { headers: { [name: string]: unknown }; content?: never };
    };
  };
  tagWidget: {
    parameters: { query?: never; header?: never; path: { widgetId: number }; cookie?: never };
    requestBody?: { content: { 'application/json': string[] } };
    responses: {
      204: { headers: { [name: string]: unknown }; content?: never };
      400: ErrorResponse;
      404: ErrorResponse;
    };
  };
  ping: {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    requestBody?: never;
    responses: {
      200: { headers: { [name: string]: unknown }; content: { 'text/plain': string } };
    };
  };
}

const errorSchema = { type: 'object', required: ['message'], properties: { message: { type: 'string' } } };
const widgetSchema = {
  type: 'object',
  required: ['id', 'name', 'size', 'tags'],
  properties: { id: { type: 'integer' }, name: { type: 'string' }, size: { type: 'integer' }, tags: { type: 'array', items: { type: 'string' } } },
};
const error = { description: 'An error', content: { 'application/json': { schema: errorSchema } } };
const widgetId = { name: 'widgetId', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } } as const;

/** The spec `operations` above was written from. */
export const spec: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Widgets', version: '1' },
  servers: [{ url: 'https://widgets.example/v1' }],
  security: [{ user: [] }],
  components: { securitySchemes: { user: { type: 'apiKey', in: 'header', name: 'x-user' } } },
  paths: {
    '/widgets': {
      get: {
        operationId: 'listWidgets',
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, default: 10 } },
          { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
          { name: 'tag', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
          { name: 'name', in: 'query', schema: { type: 'string' } },
        ],
        responses: {
          '200': {
            description: 'A page',
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['items', 'verbose'],
                  properties: { items: { type: 'array', items: widgetSchema }, verbose: { type: 'boolean' } },
                },
              },
            },
          },
          default: error,
        },
      },
      post: {
        operationId: 'createWidget',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name', 'size'],
                additionalProperties: false,
                properties: { name: { type: 'string' }, size: { type: 'integer' } },
              },
            },
          },
        },
        responses: {
          '201': { description: 'Created', content: { 'application/json': { schema: widgetSchema } } },
          '400': error,
          '409': { description: 'Name taken' },
        },
      },
    },
    '/widgets/{widgetId}': {
      get: {
        operationId: 'getWidget',
        parameters: [widgetId],
        responses: {
          '200': { description: 'The widget', content: { 'application/json': { schema: widgetSchema } } },
          '400': error,
          '404': error,
          '5XX': error,
        },
      },
    },
    '/widgets/{widgetId}/tags': {
      put: {
        operationId: 'tagWidget',
        parameters: [widgetId],
        requestBody: { content: { 'application/json': { schema: { type: 'array', items: { type: 'string' } } } } },
        responses: { '204': { description: 'Tagged' }, '400': error, '404': error },
      },
    },
    '/ping': {
      get: { operationId: 'ping', security: [], responses: { '200': { description: 'Pong', content: { 'text/plain': { schema: { type: 'string' } } } } } },
    },
  },
};

export interface WidgetStore {
  widgets: Map<number, Widget>;
  nextId: number;
}

export const createWidgetStore = (): WidgetStore => ({ widgets: new Map(), nextId: 1 });

export const widgetErrors = defineErrors({ body: ({ message }) => ({ message }), defaults: {} });

export interface WidgetPrincipal {
  user: string;
}

/** Who calls: the `x-user` header (no checks: a made-up API). */
export const authenticateWidgetUser = (headers: Record<string, string | undefined>): WidgetPrincipal => ({ user: headers['x-user'] ?? 'anonymous' });
