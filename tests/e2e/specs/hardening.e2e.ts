import { browser, $, expect } from '@wdio/globals';
import { clickInShadow, countPageClicks, extensionPage, openAndWait, pageClicks, readVigie, setUserOptions, shadowExists, waitForVigie } from '../support/vigie';
import { stopServiceWorker } from '../support/worker';

/**
 * What a hostile or buggy page cannot do to Vigie, and what the browser's own life cycle must not break:
 * - a page script posting messages or dispatching made-up events changes neither Vigie's state nor its
 *   settings;
 * - expired acknowledgements leave storage;
 * - the service worker stopped by the browser (Manifest V3 stops it when idle) never breaks a page.
 */

const STORED_KEYS = ['vigie.userOptions', 'vigie.acknowledgements', 'vigie.managedPolicyCache', 'vigie.effectiveConfig'];
const HOUR = 3_600_000;

type Chrome = { storage: { local: { get: (k: string[] | null) => Promise<Record<string, unknown>>; set: (v: object) => Promise<void> } } };

/** Vigie's storage, read from one of its pages in a tab of its own (then back to the page under test). */
async function readStorage(keys: string[] | null = STORED_KEYS): Promise<Record<string, unknown>> {
  const original = await browser.getWindowHandle();
  const { handle } = await browser.createWindow('tab');
  await browser.switchToWindow(handle);
  try {
    await browser.url(extensionPage('src/options/index.html'));
    return await browser.executeAsync((k: string[] | null, done: (v: Record<string, unknown>) => void) => {
      void (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(k).then(done);
    }, keys);
  } finally {
    await browser.closeWindow();
    await browser.switchToWindow(original);
  }
}

const has = (rule: string) => (s: { rules: string[] }) => s.rules.includes(rule);

describe('The page cannot drive Vigie', () => {
  before(async () => {
    await setUserOptions(null);
  });

  it('messages and made-up events from a page script change neither the warnings nor the settings', async () => {
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    await $('label.zoom-radio[data-value="pmi"]').click();
    const before = await waitForVigie(has('no-pmi'), 'no-pmi after choosing the PMI');
    const storedBefore = await readStorage();

    // Everything a page could try, with the shapes of Vigie's own internal messages and plausible names.
    await browser.execute(() => {
      const payloads: unknown[] = [
        { type: 'vigie:set-options', options: { profile: 'ac-aix-marseille' } },
        { type: 'vigie:acknowledge', keys: ['zoom:no-pmi', 'zoom:no-personal-data', 'zoom:no-sensitive-data'] },
        { type: 'vigie:get-config' },
        { type: 'vigie:tab-state', rules: [], worstSeverity: null },
        { type: 'vigie:blocked-continue', service: 'zoom' },
        { source: 'vigie', disable: true },
        'vigie:disable',
      ];
      for (const p of payloads) window.postMessage(p, '*');
      const names = ['vigie:acknowledge', 'vigie:disable', 'vigie-settings', 'vigie', 'acknowledge', 'message'];
      const root = document.getElementById('vigie-root');
      for (const name of names) {
        for (const target of [window, document, document.documentElement, root].filter(Boolean) as EventTarget[]) {
          target.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: { profile: 'ac-aix-marseille', rules: [] } }));
        }
      }
      // …and over the page's own channels.
      const channel = new BroadcastChannel('vigie');
      channel.postMessage({ type: 'vigie:acknowledge', keys: ['zoom:no-pmi'] });
      channel.close();
    });
    // Vigie updates within 300 ms of any change (SPEC): give it well over that, then nothing must have moved.
    await browser.pause(800);
    const after = await readVigie();
    expect(after.context).toBe(before.context);
    expect(after.rules.slice().sort()).toEqual(before.rules.slice().sort());
    expect(after.shownRules.slice().sort()).toEqual(before.shownRules.slice().sort());
    expect(await readStorage()).toEqual(storedBefore);
  });
});

describe('Acknowledgements', () => {
  it('expired acknowledgements are removed from storage; live ones stay', async () => {
    await setUserOptions(null);
    const now = Date.now();
    const original = await browser.getWindowHandle();
    const { handle } = await browser.createWindow('tab');
    await browser.switchToWindow(handle);
    await browser.url(extensionPage('src/options/index.html'));
    await browser.executeAsync((acks: Record<string, number>, done: () => void) => {
      void (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ 'vigie.acknowledgements': acks }).then(() => done());
    }, { 'zoom:no-personal-data': now - HOUR, 'zoom:identify-participants': now - 48 * HOUR, 'discord:minor-consent': now - 30 * HOUR });
    await browser.closeWindow();
    await browser.switchToWindow(original);

    // The service worker sees the change and drops what is older than the 24 h default lifetime.
    let acks: Record<string, number> = {};
    await browser.waitUntil(
      async () => {
        acks = ((await readStorage(['vigie.acknowledgements']))['vigie.acknowledgements'] ?? {}) as Record<string, number>;
        return Object.keys(acks).length === 1;
      },
      { timeout: 10000, interval: 200, timeoutMsg: `expired acknowledgements stayed in storage: ${JSON.stringify(acks)}` },
    );
    expect(Object.keys(acks)).toEqual(['zoom:no-personal-data']);
    await setUserOptions(null);
  });
});

describe('The service worker stopped by the browser never breaks a page', () => {
  before(async () => {
    await setUserOptions(null);
  });

  it('form change, confirmation before Save, popup and a new page all work after the worker was stopped', async () => {
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    await waitForVigie(has('no-public-links'), 'the schedule reminders');
    expect(await stopServiceWorker()).toBe(true);

    // The page keeps reading the form and asking before Save.
    await countPageClicks('#schedule-save');
    await $('label.zoom-radio[data-value="pmi"]').click();
    await waitForVigie(has('no-pmi'), 'no-pmi with the worker stopped');
    await $('#schedule-save').click();
    await browser.waitUntil(() => shadowExists('[data-vigie-confirm]'), { timeoutMsg: 'no confirmation before Save with the worker stopped' });
    expect(await pageClicks()).toBe(0);
    await clickInShadow('[data-vigie-confirm-continue]');
    await $('#scheduled-view').waitForDisplayed({ timeoutMsg: 'the meeting was not saved after "Continuer quand même"' });
    expect(await pageClicks()).toBe(1);

    // The popup, opened while the worker is stopped, describes the tab.
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    await $('label.zoom-radio[data-value="pmi"]').click();
    await waitForVigie(has('no-pmi'), 'no-pmi');
    await stopServiceWorker();
    const pageHandle = await browser.getWindowHandle();
    const { handle } = await browser.createWindow('tab');
    await browser.switchToWindow(handle);
    await browser.url(extensionPage('src/popup/index.html'));
    const tabId = await browser.executeAsync((done: (id: number | null) => void) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<Array<{ id?: number }>> } } }).chrome;
      void c.tabs.query({ url: 'https://zoom.us/*' }).then((tabs) => done(tabs[0]?.id ?? null));
    });
    expect(tabId).not.toBeNull();
    await stopServiceWorker();
    await browser.url(extensionPage(`src/popup/index.html?tabId=${tabId}`));
    await browser.waitUntil(
      () => browser.execute(() => Array.from(document.querySelectorAll('[data-rule]')).some((el) => el.getAttribute('data-rule') === 'no-pmi')),
      { timeout: 5000, timeoutMsg: 'the popup did not show the tab’s warnings with the worker stopped' },
    );
    await browser.closeWindow();
    await browser.switchToWindow(pageHandle);

    // A new page, the worker stopped again: Vigie marks it.
    await stopServiceWorker();
    await openAndWait('https://zoom.us/j/85012345678', 'join');
    await waitForVigie(has('identify-participants'), 'the join reminders on a new page with the worker stopped', 10000);
  });
});
