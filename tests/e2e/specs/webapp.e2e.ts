import { browser, expect, $ } from '@wdio/globals';
import { clickInShadow, extensionPage, openAndWait, readVigie, setUserOptions, shadowExists, waitForVigie } from '../support/vigie';

/**
 * Zoom's current web app (tests/fixtures/zoom/webapp-*.html, from ../shared/research/zoom-markup.md §2):
 * the pre-join screen runs in `<iframe id="webclient" class="pwa-webclient__iframe">` (same origin), reached
 * from the 2026 launch page through `zoom.us/wc/join/<n>` → 302 → `app.zoom.us/wc/join/<n>` → `/wc/<n>/join`.
 * Vigie runs in that frame: the tab shows one panel (the top page's), the "warn" confirmation appears in
 * the frame where Join was clicked, and the frame's rules count in the tab's badge and popup.
 */

const MEETING = '85012345678';

/** Vigie's panels in this document's `#vigie-root` (the panel is the shadow root's complementary region). */
function panelsHere(): Promise<number> {
  return browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelectorAll('aside.panel').length ?? 0);
}

async function intoWebClient(): Promise<void> {
  await browser.switchToFrame(null);
  const frame = await $('iframe#webclient');
  await frame.waitForExist({ timeoutMsg: 'no iframe#webclient in the web app' });
  await browser.switchToFrame(frame);
}

async function joins(): Promise<number> {
  return browser.execute(() => Number(document.body.getAttribute('data-joins') ?? 'NaN'));
}

async function openWebAppFromLaunchPage(): Promise<void> {
  await openAndWait(`https://zoom.us/j/${MEETING}?fixture=join-launch-2026`, 'join');
  await $('#join-from-browser').click();
  await browser.waitUntil(async () => (await browser.getUrl()).startsWith(`https://app.zoom.us/wc/${MEETING}/join`), {
    timeout: 10000,
    timeoutMsg: 'the redirect chain did not end on app.zoom.us/wc/<n>/join',
  });
  await waitForVigie((s) => s.present && s.context === 'webclient', 'Vigie in the web app (top page)', 10000);
}

describe('Zoom web app: the pre-join screen in its iframe', () => {
  beforeEach(async () => {
    await browser.switchToFrame(null);
    await setUserOptions(null); // no acknowledgement left from another spec
  });

  afterEach(async () => {
    await browser.switchToFrame(null);
  });

  it('asks first in "warn" mode in the frame, "continue" joins exactly once, and the tab shows one panel', async () => {
    await openWebAppFromLaunchPage();
    expect(await browser.getUrl()).toContain('fromPWA=1');
    expect(await panelsHere()).toBe(1);

    await intoWebClient();
    const frameState = await waitForVigie((s) => s.present && s.context === 'webclient' && s.rules.includes('identify-participants'), 'Vigie in the web client frame', 10000);
    expect(frameState.rules).toEqual(expect.arrayContaining(['no-personal-data', 'identify-participants']));
    expect(await panelsHere()).toBe(0);

    await $('#input-for-name').setValue('Claire Martin');
    await $('button.preview-join-button').click();
    await browser.waitUntil(() => shadowExists('[data-vigie-confirm]'), { timeoutMsg: 'no confirmation in the frame before Join' });
    expect(await joins()).toBe(0);

    // The confirmation is in the frame only; the top page still has its one panel and no dialog.
    await browser.switchToFrame(null);
    expect(await shadowExists('[data-vigie-confirm]')).toBe(false);
    expect(await panelsHere()).toBe(1);

    await intoWebClient();
    await clickInShadow('[data-vigie-confirm-continue]');
    await browser.waitUntil(async () => (await joins()) === 1, { timeoutMsg: 'Join was not performed after "continue"' });
    await browser.pause(600);
    expect(await joins()).toBe(1);
    expect(await shadowExists('[data-vigie-confirm]')).toBe(false);
    expect(await $('#meeting-app').isDisplayed()).toBe(true);
  });

  it('leaves the frames that are not the service\'s alone (a tracking pixel, an ad slot)', async () => {
    await browser.url(`https://app.zoom.us/wc/${MEETING}/join?fromPWA=1`);
    await waitForVigie((s) => s.present && s.context === 'webclient', 'Vigie in the web app');
    await browser.pause(500);
    const others = await browser.execute(() =>
      Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe:not(#webclient)')).map((f) => ({
        id: f.id,
        vigie: !!f.contentDocument?.getElementById('vigie-root'),
      })),
    );
    expect(others.map((o) => o.id).sort()).toEqual(['banner-frame', 'pixel-frame']);
    expect(others.filter((o) => o.vigie)).toEqual([]);
    // One panel in the whole tab.
    const total = await browser.execute(() => {
      const count = (d: Document | null | undefined) => d?.getElementById('vigie-root')?.shadowRoot?.querySelectorAll('aside.panel').length ?? 0;
      return count(document) + Array.from(document.querySelectorAll('iframe')).reduce((n, f) => n + count(f.contentDocument), 0);
    });
    expect(total).toBe(1);
  });

  it('does not ask at the web app\'s "Join Meeting" window: it only opens the pre-join screen, where Vigie asks', async () => {
    await openAndWait('https://app.zoom.us/wc/home', 'webclient');
    await $('#home-join').click();
    await $('#join-meeting-modal-meeting-id').setValue(MEETING);
    await $('.join-meeting-modal [aria-label="Join"]').click();
    expect(await shadowExists('[data-vigie-confirm]')).toBe(false);
    await browser.waitUntil(async () => (await browser.getUrl()).includes(`/wc/${MEETING}/join`), { timeoutMsg: 'the Join Meeting window did not open the meeting' });
    await intoWebClient();
    await waitForVigie((s) => s.present && s.context === 'webclient', 'Vigie in the web client frame', 10000);
  });

  it("counts the frame's rules in the tab's badge and popup", async () => {
    await browser.url(`https://app.zoom.us/wc/${MEETING}/join?fromPWA=1`);
    const top = await waitForVigie((s) => s.present && s.context === 'webclient' && s.rules.length > 0, 'Vigie in the web app');
    await intoWebClient();
    await waitForVigie((s) => s.context === 'webclient' && s.rules.length > 0, 'Vigie in the frame', 10000);
    // Sensitive data typed in the frame only.
    await $('#input-for-name').setValue('Suivi PAI de Léa');
    const frame = await waitForVigie((s) => s.rules.includes('sensitive-data-detected'), 'sensitive-data-detected in the frame');
    await browser.switchToFrame(null);
    expect((await readVigie()).rules).not.toContain('sensitive-data-detected');

    const pageHandle = await browser.getWindowHandle();
    const { handle } = await browser.createWindow('tab');
    await browser.switchToWindow(handle);
    await browser.url(extensionPage('src/options/index.html'));
    const tabId = await browser.executeAsync((done: (id: number | null) => void) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query: (q: object, cb: (tabs: Array<{ id?: number }>) => void) => void } } }).chrome;
      c.tabs.query({ url: 'https://app.zoom.us/*' }, (tabs) => done(tabs[0]?.id ?? null));
    });
    expect(tabId).not.toBeNull();
    const expected = new Set([...top.rules, ...frame.rules]).size;
    await browser.waitUntil(
      async () =>
        (await browser.executeAsync((id: number, done: (t: string) => void) => {
          const c = (globalThis as unknown as { chrome: { action: { getBadgeText: (d: { tabId: number }, cb: (t: string) => void) => void } } }).chrome;
          c.action.getBadgeText({ tabId: id }, done);
        }, tabId!)) === String(expected),
      { timeout: 5000, timeoutMsg: `the badge does not count the frame's rules (expected ${expected})` },
    );
    await browser.url(extensionPage(`src/popup/index.html?tabId=${tabId}`));
    await browser.waitUntil(async () => (await browser.execute(() => document.querySelector('main')?.getAttribute('data-vigie-popup'))) === 'tab', {
      timeoutMsg: 'the popup did not describe the tab',
    });
    const popupRules = await browser.execute(() => Array.from(document.querySelectorAll('[data-vigie-warnings] [data-rule]')).map((el) => el.getAttribute('data-rule')));
    expect(popupRules).toContain('sensitive-data-detected');
    expect(popupRules).toContain('identify-participants');
    await browser.closeWindow();
    await browser.switchToWindow(pageHandle);
  });
});
