/**
 * Type tests for typed route tables (src/core/typed-routes.ts): checked by `npx tsc --noEmit`
 * (tsconfig includes test/), nothing here runs. Each `@ts-expect-error` must meet an error on
 * the line below it, or tsc reports the directive as unused: so every one proves that a
 * mistake is a compile error, and the lines without one that correct usage compiles.
 */
import { expectTypeOf } from 'vitest';
import {
  createMock,
  defineApi,
  type ApiContext,
  type ApiDefinition,
  type InputOf,
  type OperationBody,
  type OperationInput,
  type OperationParams,
  type OperationQuery,
  type OperationResult,
  type Resolver,
  type ResolverInput,
  type ResolverResult,
  type ResultHeaders,
  type ResultOf,
  type StatusOfKey,
  type TypedResolver,
  type TypedRoutes,
} from 'samock';
import { lakesail } from '../../mocks/lakesail/index.js';
import { routes as lakesailRoutes } from '../../mocks/lakesail/routes.js';
import type { LakesailStore } from '../../mocks/lakesail/store.js';
import type { operations as LakesailOperations } from '../../mocks/lakesail/types.js';
import { lyve } from '../../mocks/lyve/index.js';
import { routes as lyveRoutes } from '../../mocks/lyve/routes.js';
import type { LyveStore } from '../../mocks/lyve/store.js';
import type { components as LyveComponents, operations as LyveOperations } from '../../mocks/lyve/types.js';
import { nscale } from '../../mocks/nscale/index.js';
import type { NscalePrincipal } from '../../mocks/nscale/auth.js';
import { routes as nscaleRoutes } from '../../mocks/nscale/routes.js';
import type { NscaleStore } from '../../mocks/nscale/store.js';
import type { operations as NscaleOperations } from '../../mocks/nscale/types.js';
import { truefoundry } from '../../mocks/truefoundry/index.js';
import { routes as truefoundryRoutes } from '../../mocks/truefoundry/routes.js';
import type { TruefoundryStore } from '../../mocks/truefoundry/store.js';
import type { operations as TruefoundryOperations } from '../../mocks/truefoundry/types.js';
import { wavefront } from '../../mocks/wavefront/index.js';
import type { WavefrontPrincipal } from '../../mocks/wavefront/auth.js';
import { routes as wavefrontRoutes } from '../../mocks/wavefront/routes.js';
import type { WavefrontStore } from '../../mocks/wavefront/store.js';
import type { operations as WavefrontOperations } from '../../mocks/wavefront/types.js';
import {
  authenticateWidgetUser,
  createWidgetStore,
  spec,
  widgetErrors,
  type operations,
  type Widget,
  type WidgetError,
  type WidgetPrincipal,
  type WidgetStore,
} from './widgets.js';

type Ctx = ApiContext<WidgetStore>;
declare const ctx: Ctx;
declare const widget: Widget;

// ── what is derived from an operation ───────────────────────────────────────

// Path parameters with the spec's types (ajv coerced `integer` to a number); none is an empty object.
expectTypeOf<OperationParams<operations['getWidget']>>().toEqualTypeOf<{ widgetId: number }>();
expectTypeOf<OperationParams<operations['listWidgets']>>().toEqualTypeOf<Record<never, never>>();
// Query parameters as coerced: integer → number, boolean → boolean, array → list; optional as declared.
expectTypeOf<OperationQuery<operations['listWidgets']>>().toEqualTypeOf<{ limit?: number; verbose?: boolean; tag?: string[]; name?: string }>();
expectTypeOf<OperationQuery<operations['getWidget']>>().toEqualTypeOf<Record<never, never>>();
// The body: the JSON schema's type; `| undefined` when not required; `undefined` when there is none.
expectTypeOf<OperationBody<operations['createWidget']>>().toEqualTypeOf<{ name: string; size: number }>();
expectTypeOf<OperationBody<operations['tagWidget']>>().toEqualTypeOf<string[] | undefined>();
expectTypeOf<OperationBody<operations['ping']>>().toEqualTypeOf<undefined>();
// The whole input, principal and operationId included.
expectTypeOf<InputOf<operations, 'getWidget', WidgetPrincipal>>().toEqualTypeOf<OperationInput<operations['getWidget'], WidgetPrincipal, 'getWidget'>>();
expectTypeOf<InputOf<operations, 'getWidget', WidgetPrincipal>['principal']>().toEqualTypeOf<WidgetPrincipal | undefined>();
expectTypeOf<InputOf<operations, 'getWidget'>['operationId']>().toEqualTypeOf<'getWidget'>();
expectTypeOf<InputOf<operations, 'getWidget'>['headers']>().toEqualTypeOf<Record<string, string | undefined>>();

// Results: one member per documented response, its status a literal, its body that response's type.
expectTypeOf<ResultOf<operations, 'createWidget'>>().toEqualTypeOf<
  | { status: 201; body: Widget; headers?: ResultHeaders }
  | { status: 400; body: WidgetError; headers?: ResultHeaders }
  | { status: 409; body?: undefined; headers?: ResultHeaders }
>();
expectTypeOf<ResultOf<operations, 'ping'>>().toEqualTypeOf<{ status: 200; body: string; headers?: ResultHeaders }>();
expectTypeOf<OperationResult<operations['tagWidget']>>().toEqualTypeOf<
  | { status: 204; body?: undefined; headers?: ResultHeaders }
  | { status: 400; body: WidgetError; headers?: ResultHeaders }
  | { status: 404; body: WidgetError; headers?: ResultHeaders }
>();
// Range keys stand for their hundred statuses; `default` for any error status (400–599), as the self-check reads it.
expectTypeOf<StatusOfKey<'5XX'>>().toMatchTypeOf<number>();
expectTypeOf<500 | 503 | 599>().toMatchTypeOf<StatusOfKey<'5XX'>>();
expectTypeOf<600>().not.toMatchTypeOf<StatusOfKey<'5XX'>>();
expectTypeOf<499>().not.toMatchTypeOf<StatusOfKey<'5XX'>>();
expectTypeOf<400 | 418 | 599>().toMatchTypeOf<StatusOfKey<'default'>>();
expectTypeOf<200>().not.toMatchTypeOf<StatusOfKey<'default'>>();
expectTypeOf<StatusOfKey<200>>().toEqualTypeOf<200>();
// A status documented on its own keeps its body; its range and `default` cover the rest only.
interface Layered {
  op: {
    responses: {
      404: { content: { 'application/problem+json': { missing: string } } };
      '4XX': { content: { 'application/json': { client: string } } };
      default: { content: { 'application/json': { other: string } } };
    };
  };
}
/** The body a result union allows at one status. */
type BodyAt<Result, Status extends number> = Result extends { status: infer S; body?: infer B } ? (Status extends S ? B : never) : never;
expectTypeOf<BodyAt<ResultOf<Layered, 'op'>, 404>>().toEqualTypeOf<{ missing: string }>();
expectTypeOf<BodyAt<ResultOf<Layered, 'op'>, 409>>().toEqualTypeOf<{ client: string }>();
expectTypeOf<BodyAt<ResultOf<Layered, 'op'>, 503>>().toEqualTypeOf<{ other: string }>();
expectTypeOf<BodyAt<ResultOf<Layered, 'op'>, 200>>().toEqualTypeOf<never>();
expectTypeOf<StatusOfKey<'201'>>().toEqualTypeOf<201>();

// ── a user's API: a correct table compiles ──────────────────────────────────

const widgetRoutes: TypedRoutes<operations, WidgetStore, WidgetPrincipal> = {
  listWidgets: ({ query, principal }, { store }) => {
    expectTypeOf(query.limit).toEqualTypeOf<number | undefined>();
    expectTypeOf(query.verbose).toEqualTypeOf<boolean | undefined>();
    expectTypeOf(principal).toEqualTypeOf<WidgetPrincipal | undefined>();
    const tags = query.tag ?? [];
    const items = [...store.widgets.values()].filter((w) => tags.every((tag) => w.tags.includes(tag))).slice(0, query.limit ?? 10);
    return { status: 200, body: { items, verbose: query.verbose ?? false } };
  },
  getWidget: ({ params }, { store }) => {
    const found = store.widgets.get(params.widgetId);
    return found ? { status: 200, body: found } : { status: 404, body: { message: `No widget ${params.widgetId}.` } };
  },
  createWidget: async ({ body }, { store }) => {
    const taken = await Promise.resolve([...store.widgets.values()].some((w) => w.name === body.name));
    if (taken) return { status: 409 };
    const created: Widget = { id: store.nextId++, name: body.name, size: body.size, tags: [] };
    store.widgets.set(created.id, created);
    return { status: 201, body: created, headers: { location: `/widgets/${created.id}` } };
  },
  tagWidget: ({ params, body }, { store }) => {
    const found = store.widgets.get(params.widgetId);
    if (!found) return { status: 404, body: { message: 'No such widget.' } };
    found.tags = body ?? [];
    return { status: 204 };
  },
  ping: () => ({ status: 200, body: 'pong' }),
};

// A declared table: defineApi infers the operations from it (and Store and Principal as ever).
const widgets = defineApi({
  id: 'widgets',
  title: 'Widgets',
  spec,
  createStore: createWidgetStore,
  routes: widgetRoutes,
  errors: widgetErrors,
  authenticate: authenticateWidgetUser,
});
// An inline table: the three types spelled out, every resolver contextually typed.
const inline = defineApi<WidgetStore, WidgetPrincipal, operations>({
  id: 'widgets',
  title: 'Widgets',
  spec,
  createStore: createWidgetStore,
  errors: widgetErrors,
  authenticate: authenticateWidgetUser,
  routes: {
    listWidgets: (input) => ({ status: 200, body: { items: [], verbose: input.query.verbose === true } }),
    getWidget: (input) => ({ status: 404, body: { message: `No widget ${input.params.widgetId + 0}.` } }),
    createWidget: (input) => ({ status: 201, body: { id: 1, name: input.body.name, size: input.body.size, tags: [] } }),
    tagWidget: () => ({ status: 204 }),
    ping: () => ({ status: 200, body: 'pong' }),
  },
});
// A typed definition is the plain runtime value: it goes wherever an ApiDefinition goes, no cast.
expectTypeOf(widgets).toEqualTypeOf<ApiDefinition<WidgetStore, WidgetPrincipal>>();
expectTypeOf(inline).toEqualTypeOf<ApiDefinition<WidgetStore, WidgetPrincipal>>();
const apis: ApiDefinition[] = [widgets, inline, lyve, nscale, lakesail, truefoundry, wavefront];
createMock({ apis: [widgets, lyve] });
void apis;

// ── a user's API: mistakes are compile errors ───────────────────────────────

const { listWidgets, getWidget, createWidget, tagWidget, ping } = widgetRoutes;

// A misspelled operationId.
export const misspelled: TypedRoutes<operations, WidgetStore, WidgetPrincipal> = {
  listWidgets,
  getWidget,
  createWidget,
  tagWidget,
  // @ts-expect-error 'pingg' is no operation of the spec
  pingg: ping,
};

// A missing resolver.
// @ts-expect-error Property 'ping' is missing
export const missing: TypedRoutes<operations, WidgetStore, WidgetPrincipal> = { listWidgets, getWidget, createWidget, tagWidget };

// An extra or misspelled resolver given to defineApi inline.
defineApi<WidgetStore, WidgetPrincipal, operations>({
  id: 'widgets',
  title: 'Widgets',
  spec,
  createStore: createWidgetStore,
  errors: widgetErrors,
  routes: {
    ...widgetRoutes,
    // @ts-expect-error 'deleteWidget' is no operation of the spec
    deleteWidget: () => ({ status: 204 }),
  },
});

// A body property used as the wrong type.
export const wrongBodyType: TypedResolver<operations['createWidget'], WidgetStore> = ({ body }) => {
  // @ts-expect-error size is an integer, not a string
  const size: string = body.size;
  // @ts-expect-error no such property in the body
  void body.colour;
  return { status: 201, body: { ...widget, name: size } };
};
// A body that may be absent, used as if always there.
export const optionalBody: TypedResolver<operations['tagWidget'], WidgetStore> = ({ body }) => {
  // @ts-expect-error tagWidget's body is optional
  void body.length;
  return { status: 204 };
};
// No body documented: there is none to read.
export const noBody: TypedResolver<operations['ping'], WidgetStore> = ({ body }) => {
  // @ts-expect-error ping documents no request body
  void body.length;
  return { status: 200, body: 'pong' };
};

// Query and path values used as text where the spec says integer or boolean.
export const queryAsText: TypedResolver<operations['listWidgets'], WidgetStore> = ({ query }) => {
  // @ts-expect-error limit is an integer (ajv coerced it), not a string
  void query.limit?.toUpperCase();
  // @ts-expect-error verbose is a boolean, not a string
  const verbose: string | undefined = query.verbose;
  // @ts-expect-error tag is a list, not a string
  const tag: string | undefined = query.tag;
  // @ts-expect-error no such query parameter
  void query.offset;
  void verbose;
  void tag;
  return { status: 200, body: { items: [], verbose: false } };
};
export const pathAsText: TypedResolver<operations['getWidget'], WidgetStore> = ({ params }) => {
  // @ts-expect-error widgetId is an integer, not a string
  void params.widgetId.toUpperCase();
  // @ts-expect-error no such path parameter
  void params.id;
  return { status: 200, body: widget };
};

// Answers the spec does not document.
// @ts-expect-error 202 is not a documented status of getWidget
export const undocumentedStatus: TypedResolver<operations['getWidget'], WidgetStore> = () => ({ status: 202, body: widget });
// @ts-expect-error the 200 body is a Widget, not a list of them
export const wrongResultBody: TypedResolver<operations['getWidget'], WidgetStore> = () => ({ status: 200, body: [widget] });
// @ts-expect-error the 200 body's id is an integer
export const wrongResultField: TypedResolver<operations['getWidget'], WidgetStore> = () => ({ status: 200, body: { ...widget, id: 'w1' } });
// @ts-expect-error the 404 body is the error shape, not a Widget
export const wrongErrorBody: TypedResolver<operations['getWidget'], WidgetStore> = () => ({ status: 404, body: widget });
// @ts-expect-error 204 documents no content
export const bodyWhereNone: TypedResolver<operations['tagWidget'], WidgetStore> = () => ({ status: 204, body: 'done' });
// @ts-expect-error 201 documents a body: it may not be left out
export const missingBody: TypedResolver<operations['createWidget'], WidgetStore> = () => ({ status: 201 });
// @ts-expect-error ping answers text
export const textAsJson: TypedResolver<operations['ping'], WidgetStore> = () => ({ status: 200, body: { pong: true } });
// @ts-expect-error an async resolver is held to the same answers
export const asyncWrong: TypedResolver<operations['createWidget'], WidgetStore> = async () => ({ status: 200, body: await Promise.resolve(widget) });
// @ts-expect-error a status the 5XX range does not cover
export const outOfRange: TypedResolver<operations['getWidget'], WidgetStore> = () => ({ status: 600, body: { message: 'x' } });
// …while any 5XX status with the error body is documented.
export const inRange: TypedResolver<operations['getWidget'], WidgetStore> = () => ({ status: 503, body: { message: 'Try later.' } });
// A helper typed by its operation is held to it where it is written.
// @ts-expect-error listWidgets' 200 requires `verbose`
export const helperResult = (): ResultOf<operations, 'listWidgets'> => ({ status: 200, body: { items: [] } });
// `default` documents errors at any error status, in the error's shape only.
export const defaultAnswer = (): ResultOf<operations, 'listWidgets'> => ({ status: 418, body: { message: 'teapot' } });
// @ts-expect-error a `default` answer still has the error's body
export const defaultWrongBody = (): ResultOf<operations, 'listWidgets'> => ({ status: 418, body: { items: [] } });
// @ts-expect-error `default` stands for errors: a success must be documented on its own
export const defaultSuccess = (): ResultOf<operations, 'listWidgets'> => ({ status: 201, body: { message: 'created' } });
// @ts-expect-error …and a documented success keeps its own body
export const successAsError = (): ResultOf<operations, 'listWidgets'> => ({ status: 200, body: { message: 'fine' } });

// ── the five vendors: their tables are typed, and held to their specs ───────

expectTypeOf(lyveRoutes).toEqualTypeOf<TypedRoutes<LyveOperations, LyveStore>>();
expectTypeOf(nscaleRoutes).toEqualTypeOf<TypedRoutes<NscaleOperations, NscaleStore, NscalePrincipal>>();
expectTypeOf(lakesailRoutes).toEqualTypeOf<TypedRoutes<LakesailOperations, LakesailStore>>();
expectTypeOf(truefoundryRoutes).toEqualTypeOf<TypedRoutes<TruefoundryOperations, TruefoundryStore>>();
expectTypeOf(wavefrontRoutes).toEqualTypeOf<TypedRoutes<WavefrontOperations, WavefrontStore, WavefrontPrincipal>>();
expectTypeOf(lyve).toEqualTypeOf<ApiDefinition<LyveStore, { token: string }>>();
expectTypeOf(nscale).toEqualTypeOf<ApiDefinition<NscaleStore, NscalePrincipal>>();
expectTypeOf(wavefront).toEqualTypeOf<ApiDefinition<WavefrontStore, WavefrontPrincipal>>();

type LyveSchemas = LyveComponents['schemas'];
expectTypeOf<InputOf<LyveOperations, 'createToken'>['body']>().toEqualTypeOf<LyveSchemas['TokenRequest']>();
expectTypeOf<InputOf<LyveOperations, 'getPermission'>['params']>().toEqualTypeOf<{ permissionId: string }>();
expectTypeOf<InputOf<LyveOperations, 'listServiceAccounts'>['query']>().toEqualTypeOf<{ name?: string }>();
expectTypeOf<InputOf<LyveOperations, 'enableServiceAccount'>['body']>().toEqualTypeOf<undefined>();
expectTypeOf<InputOf<NscaleOperations, 'createServiceAccount', NscalePrincipal>['principal']>().toEqualTypeOf<NscalePrincipal | undefined>();
expectTypeOf<InputOf<TruefoundryOperations, 'listVirtualAccounts'>['query']['isExpired']>().toEqualTypeOf<boolean | undefined>();
expectTypeOf<InputOf<TruefoundryOperations, 'listVirtualAccounts'>['query']['ownedByTeams']>().toEqualTypeOf<string[] | undefined>();
expectTypeOf<InputOf<WavefrontOperations, 'getAllAccounts'>['query']['limit']>().toEqualTypeOf<number | undefined>();
expectTypeOf<InputOf<WavefrontOperations, 'validateAccounts'>['body']>().toEqualTypeOf<string[] | undefined>();
expectTypeOf<InputOf<LakesailOperations, 'listServiceAccounts'>['query']['limit']>().toEqualTypeOf<number | undefined>();

export const lyveMistakes: Partial<TypedRoutes<LyveOperations, LyveStore>> = {
  // @ts-expect-error Lyve's TokenRequest has no `password`
  createToken: ({ body }) => ({ status: 200, body: { token: body.password, expirationSec: 60 } }),
  // @ts-expect-error a Lyve update answers 200 with a text confirmation, not 204
  updatePermission: () => ({ status: 204 }),
  // @ts-expect-error the text confirmation is text
  deletePermission: () => ({ status: 200, body: { deleted: true } }),
};
export const truefoundryMistakes: Partial<TypedRoutes<TruefoundryOperations, TruefoundryStore>> = {
  listVirtualAccounts: ({ query }) => {
    // @ts-expect-error isExpired arrives as a boolean (ajv coerced `true`), not the text
    if (query.isExpired === 'true') throw new Error('unreachable');
    // @ts-expect-error limit arrives as an integer
    void query.limit?.trim();
    return { status: 200, body: { data: [], pagination: { total: 0, offset: query.offset ?? 0, limit: query.limit ?? 100 } } };
  },
};
export const wavefrontMistakes: Partial<TypedRoutes<WavefrontOperations, WavefrontStore, WavefrontPrincipal>> = {
  // @ts-expect-error Wavefront's answers are enveloped: the bare list is not documented
  getAllServiceAccounts: () => ({ status: 200, body: [] }),
};

// ── untyped definitions work as before ──────────────────────────────────────

const untyped = defineApi({
  id: 'untyped',
  title: 'No generated types',
  spec,
  createStore: createWidgetStore,
  errors: widgetErrors,
  routes: {
    listWidgets: (input, { store }) => {
      expectTypeOf(input).toEqualTypeOf<ResolverInput<unknown>>();
      expectTypeOf(input.query.limit).toEqualTypeOf<string | string[] | undefined>();
      return { status: 200, body: { items: [...store.widgets.values()], verbose: false } };
    },
    getWidget: (input) => ({ status: 404, body: { message: `No widget ${input.params.widgetId}.` } }),
    createWidget: (input) => ({ status: 201, body: input.body }),
    tagWidget: () => ({ status: 204 }),
    ping: () => ({ status: 200, body: 'pong' }),
  },
});
expectTypeOf(untyped).toEqualTypeOf<ApiDefinition<WidgetStore, unknown>>();
expectTypeOf(untyped.routes).toEqualTypeOf<Record<string, Resolver<WidgetStore, unknown>>>();
// A typed definition's routes, erased, take any validated request, as the pipeline calls them.
expectTypeOf(widgets.routes.getWidget!).parameter(0).toEqualTypeOf<ResolverInput<WidgetPrincipal>>();
expectTypeOf(widgets.routes.getWidget!).returns.toEqualTypeOf<ResolverResult | Promise<ResolverResult>>();
// An untyped resolver is still held to ResolverResult.
// @ts-expect-error a status is a number
defineApi({ id: 'untyped', title: 'Untyped', spec, createStore: createWidgetStore, errors: widgetErrors, routes: { ping: () => ({ status: 'ok' }) } });
// …and spreading a definition's routes into an untyped one still works (tests do this).
defineApi({ ...lyve, routes: { ...lyve.routes, createToken: () => ({ status: 200, body: { token: 't', expirationSec: 1 } }) } });

void ctx;
