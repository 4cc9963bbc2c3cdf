// Checks the package users install, not the repository: builds it, packs it as `npm publish`
// would, lists what the tarball holds (and refuses tests, tools or sources in it), then
// runs publint and @arethetypeswrong/cli on it. Run by `npm test`; prints the tarball's size
// and file count (the README quotes them).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (command, args, options = {}) => {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error(`check-package: ${command} ${args.join(' ')} failed (exit ${result.status}).`);
    process.exit(1);
  }
  return result.stdout;
};

run(process.execPath, ['scripts/build.mjs', '--clean'], { stdio: 'inherit' });
const out = mkdtempSync(join(tmpdir(), 'samock-pack-'));
try {
  const [packed] = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', out]));
  const shipped = /^(dist\/(src|mocks|contracts)\/|bin\/samock\.mjs$|specs\/[a-z0-9-]+\.yaml$|README\.md$|LICENSE$|package\.json$)/;
  const stray = packed.files.map((file) => file.path).filter((path) => !shipped.test(path) || /\.test\.|\.ts$(?<!\.d\.ts)/.test(path));
  if (stray.length) {
    console.error(`check-package: the tarball holds files users should not get:\n  ${stray.join('\n  ')}`);
    process.exit(1);
  }
  const tarball = join(
    out,
    readdirSync(out).find((name) => name.endsWith('.tgz')),
  );
  run('npx', ['--no-install', 'publint', '--strict'], { stdio: 'inherit' });
  const vendors = readdirSync('mocks', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `./vendors/${entry.name}`);
  // ESM only, on purpose (Node ≥ 20.19 can require() it anyway): CommonJS and node10 resolution are not checked.
  run('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--format', 'table-flipped', '--include-entrypoints', ...vendors], {
    stdio: 'inherit',
  });
  console.log(
    `check-package: ${packed.filename}: ${(packed.size / 1024).toFixed(0)} KB packed, ${(packed.unpackedSize / 1024).toFixed(0)} KB unpacked, ` +
      `${packed.entryCount} files.`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
