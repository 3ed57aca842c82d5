import { browser, expect } from '@wdio/globals';
import { FIXTURE_ROUTES, resolveFixture } from '../../fixtures/routes';
import { EXTENSION_ID } from '../support/chromium';
import {
  blockedAttempts,
  CdpObserver,
  networkViolations,
  packagedFileUrls,
  reloadExtension,
  restartWithDeveloperMode,
  waitForExtension,
  type ObservedRequest,
} from '../support/network';
import { extensionPage, waitForVigie } from '../support/vigie';

/**
 * "Vigie collects nothing and sends nothing: no network request of its own, ever" (SPEC). Every request
 * the browser makes is observed through the DevTools protocol — tabs, extension pages, the extension's
 * service worker — while a person would use Vigie everywhere it acts: each replica page (typing and
 * clicking), the popup, the options page, the block interstitial. The extension is reloaded first, so its
 * service worker's start-up and `onInstalled` are observed from their first line.
 */

/** One real URL per replica page (a route no URL here reaches fails the coverage test below). */
const FIXTURE_URLS: Record<string, string> = {
  'schedule-fr': 'https://zoom.us/meeting/schedule',
  'schedule-en': 'https://us02web.zoom.us/meeting/schedule?fixture=schedule-en',
  'schedule-legacy-en': 'https://zoom.us/meeting/85012345678/edit?fixture=schedule-legacy-en',
  'schedule-renamed-en': 'https://zoom.us/meeting/schedule?fixture=schedule-renamed-en',
  'signup-fr': 'https://zoom.us/signup',
  'signup-en': 'https://zoom.us/freesignup?fixture=signup-en',
  signin: 'https://zoom.us/signin',
  'webclient-join-fr': 'https://app.zoom.us/wc/85012345678/join',
  'webclient-join-en': 'https://zoom.us/wc/join/85012345678?fixture=webclient-join-en',
  'join-launch': 'https://grenoble-inp.zoom.us/j/85012345678?pwd=abc',
  'join-launch-2026': 'https://zoom.us/j/85012345678?fixture=join-launch-2026',
  'webclient-redirect': 'https://zoom.us/wc/join/85012345678?ref_from=launch&fromPWA=1',
  'webapp-join': 'https://app.zoom.us/wc/85012345678/join?fromPWA=1',
  'webapp-prejoin-en': 'https://app.zoom.us/wc/85012345678/join?from=pwa',
  'webapp-home': 'https://app.zoom.us/wc/home',
  meetings: 'https://zoom.us/meeting#/upcoming',
  'settings-fr': 'https://zoom.us/profile/setting?tab=recording',
  'settings-en': 'https://zoom.com/profile/setting?fixture=settings-en',
  'settings-2026-en': 'https://zoom.us/profile/setting?tab=recording&fixture=settings-2026-en',
  recordings: 'https://zoom.us/recording',
  download: 'https://zoom.us/download',
  portal: 'https://zoomgov.com/',
  'discord-register': 'https://discord.com/register',
  'discord-login': 'https://discordapp.com/login',
  'discord-app': 'https://discord.com/channels/@me',
};

/** Text that makes the content script work: the scanner finds health data and an e-mail address. */
const TYPED = 'Suivi PAI de Lucas, parent: jean.dupont@gmail.com';

/** Types into the first visible text field and clicks the first visible button that submits nothing. */
async function useThePage(): Promise<void> {
  const field = await browser.$('input[type="email"], input[type="text"], input:not([type]), textarea, [contenteditable="true"]');
  if (await field.isExisting()) {
    if (await field.isDisplayed()) {
      await field.click();
      await browser.keys(TYPED.split(''));
    }
  }
  // A click anywhere in the page (Vigie listens to clicks): the page body, never a link or a submit.
  await browser.execute(() => document.body.dispatchEvent(new MouseEvent('click', { bubbles: true })));
}

describe('Vigie makes no network request of its own', () => {
  let observer: CdpObserver;
  let packaged: Set<string>;

  before(async () => {
    packaged = packagedFileUrls();
    await restartWithDeveloperMode();
    observer = await CdpObserver.connect();
    const workers = () => observer.targets().filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${EXTENSION_ID}/`)).length;
    const before = workers();
    await reloadExtension();
    await browser.waitUntil(() => workers() > before, { timeout: 10000, timeoutMsg: "the reloaded extension's service worker was not observed" });
    await waitForExtension();
  });

  after(async () => {
    await observer?.close();
  });

  it('has one real URL for every replica page', () => {
    expect(Object.keys(FIXTURE_URLS).sort()).toEqual(FIXTURE_ROUTES.map((r) => r.name).sort());
    for (const [name, url] of Object.entries(FIXTURE_URLS)) expect(resolveFixture(new URL(url))?.name).toBe(name);
  });

  it('sees the requests it must judge (self-test of the observer and the judgement)', async () => {
    await browser.url('https://zoom.us/');
    await waitForVigie((s) => s.present, '#vigie-root on https://zoom.us/');
    // The page itself calls another host: the guard must see it and call it a violation.
    await browser.execute(() => {
      void fetch('https://tracker.invalid/collect?probe=1').catch(() => undefined);
    });
    await browser.waitUntil(() => observer.requests.some((r) => r.url.startsWith('https://tracker.invalid/')), {
      timeout: 5000,
      timeoutMsg: 'the probe request was not observed',
    });
    const probe = observer.requests.filter((r) => r.url.startsWith('https://tracker.invalid/'));
    expect(networkViolations(probe, packaged)).toHaveLength(1);
    // And the same request attributed to the content script or to the service worker is a violation.
    const fromContentScript: ObservedRequest = { ...probe[0]!, initiatorUrls: [`chrome-extension://${EXTENSION_ID}/src/content/main.iife.js`] };
    const fromWorker: ObservedRequest = { ...probe[0]!, target: { type: 'service_worker', url: `chrome-extension://${EXTENSION_ID}/service-worker-loader.js` } };
    expect(networkViolations([fromContentScript, fromWorker], packaged)).toHaveLength(2);
    // The scanner module by its dynamic URL is a packaged file when Vigie's content script loads it; the same
    // URL asked by the page, or another file by a dynamic URL, is not.
    const scannerModule: ObservedRequest = {
      ...probe[0]!,
      url: 'chrome-extension://de14bbd6-9d52-4789-aa90-565fa473c234/src/content/scanner.js',
      initiatorUrls: [`chrome-extension://${EXTENSION_ID}/src/content/main.iife.js`],
    };
    expect(networkViolations([scannerModule], packaged)).toEqual([]);
    const notPackaged = [{ ...scannerModule, initiatorUrls: [] }, { ...scannerModule, url: scannerModule.url.replace('src/content/scanner.js', 'manifest.json') }];
    expect(networkViolations(notPackaged, packaged)).toHaveLength(2);
    observer.requests.length = 0;
  });

  it('requests nothing while every replica page, the popup, the options page and the interstitial are used', async () => {
    const visited: string[] = [];
    for (const url of Object.values(FIXTURE_URLS)) {
      await browser.url(url);
      await waitForVigie((s) => s.present && !!s.context, `#vigie-root with a context on ${url}`, 10000);
      await useThePage();
      // Let the scanner (debounced) and the report to the service worker run.
      await browser.pause(300);
      visited.push(url);
    }
    // Everything Vigie shows outside pages, as a person opens it; the popup describes the last page's tab
    // (it asks that tab's content script for its state).
    const pageTab = await browser.getWindowHandle();
    const pages = [
      'src/popup/index.html',
      'src/options/index.html',
      'src/blocked/index.html?service=zoom&url=https://zoom.us/signup',
    ];
    for (const path of pages) {
      const { handle } = await browser.createWindow('tab');
      await browser.switchToWindow(handle);
      await browser.url(extensionPage(path));
      if (path.startsWith('src/popup/')) {
        const tabId = await browser.executeAsync((done: (id: number | null) => void) => {
          const c = (globalThis as unknown as { chrome: { tabs: { query: (q: object, cb: (tabs: Array<{ id?: number }>) => void) => void } } }).chrome;
          c.tabs.query({ url: 'https://discord.com/*' }, (tabs) => done(tabs[0]?.id ?? null));
        });
        expect(tabId).not.toBeNull();
        await browser.url(extensionPage(`${path}?tabId=${tabId}`));
      }
      await browser.waitUntil(async () => browser.execute(() => document.readyState === 'complete' && !!document.querySelector('main, [data-vigie-blocked]')), {
        timeout: 5000,
        timeoutMsg: `${path} did not render`,
      });
      await browser.pause(500);
      await browser.closeWindow();
      await browser.switchToWindow(pageTab);
      visited.push(path);
    }
    // Trailing work of the service worker (badge, storage events).
    await browser.pause(1000);

    const problems = [...networkViolations(observer.requests, packaged), ...blockedAttempts(observer.errors)];
    expect(problems).toEqual([]);
    // The observation really covered Vigie: its pages loaded their packaged files, and every replica page
    // was requested.
    expect(observer.requests.some((r) => r.url.startsWith(`chrome-extension://${EXTENSION_ID}/assets/`))).toBe(true);
    for (const url of Object.values(FIXTURE_URLS)) {
      const bare = url.split('#', 1)[0]!;
      expect(observer.requests.some((r) => r.url === bare || r.url === `${bare}/` || r.url.startsWith(bare))).toBe(true);
    }
    expect(visited).toHaveLength(Object.keys(FIXTURE_URLS).length + 3);
  });
});
