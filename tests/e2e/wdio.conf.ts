import { createServer } from 'node:net';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { CHROMEDRIVER_BINARY, CHROMIUM_BINARY, chromiumArgs, ensureChromium } from './support/chromium';
import { removeManagedPolicy } from './support/policy';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

// The launcher picks the port; workers inherit it through the environment.
process.env.VIGIE_FIXTURE_PORT ||= String(await freePort());
const port = Number(process.env.VIGIE_FIXTURE_PORT);
let server: FixtureServer | undefined;

export const config: WebdriverIO.Config = {
  runner: 'local',
  specs: ['./specs/**/*.e2e.ts'],
  maxInstances: 1,
  capabilities: [
    {
      browserName: 'chrome',
      'goog:chromeOptions': { binary: CHROMIUM_BINARY, args: chromiumArgs(port) },
      'wdio:chromedriverOptions': { binary: CHROMEDRIVER_BINARY },
      'wdio:enforceWebDriverClassic': true,
    },
  ],
  logLevel: 'warn',
  bail: 0,
  waitforTimeout: 5000,
  connectionRetryTimeout: 60000,
  connectionRetryCount: 2,
  framework: 'mocha',
  reporters: ['spec'],
  mochaOpts: { ui: 'bdd', timeout: 60000 },
  onPrepare: async () => {
    ensureChromium('The end-to-end tests');
    removeManagedPolicy();
    server = await startFixtureServer(port);
  },
  onComplete: async () => {
    removeManagedPolicy();
    await server?.close();
  },
};
