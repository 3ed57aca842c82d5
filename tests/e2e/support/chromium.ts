import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { hostResolverRules } from './fixture-server';
import { ensureDebianPackages } from './debian';

export const CHROMIUM_BINARY = process.env.CHROMIUM_BINARY ?? '/usr/bin/chromium';
export const CHROMEDRIVER_BINARY = process.env.CHROMEDRIVER_BINARY ?? '/usr/bin/chromedriver';
/** The unpacked build under test; `VIGIE_DIST` lets parallel work use its own build folder. */
export const DIST_DIR = resolve(process.cwd(), process.env.VIGIE_DIST ?? 'dist');

/** The id Chromium gives the unpacked build, fixed by the public `key` in manifest.json. */
export const EXTENSION_ID = 'joclfhbiaggbehgkemkeefbfkginmjnk';

export function chromiumArgs(port: number, options: { headless?: boolean; extension?: boolean; userDataDir?: string } = {}): string[] {
  const { headless = true, extension = true } = options;
  if (extension && !existsSync(resolve(DIST_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${DIST_DIR}: run \`npm run build\` first.`);
  }
  return [
    ...(headless ? ['--headless=new'] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--window-size=1280,900',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${hostResolverRules(port)}`,
    ...(extension ? [`--disable-extensions-except=${DIST_DIR}`, `--load-extension=${DIST_DIR}`] : ['--disable-extensions']),
    ...(options.userDataDir ? [`--user-data-dir=${options.userDataDir}`] : []),
  ];
}

/** Debian's Chromium and ChromeDriver, installed on the spot when possible (see ensureDebianPackages). */
export function ensureChromium(what: string): void {
  ensureDebianPackages(
    [
      { binary: CHROMIUM_BINARY, pkg: 'chromium' },
      { binary: CHROMEDRIVER_BINARY, pkg: 'chromium-driver' },
    ],
    what,
  );
}
