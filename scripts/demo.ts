// `npm run demo`: build Vigie, start the local replicas of Zoom and Discord, and open Chromium with Vigie
// loaded and those hosts mapped to the replicas. With a display: a window on the demo's start page until
// it is closed. Without one (a server, CI): a headless walk of every scenario that writes screenshots and
// a gallery to demo-output/ and fails when a warning Vigie should show does not appear.
// Flags: `npm run demo -- --help` (scripts/demo/args.ts).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DemoArgsError, USAGE, parseDemoArgs } from './demo/args';
// @ts-expect-error plain ES module shared with scripts/start.mjs (no type declarations)
import { hasDisplay } from './browser.mjs';

const repoRoot = resolve(import.meta.dirname, '..');

async function main(): Promise<number> {
  let options;
  try {
    options = parseDemoArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (error instanceof DemoArgsError) {
      console.error(`npm run demo: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }

  const display = (hasDisplay as () => boolean)();
  if (options.mode === 'interactive' && !display) {
    console.error('npm run demo: --interactive needs a display (DISPLAY or WAYLAND_DISPLAY); drop it to walk the scenarios headless.');
    return 2;
  }
  const walk = options.mode === 'walk' || (options.mode === 'auto' && !display);
  if (options.updateDocs && !walk) {
    console.error('npm run demo: --update-docs comes with the headless walk: add --walk.');
    return 2;
  }

  const dist = resolve(repoRoot, options.dist);
  if (options.build) {
    const inDist = dist === resolve(repoRoot, 'dist');
    const args = inDist ? ['run', 'build'] : ['run', 'build', '--', '--outDir', dist, '--emptyOutDir'];
    console.log(`Building Vigie into ${inDist ? 'dist/' : dist}…`);
    const build = spawnSync('npm', args, { cwd: repoRoot, stdio: 'inherit', shell: process.platform === 'win32' });
    if (build.status !== 0) {
      console.error('npm run demo: the build failed (see above).');
      return build.status ?? 1;
    }
  }
  // tests/e2e/support/chromium.ts reads VIGIE_DIST when it loads: set it before importing the runner.
  process.env.VIGIE_DIST = dist;
  const { runDemo, cleanup, DemoFailure } = await import('./demo/run');
  try {
    return await runDemo({ options, walk, repoRoot });
  } catch (error) {
    if (error instanceof DemoFailure) console.error(`\nnpm run demo: ${error.message}`);
    else console.error(`\nnpm run demo failed: ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join('\n') : String(error)}`);
    return 1;
  } finally {
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
