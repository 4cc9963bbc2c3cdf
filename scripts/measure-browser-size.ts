/**
 * How big a page that starts samock's in-browser mocks is: the pages in
 * test/fixtures/browser-pages (one vendor, all five, and msw alone for the floor), each built
 * for production with Vite (its defaults, and with rolldown's inlineConst off) and with
 * esbuild, raw and gzipped (level 9), and which inputs the bytes come from.
 *
 *   npx tsx scripts/measure-browser-size.ts            # the table and the top 15 inputs per build
 *   npx tsx scripts/measure-browser-size.ts --top 40   # more inputs
 *   npx tsx scripts/measure-browser-size.ts --json     # the figures as JSON
 *
 * Sizes are of what the page loads when it starts (entry and static imports); chunks loaded
 * only on demand are listed apart.
 */
import { BUNDLERS, buildPage, packageOf, PAGES, type BrowserBundle, type PageName } from './browser-bundle.js';

const args = process.argv.slice(2);
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 15;
const asJson = args.includes('--json');

const bytes = (count: number) => `${count.toLocaleString('en')} (${(count / 1024).toFixed(1)} KB)`;

const bundles: BrowserBundle[] = [];
for (const page of Object.keys(PAGES) as PageName[]) {
  for (const bundler of BUNDLERS) bundles.push(await buildPage(page, bundler));
}

if (asJson) {
  const figures = bundles.map(({ page, bundler, files, rawBytes, gzipBytes, lazyGzipBytes, contributors }) => ({
    page,
    bundler,
    rawBytes,
    gzipBytes,
    lazyGzipBytes,
    files,
    top: contributors.slice(0, top),
  }));
  console.log(JSON.stringify(figures, null, 2));
} else {
  console.log(`${'page'.padEnd(12)}${'bundler'.padEnd(22)}${'raw bytes'.padStart(22)}${'gzip -9 bytes'.padStart(22)}   lazy chunks (gzip)`);
  for (const b of bundles) {
    const lazy = b.files.filter((file) => !file.initial);
    const lazyText = lazy.length ? `${lazy.length}: ${bytes(b.lazyGzipBytes)}` : '-';
    console.log(`${b.page.padEnd(12)}${b.bundler.padEnd(22)}${bytes(b.rawBytes).padStart(22)}${bytes(b.gzipBytes).padStart(22)}   ${lazyText}`);
  }
  for (const b of bundles) {
    const byPackage = new Map<string, number>();
    for (const { path, bytes: count } of b.contributors) byPackage.set(packageOf(path), (byPackage.get(packageOf(path)) ?? 0) + count);
    console.log(`\n${b.page} / ${b.bundler}: biggest inputs (characters of the minified output, every file, from the source maps)`);
    for (const { path, bytes: count } of b.contributors.slice(0, top)) console.log(`${count.toLocaleString('en').padStart(10)}  ${path}`);
    console.log('  by package:');
    for (const [name, count] of [...byPackage].sort((x, y) => y[1] - x[1]).slice(0, top)) console.log(`${count.toLocaleString('en').padStart(10)}  ${name}`);
  }
}
