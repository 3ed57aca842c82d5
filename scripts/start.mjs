// `npm start`: build Vigie, then open Chromium (or Chrome) with the unpacked build loaded, in a fresh
// profile, on Zoom's sign-up page.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findBrowser, hasDisplay } from './browser.mjs';

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const browser = findBrowser();
if (!browser) {
  console.error('No Chromium or Chrome found. Install one (Debian: `sudo apt-get install chromium`) or set CHROMIUM_BINARY.');
  console.error('You can also load the unpacked build by hand: chrome://extensions → Developer mode → "Load unpacked" → dist/.');
  process.exit(1);
}
if (!hasDisplay()) {
  console.error('No display available (DISPLAY/WAYLAND_DISPLAY unset): cannot open a browser window here.');
  console.error('Use `npm run demo` instead: without a display it walks every scenario headless and writes screenshots.');
  process.exit(1);
}

const dist = resolve('dist');
const profile = mkdtempSync(join(tmpdir(), 'vigie-profile-'));
console.log(`Opening ${browser} with Vigie loaded (profile ${profile})…`);
const child = spawn(
  browser,
  [
    `--user-data-dir=${profile}`,
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-first-run',
    '--no-default-browser-check',
    'https://zoom.us/signup',
  ],
  { stdio: 'ignore', detached: true },
);
child.unref();
