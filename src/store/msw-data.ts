/**
 * @msw/data, the store library samock keeps records in. Its own module, so the build can
 * replace it with a pre-bundled copy (scripts/build.mjs): @msw/data imports `get`/`set`/`unset`
 * from es-toolkit/compat, a barrel of 550 modules that took ≈ 90 ms of every start-up to load.
 */
export { Collection } from '@msw/data';
