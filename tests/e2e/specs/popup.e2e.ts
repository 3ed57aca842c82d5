import { browser, expect, $ } from '@wdio/globals';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROFILES } from '../../../src/policies';
import { extensionPage, openAndWait, waitForVigie } from '../support/vigie';

/**
 * The toolbar popup, opened as a page with `?tabId=<n>` naming the tab it describes. The tab's id is
 * read with chrome.tabs.query from an extension page.
 */
const POPUP = 'src/popup/index.html';
const SCREENSHOTS = resolve(process.cwd(), 'docs/screenshots');


/** Opens an extension page in a new tab (a WebDriver-created tab: web pages may not open extension pages). */
async function openExtensionTab(path: string): Promise<void> {
  const { handle } = await browser.createWindow('tab');
  await browser.switchToWindow(handle);
  await browser.url(extensionPage(path));
}

interface PopupState {
  kind: string | null;
  statuses: Array<{ service: string | null; status: string | null; text: string }>;
  rules: string[];
  openCount: number | null;
  alternatives: string[];
  alternativeLinks: Array<{ href: string; target: string; rel: string }>;
  contacts: string;
  optionsLink: string | null;
  lang: string;
}

async function readPopup(): Promise<PopupState> {
  return browser.execute(() => {
    const main = document.querySelector('main');
    return {
      kind: main?.getAttribute('data-vigie-popup') ?? null,
      statuses: Array.from(document.querySelectorAll('[data-vigie-status]')).map((el) => ({
        service: el.getAttribute('data-service'),
        status: el.getAttribute('data-vigie-status'),
        text: el.querySelector('.status')?.textContent ?? '',
      })),
      rules: Array.from(document.querySelectorAll('[data-rule]')).map((el) => el.getAttribute('data-rule') ?? ''),
      openCount: document.querySelector('[data-vigie-warnings]') ? Number(document.querySelector('[data-vigie-warnings]')?.getAttribute('data-vigie-warnings')) : null,
      alternatives: Array.from(document.querySelectorAll('[data-alternative]')).map((el) => el.getAttribute('data-alternative') ?? ''),
      alternativeLinks: Array.from(document.querySelectorAll<HTMLAnchorElement>('[data-alternative] a')).map((a) => ({ href: a.href, target: a.target, rel: a.rel })),
      contacts: document.querySelector('.contacts')?.textContent ?? '',
      optionsLink: document.querySelector('[data-vigie-options-link]')?.getAttribute('href') ?? null,
      lang: document.documentElement.lang,
    };
  });
}

/** Opens an extension page in a new window and returns the id of the first tab matching `pattern`. */
async function openPopupFor(pattern: string | null): Promise<number | null> {
  await openExtensionTab(POPUP);
  const id = await browser.executeAsync((p: string | null, done: (id: number | null) => void) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query: (q: object, cb: (tabs: Array<{ id?: number; url?: string }>) => void) => void; getCurrent: (cb: (tab?: { id?: number }) => void) => void } } }).chrome;
    c.tabs.getCurrent((self) => {
      c.tabs.query(p ? { url: p } : {}, (tabs) => {
        const others = tabs.filter((t) => t.id !== self?.id && (p !== null || t.url === undefined || !t.url.startsWith('chrome-extension:')));
        done(others[0]?.id ?? null);
      });
    });
  }, pattern);
  if (id === null) throw new Error(`No tab matches ${pattern ?? 'a plain tab'}`);
  await browser.url(extensionPage(`${POPUP}?tabId=${id}`));
  await browser.waitUntil(async () => (await readPopup()).kind !== 'loading', { timeout: 5000, timeoutMsg: 'popup still loading' });
  return id;
}

async function badgeText(tabId: number): Promise<string> {
  return browser.executeAsync((id: number, done: (text: string) => void) => {
    const c = (globalThis as unknown as { chrome: { action: { getBadgeText: (d: { tabId: number }, cb: (t: string) => void) => void } } }).chrome;
    c.action.getBadgeText({ tabId: id }, done);
  }, tabId);
}

async function closeExtraWindows(): Promise<void> {
  const handles = await browser.getWindowHandles();
  for (const handle of handles.slice(1)) {
    await browser.switchToWindow(handle);
    await browser.closeWindow();
  }
  await browser.switchToWindow(handles[0] as string);
}

async function panelAlternatives(): Promise<string[]> {
  return browser.execute(() =>
    Array.from(document.getElementById('vigie-root')?.shadowRoot?.querySelectorAll('[data-alternative]') ?? []).map((el) => el.getAttribute('data-alternative') ?? ''),
  );
}

describe('Popup', () => {
  afterEach(async () => {
    await closeExtraWindows();
  });

  it('describes a Zoom schedule tab: status, the same warnings as the page, alternatives, contacts', async () => {
    const page = await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    expect(page.rules.length).toBeGreaterThan(0);
    const onPage = await panelAlternatives();
    const tabId = await openPopupFor('https://zoom.us/*');
    const popup = await readPopup();
    expect(popup.kind).toBe('tab');
    expect(popup.lang).toMatch(/^(fr|en)$/);
    const defaultZoom = PROFILES.default.stances.zoom.status;
    expect(popup.statuses).toEqual([expect.objectContaining({ service: 'zoom', status: defaultZoom })]);
    expect(popup.statuses[0]?.text.length).toBeGreaterThan(0);
    // The popup evaluates the tab's own observations: exactly the rules the page marks.
    expect([...popup.rules].sort()).toEqual([...page.rules].sort());
    expect(popup.alternatives).toEqual(PROFILES.default.alternatives.map((a) => a.id));
    expect(popup.alternatives).toEqual(onPage);
    for (const link of popup.alternativeLinks) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
    expect(popup.optionsLink).toMatch(/^chrome-extension:\/\/[a-p]{32}\/src\/options\/index\.html$/);
    // The badge counts the unacknowledged warnings the popup lists.
    await browser.waitUntil(async () => (await badgeText(tabId as number)) === String(popup.openCount), {
      timeout: 5000,
      timeoutMsg: `badge should read ${popup.openCount}`,
    });
  });

  it('opened as a tab of its own, describes the tab the person came from', async () => {
    const page = await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    await openExtensionTab(POPUP);
    await browser.waitUntil(async () => (await readPopup()).kind === 'tab', { timeoutMsg: 'the popup did not describe the Zoom tab' });
    const popup = await readPopup();
    expect([...popup.rules].sort()).toEqual([...page.rules].sort());
    expect(popup.statuses).toEqual([expect.objectContaining({ service: 'zoom' })]);
  });

  it('follows what the teacher changes in the form', async () => {
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    // Type sensitive data in the first text field the page offers: the scanner flags it.
    const typed = await browser.execute(() => {
      const field = document.querySelector<HTMLInputElement | HTMLTextAreaElement>('textarea, input[type="text"]');
      if (!field) return false;
      field.focus();
      return true;
    });
    if (!typed) return;
    await browser.keys('Conseil de classe PAI ');
    const page = await waitForVigie((s) => s.rules.includes('sensitive-data-detected'), 'sensitive-data-detected after typing');
    await openPopupFor('https://zoom.us/*');
    const popup = await readPopup();
    expect(popup.rules).toContain('sensitive-data-detected');
    expect([...popup.rules].sort()).toEqual([...page.rules].sort());
  });

  it('describes a Discord tab with the stance on Discord', async () => {
    const page = await openAndWait('https://discord.com/app', 'discord-app');
    await openPopupFor('https://discord.com/*');
    const popup = await readPopup();
    expect(popup.kind).toBe('tab');
    expect(popup.statuses).toEqual([expect.objectContaining({ service: 'discord', status: PROFILES.default.stances.discord.status })]);
    expect([...popup.rules].sort()).toEqual([...page.rules].sort());
  });

  it('on a tab of another site, shows the stance on each service and the alternatives', async () => {
    await browser.url('data:text/html,<title>Plain</title><h1>Plain page</h1>');
    const tabId = await openPopupFor(null);
    const popup = await readPopup();
    expect(popup.kind).toBe('overview');
    expect(popup.statuses.map((s) => s.service)).toEqual(['zoom', 'discord']);
    expect(popup.statuses.map((s) => s.status)).toEqual([PROFILES.default.stances.zoom.status, PROFILES.default.stances.discord.status]);
    expect(popup.rules).toEqual([]);
    expect(popup.alternatives).toEqual(PROFILES.default.alternatives.map((a) => a.id));
    expect(await badgeText(tabId as number)).toBe('');
  });

  it('clears the badge when the tab leaves the service', async () => {
    await openAndWait('https://zoom.us/j/85012345678', 'join');
    const tabId = (await openPopupFor('https://zoom.us/*')) as number;
    await browser.waitUntil(async () => (await badgeText(tabId)) !== '', { timeout: 5000, timeoutMsg: 'badge set on the join page' });
    const popupHandle = await browser.getWindowHandle();
    const [first] = await browser.getWindowHandles();
    await browser.switchToWindow(first as string);
    await browser.url('data:text/html,<title>Elsewhere</title><p>Elsewhere</p>');
    await browser.switchToWindow(popupHandle);
    await browser.waitUntil(async () => (await badgeText(tabId)) === '', { timeout: 5000, timeoutMsg: 'badge cleared after leaving Zoom' });
  });

  it('takes README screenshots of the popup and of the in-page panel', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // French first: the README shows Vigie as French teachers see it.
    await openExtensionTab(POPUP);
    await browser.executeAsync((done: () => void) => {
      const c = (globalThis as unknown as { chrome: { storage: { local: { set: (i: object, cb: () => void) => void } } } }).chrome;
      c.storage.local.set({ 'vigie.userOptions': { language: 'fr' } }, done);
    });
    await closeExtraWindows();
    await browser.setWindowSize(1280, 1800);
    await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
    await browser.waitUntil(() => browser.execute(() => !!document.getElementById('vigie-root')?.shadowRoot?.querySelector('.panel')), {
      timeout: 5000,
    });
    await browser.setWindowSize(1280, 900);
    // The panel starts as a one-line bar: open it as a teacher would.
    await browser.execute(() => {
      const toggle = document.getElementById('vigie-root')?.shadowRoot?.querySelector<HTMLElement>('.toggle');
      if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
    });
    await browser.waitUntil(
      () => browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector('.toggle')?.getAttribute('aria-expanded') !== 'false'),
      { timeout: 2000 },
    );
    const panel = await $('#vigie-root').shadow$('.panel');
    await panel.saveScreenshot(resolve(SCREENSHOTS, 'panel.png'));
    await browser.setWindowSize(1280, 2400);
    await openPopupFor('https://zoom.us/*');
    await $('body').saveScreenshot(resolve(SCREENSHOTS, 'popup.png'));
    await browser.setWindowSize(1280, 900);
  });
});
