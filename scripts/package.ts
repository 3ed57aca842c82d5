/**
 * `npm run package`: the store packages, in `packages/` (git-ignored).
 *
 * - `vigie-chrome-<version>.zip` — Chrome Web Store and Edge Add-ons: the Chrome build, whose manifest
 *   loses the development `key` (the stores give the id; the unpacked build keeps the key and its id).
 * - `vigie-firefox-<version>.zip` — addons.mozilla.org: the Firefox build (`vite build --mode firefox`),
 *   checked with `web-ext lint` (any error stops the packaging).
 * - `vigie-sources-<version>.zip` — the sources AMO asks for when the code is bundled and minified, with
 *   the build instructions (SOURCES.md).
 * - `vigie-admx-<version>.zip` — the Group Policy templates (ADMX, ADML fr-FR/en-US) for Chrome and Edge,
 *   generated from the managed schema for the manifest's extension id (scripts/package/admx.ts).
 * - `SHA256SUMS` — one line per package.
 *
 * Each build goes to its own folder under `packages/build/`, so `dist/` (the unpacked build others use)
 * is never touched. The archives are reproducible (sorted entries, fixed dates).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readManifestIds } from './policy/ids';
import { admxKitEntries } from './package/admx';
import { storeManifest, type ManifestLike } from './package/manifest';
import { zip, type ZipEntry } from './package/zip';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'packages');
const BUILD = join(OUT, 'build');

/** What the sources archive holds: everything the build reads, nothing else (no keys, tests, builds). */
const SOURCE_ENTRIES = [
  'manifest.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'README.md',
  'public',
  'src',
  'scripts/package',
  'scripts/package.ts',
  'scripts/policy',
];
/** Never in any archive, whatever the folders hold. */
const FORBIDDEN = [/(^|\/)\.env/, /\.pem$/i, /\.key$/i, /\.crx$/i, /(^|\/)keys\//, /\.map$/, /(^|\/)\.DS_Store$/, /(^|\/)node_modules\//];

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? 'signal'})`);
}

function bin(name: string): string {
  return join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
}

function files(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path, base));
    else out.push(relative(base, path).split(sep).join('/'));
  }
  return out;
}

function entriesOf(dir: string, prefix = ''): ZipEntry[] {
  return files(dir).map((path) => ({ path: `${prefix}${path}`, data: readFileSync(join(dir, path)) }));
}

function checkEntries(name: string, entries: readonly ZipEntry[]): void {
  const bad = entries.filter((e) => FORBIDDEN.some((re) => re.test(e.path)));
  if (bad.length) throw new Error(`${name} would contain forbidden files: ${bad.map((e) => e.path).join(', ')}`);
}

function write(name: string, entries: ZipEntry[]): string {
  checkEntries(name, entries);
  const path = join(OUT, name);
  writeFileSync(path, zip(entries));
  return path;
}

function sourcesReadme(version: string, node: string): string {
  return `# Vigie ${version} — sources

Build of the Firefox package (\`vigie-firefox-${version}.zip\`) from these sources:

1. Node.js ${node} or newer (engines: see package.json), npm 10.
2. \`npm ci\`
3. \`npm run build:firefox\`

The result is \`dist-firefox/\`; its files are those of the package, byte for byte.
The Chrome/Edge package is \`npm run build\` (\`dist/\`) with the manifest's development \`key\` removed.
Everything in \`src/\` is TypeScript/TSX bundled by Vite (@crxjs/vite-plugin); there is no remote code,
no obfuscation, and no network request of the extension's own.
`;
}

function main(): void {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; engines?: { node?: string } };
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as ManifestLike & { version: string };
  if (manifest.version !== pkg.version) throw new Error(`manifest.json version ${manifest.version} ≠ package.json version ${pkg.version}`);
  const version = manifest.version;

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(BUILD, { recursive: true });
  const chromeDir = join(BUILD, 'chrome');
  const firefoxDir = join(BUILD, 'firefox');

  console.log('• Chrome/Edge build');
  run(bin('vite'), ['build', '--outDir', chromeDir, '--emptyOutDir', '--logLevel', 'warn']);
  const chromeManifestPath = join(chromeDir, 'manifest.json');
  const built = JSON.parse(readFileSync(chromeManifestPath, 'utf8')) as ManifestLike;
  writeFileSync(chromeManifestPath, `${JSON.stringify(storeManifest(built), null, 2)}\n`);

  console.log('• Firefox build');
  run(bin('vite'), ['build', '--mode', 'firefox', '--outDir', firefoxDir, '--emptyOutDir', '--logLevel', 'warn']);
  console.log('• web-ext lint');
  run(bin('web-ext'), ['lint', '--source-dir', firefoxDir, '--no-config-discovery']);

  const outputs = [
    write(`vigie-chrome-${version}.zip`, entriesOf(chromeDir)),
    write(`vigie-firefox-${version}.zip`, entriesOf(firefoxDir)),
  ];

  const sources: ZipEntry[] = [];
  for (const entry of SOURCE_ENTRIES) {
    const path = join(ROOT, entry);
    if (!existsSync(path)) continue;
    if (statSync(path).isDirectory()) sources.push(...entriesOf(path, `${entry}/`));
    else sources.push({ path: entry, data: readFileSync(path) });
  }
  sources.push({ path: 'SOURCES.md', data: Buffer.from(sourcesReadme(version, (pkg.engines?.node ?? '>=20').replace(/^>=/, ''))) });
  outputs.push(write(`vigie-sources-${version}.zip`, sources));
  outputs.push(write(`vigie-admx-${version}.zip`, admxKitEntries(readManifestIds())));

  rmSync(BUILD, { recursive: true, force: true });
  const sums = outputs.map((path) => `${createHash('sha256').update(readFileSync(path)).digest('hex')}  ${relative(OUT, path)}`);
  writeFileSync(join(OUT, 'SHA256SUMS'), `${sums.join('\n')}\n`);
  console.log('\nPackages (packages/):');
  for (const path of outputs) console.log(`  ${relative(ROOT, path)}  ${(statSync(path).size / 1024).toFixed(1)} KiB`);
  console.log('  packages/SHA256SUMS');
}

main();
