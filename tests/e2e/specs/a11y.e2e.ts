import { browser, expect } from '@wdio/globals';
import { formatViolations, runAxe } from '../support/axe';
import { extensionPage, openAndWait, waitForVigie } from '../support/vigie';

/**
 * Accessibility of Vigie's UI: axe-core finds no violation on the popup, the options page and the
 * in-page panel (inside the open shadow root of #vigie-root), and everything works from the keyboard
 * with a visible focus.
 */
const POPUP = 'src/popup/index.html';
const OPTIONS = 'src/options/index.html';


/** Opens an extension page in a new tab (a WebDriver-created tab: web pages may not open extension pages). */
async function openExtensionTab(path: string): Promise<void> {
  const { handle } = await browser.createWindow('tab');
  await browser.switchToWindow(handle);
  await browser.url(extensionPage(path));
}

interface Focused {
  tag: string;
  text: string;
  id: string;
  inShadow: boolean;
  attrs: Record<string, string>;
  outlineStyle: string;
  outlineWidth: string;
  focusVisible: boolean;
}

/** The element that has the focus, looking through open shadow roots. */
async function focused(): Promise<Focused> {
  return browser.execute(() => {
    let el: Element | null = document.activeElement;
    let inShadow = false;
    while (el?.shadowRoot?.activeElement) {
      el = el.shadowRoot.activeElement;
      inShadow = true;
    }
    if (!el) return { tag: '', text: '', id: '', inShadow, attrs: {}, outlineStyle: '', outlineWidth: '', focusVisible: false };
    const style = getComputedStyle(el);
    const attrs: Record<string, string> = {};
    for (const a of Array.from(el.attributes)) if (a.name.startsWith('data-') || a.name === 'href' || a.name === 'class') attrs[a.name] = a.value;
    const alt = el.closest('[data-alternative]');
    if (alt) attrs['in-alternative'] = alt.getAttribute('data-alternative') ?? '';
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim().slice(0, 60),
      id: el.id,
      inShadow,
      attrs,
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      focusVisible: el.matches(':focus-visible'),
    };
  });
}

/** Presses Tab `count` times and returns what got the focus each time. */
async function tabWalk(count: number, shift = false): Promise<Focused[]> {
  const seen: Focused[] = [];
  for (let i = 0; i < count; i += 1) {
    await browser.keys(shift ? ['Shift', 'Tab'] : ['Tab']);
    seen.push(await focused());
  }
  return seen;
}

function expectVisibleFocus(item: Focused): void {
  expect({ el: `${item.tag}#${item.id} ${item.text}`, visible: item.focusVisible && item.outlineStyle !== 'none' && item.outlineWidth !== '0px' }).toEqual({
    el: `${item.tag}#${item.id} ${item.text}`,
    visible: true,
  });
}

/** Expands the in-page panel (collapsed to a bar by default) and unfolds its details, so axe sees it all. */
async function expandPanel(): Promise<void> {
  await browser.waitUntil(() => browser.execute(() => !!document.getElementById('vigie-root')?.shadowRoot?.querySelector('.toggle')), { timeout: 5000 });
  await browser.execute(() => {
    const shadow = document.getElementById('vigie-root')?.shadowRoot;
    const toggle = shadow?.querySelector<HTMLElement>('.toggle');
    if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
  });
  await browser.waitUntil(
    () => browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector('.toggle')?.getAttribute('aria-expanded') === 'true'),
    { timeout: 2000, timeoutMsg: 'panel expanded' },
  );
  await browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelectorAll('details').forEach((d) => (d.open = true)));
}

async function zoomTabId(): Promise<number> {
  return browser.executeAsync((done: (id: number) => void) => {
    const c = (globalThis as unknown as { chrome: { tabs: { query: (q: object, cb: (tabs: Array<{ id?: number }>) => void) => void } } }).chrome;
    c.tabs.query({ url: 'https://zoom.us/*' }, (tabs) => done(tabs[0]?.id ?? -1));
  });
}

async function openPopupOnZoom(url: string, context: string): Promise<void> {
  await openAndWait(url, context);
  await openExtensionTab(POPUP);
  const id = await zoomTabId();
  await browser.url(extensionPage(`${POPUP}?tabId=${id}`));
  await browser.waitUntil(async () => (await browser.execute(() => document.querySelector('main')?.getAttribute('data-vigie-popup'))) === 'tab', {
    timeout: 5000,
    timeoutMsg: 'popup describing the Zoom tab',
  });
}

async function closeExtraWindows(): Promise<void> {
  const handles = await browser.getWindowHandles();
  for (const handle of handles.slice(1)) {
    await browser.switchToWindow(handle);
    await browser.closeWindow();
  }
  await browser.switchToWindow(handles[0] as string);
}

async function setLanguage(language: 'auto' | 'fr' | 'en'): Promise<void> {
  await browser.url(extensionPage(OPTIONS));
  await browser.executeAsync((lang: string, done: () => void) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set: (i: object, cb: () => void) => void } } } }).chrome;
    c.storage.local.set({ 'vigie.userOptions': { language: lang } }, done);
  }, language);
}

describe('Accessibility', () => {
  afterEach(async () => {
    await closeExtraWindows();
  });

  it('axe-core is live (it reports a known violation)', async () => {
    await browser.url('data:text/html,<html><head><title>t</title></head><body><main><img src="x.png"><button></button></main></body></html>');
    const ids = (await runAxe()).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'html-has-lang']));
    // …inside an open shadow root too, scoped the way the panel is checked.
    await browser.execute(() => {
      const host = document.createElement('div');
      host.id = 'probe';
      document.body.append(host);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.append(document.createElement('button'));
    });
    expect((await runAxe({ context: { include: [['#probe']] } })).map((v) => v.id)).toEqual(['button-name']);
  });

  describe('axe-core finds no violation', () => {
    for (const language of ['fr', 'en'] as const) {
      it(`on the popup describing a Zoom tab (${language})`, async () => {
        await setLanguage(language);
        await openPopupOnZoom('https://zoom.us/meeting/schedule', 'schedule');
        const violations = await runAxe();
        expect(formatViolations(violations)).toBe('');
      });
    }

    it('on the popup of a plain tab', async () => {
      await setLanguage('fr');
      await browser.url('data:text/html,<title>Plain</title><p>Plain</p>');
      await openExtensionTab(POPUP);
      const plain = await browser.executeAsync((done: (id: number) => void) => {
        const c = (globalThis as unknown as { chrome: { tabs: { getCurrent: (cb: (t?: { id?: number }) => void) => void; query: (q: object, cb: (tabs: Array<{ id?: number; url?: string }>) => void) => void } } }).chrome;
        c.tabs.getCurrent((self) => c.tabs.query({}, (tabs) => done(tabs.find((t) => t.id !== self?.id && t.url === undefined)?.id ?? -1)));
      });
      await browser.url(extensionPage(`${POPUP}?tabId=${plain}`));
      await browser.waitUntil(async () => (await browser.execute(() => document.querySelector('main')?.getAttribute('data-vigie-popup'))) === 'overview', {
        timeout: 5000,
      });
      // Open the folded reasons too, so that axe checks them.
      await browser.execute(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(formatViolations(await runAxe())).toBe('');
    });

    for (const language of ['fr', 'en'] as const) {
      it(`on the options page (${language})`, async () => {
        await setLanguage(language);
        await browser.url(extensionPage(OPTIONS));
        await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === language, { timeout: 5000 });
        expect(formatViolations(await runAxe())).toBe('');
      });
    }

    it('on the in-page panel (shadow root of #vigie-root) on the schedule page', async () => {
      await setLanguage('fr');
      await openAndWait('https://zoom.us/meeting/schedule', 'schedule');
      await browser.waitUntil(() => browser.execute(() => !!document.getElementById('vigie-root')?.shadowRoot?.querySelector('.panel')), { timeout: 5000 });
      await expandPanel();
      const violations = await runAxe({ context: { include: [['#vigie-root']] } });
      expect(formatViolations(violations)).toBe('');
    });

    it('on the in-page panel of a forbidden service', async () => {
      await browser.url(extensionPage(OPTIONS));
      await browser.executeAsync((done: () => void) => {
        const c = (globalThis as unknown as { chrome: { storage: { local: { set: (i: object, cb: () => void) => void } } } }).chrome;
        c.storage.local.set({ 'vigie.userOptions': { profile: 'ac-aix-marseille', language: 'fr' } }, done);
      });
      await openAndWait('https://zoom.us/j/123', 'join');
      await waitForVigie((s) => s.rules.includes('service-forbidden'), 'service-forbidden');
      await expandPanel();
      const violations = await runAxe({ context: { include: [['#vigie-root']] } });
      expect(formatViolations(violations)).toBe('');
      await setLanguage('fr');
    });
  });

  describe('keyboard', () => {
    it('walks the popup in reading order with a visible focus', async () => {
      await setLanguage('fr');
      await openPopupOnZoom('https://zoom.us/j/85012345678', 'join');
      await browser.execute(() => (document.activeElement as HTMLElement | null)?.blur());
      const count = await browser.execute(
        () => document.querySelectorAll('a[href], button, summary, select, [tabindex="0"]').length,
      );
      const walk = await tabWalk(count);
      // Skip link first, then the content in document order, the options link last.
      expect(walk[0]?.attrs.class).toBe('skip');
      expect(walk[walk.length - 1]?.attrs['data-vigie-options-link']).toBe('');
      // One stop per link: an alternative with several addresses (CNED: école, collège, lycée) has several.
      const alternatives = walk
        .map((f) => f.attrs['in-alternative'])
        .filter((id, i, all): id is string => Boolean(id) && id !== all[i - 1]);
      const expected = await browser.execute(() => Array.from(document.querySelectorAll('[data-alternative]')).map((el) => el.getAttribute('data-alternative')));
      expect(alternatives).toEqual(expected);
      for (const item of walk) expectVisibleFocus(item);
      // Shift+Tab goes back the same way.
      const back = await tabWalk(2, true);
      expect(back[1]?.text).toBe(walk[walk.length - 3]?.text);
      // Enter on a "learn more" summary opens it.
      await browser.execute(() => (document.querySelector('[data-rule] summary') as HTMLElement | null)?.focus());
      await browser.keys(['Enter']);
      expect(await browser.execute(() => (document.querySelector('[data-rule] details') as HTMLDetailsElement | null)?.open)).toBe(true);
    });

    it('walks the options page and changes the profile with the keyboard', async () => {
      await setLanguage('fr');
      await browser.url(extensionPage(OPTIONS));
      await browser.waitUntil(async () => (await browser.execute(() => !!document.getElementById('vigie-profile'))), { timeout: 5000 });
      const walk = await tabWalk(4);
      // The « Administration » link in the header comes first.
      expect(walk.map((f) => f.id)).toEqual(['', 'vigie-profile', 'vigie-language', '']);
      expect(walk[0]?.attrs['data-vigie-admin-link']).toBe('');
      expect(walk[3]?.attrs['data-vigie-reset-acks']).toBe('');
      expect(walk[3]?.tag).toBe('button');
      for (const item of walk) expectVisibleFocus(item);
      await browser.keys(['Shift', 'Tab']);
      await browser.keys(['Shift', 'Tab']);
      expect((await focused()).id).toBe('vigie-profile');
      await browser.keys(['ArrowDown']);
      await browser.waitUntil(
        async () => (await browser.execute(() => document.querySelector('[data-vigie-summary-profile]')?.getAttribute('data-vigie-summary-profile'))) !== 'default',
        { timeout: 5000, timeoutMsg: 'profile changed and saved from the keyboard' },
      );
      await browser.executeAsync((done: () => void) => {
        (globalThis as unknown as { chrome: { storage: { local: { clear: (cb: () => void) => void } } } }).chrome.storage.local.clear(done);
      });
    });

    it('reaches and operates the in-page panel with the keyboard', async () => {
      await setLanguage('fr');
      await openAndWait('https://zoom.us/j/85012345678', 'join');
      // Focus the panel's toggle the way Tab reaches it (last in the document), then operate it.
      await browser.execute(() => (document.getElementById('vigie-root')?.shadowRoot?.querySelector('.toggle') as HTMLElement | null)?.focus());
      await browser.keys(['Shift', 'Tab']);
      await browser.keys(['Tab']);
      const toggle = await focused();
      expect(toggle.inShadow).toBe(true);
      expect(toggle.attrs.class).toBe('toggle');
      expectVisibleFocus(toggle);
      const expanded = () => browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector('.toggle')?.getAttribute('aria-expanded'));
      const initial = await expanded();
      const other = initial === 'true' ? 'false' : 'true';
      await browser.keys(['Enter']);
      await browser.waitUntil(async () => (await expanded()) === other, { timeout: 2000, timeoutMsg: 'Enter toggles the panel' });
      await browser.keys(['Enter']);
      await browser.waitUntil(async () => (await expanded()) === initial, { timeout: 2000, timeoutMsg: 'Enter toggles the panel back' });
      if (initial === 'false') {
        await browser.keys(['Enter']);
        await browser.waitUntil(async () => (await expanded()) === 'true', { timeout: 2000, timeoutMsg: 'Enter expands the panel' });
      }
      // The expanded panel's next stops are its own controls, each with a visible focus.
      const walk = await tabWalk(3);
      for (const item of walk) {
        expect(item.inShadow).toBe(true);
        expectVisibleFocus(item);
      }
      // Escape collapses it and gives the focus back to the toggle.
      await browser.keys(['Escape']);
      await browser.waitUntil(async () => (await expanded()) === 'false', { timeout: 2000, timeoutMsg: 'Escape collapses the panel' });
      expect((await focused()).attrs.class).toBe('toggle');
    });

    it('the confirmation dialog takes the focus, keeps it, and Escape closes it', async () => {
      await setLanguage('fr');
      await openAndWait('https://zoom.us/wc/join/85012345678', 'webclient');
      // Keyboard only: type the name, Tab to the web client's Join button, press Enter.
      await browser.execute(() => document.getElementById('input-for-name')?.focus());
      await browser.keys('Camille Martin');
      await browser.keys(['Tab']);
      await browser.keys(['Tab']);
      expect((await focused()).id).toBe('joinBtn');
      await browser.keys(['Enter']);
      await browser.waitUntil(() => browser.execute(() => !!document.getElementById('vigie-root')?.shadowRoot?.querySelector('[data-vigie-confirm]')), {
        timeout: 5000,
        timeoutMsg: 'confirmation dialog before Join (warn mode)',
      });
      // The dialog moves the focus to its safe choice ("Corriger").
      await browser.waitUntil(async () => (await focused()).attrs['data-vigie-confirm-fix'] === '', {
        timeout: 2000,
        timeoutMsg: 'focus on [data-vigie-confirm-fix] when the dialog opens',
      });
      // Tab goes round the dialog's controls and comes back to the first: the focus stays inside.
      const inside = await browser.execute(
        () => document.getElementById('vigie-root')?.shadowRoot?.querySelectorAll('[data-vigie-confirm] button, [data-vigie-confirm] summary, [data-vigie-confirm] a[href]').length ?? 0,
      );
      const walk = await tabWalk(inside);
      for (const item of walk) {
        expect(item.inShadow).toBe(true);
        expectVisibleFocus(item);
      }
      expect(walk[walk.length - 1]?.attrs['data-vigie-confirm-fix']).toBe('');
      // axe on the open dialog.
      expect(formatViolations(await runAxe({ context: { include: [['#vigie-root']] } }))).toBe('');
      await browser.keys(['Escape']);
      await browser.waitUntil(() => browser.execute(() => !document.getElementById('vigie-root')?.shadowRoot?.querySelector('[data-vigie-confirm]')), {
        timeout: 2000,
        timeoutMsg: 'Escape closes the dialog',
      });
    });
  });
});
