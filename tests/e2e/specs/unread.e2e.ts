import { browser, expect, $ } from '@wdio/globals';
import { extensionPage, openAndWait, setUserOptions } from '../support/vigie';
import { formatViolations, runAxe } from '../support/axe';

/**
 * When Vigie cannot find the controls a form context should show, it says so (`data-vigie-unread`, SPEC)
 * instead of staying silent; on every replica whose controls it knows, nothing is unread.
 */

const TYPED_TOPIC = 'Conseil de classe de Léa Martin';
const SETTLE_MS = 2500; // the page counts as settled after 1.5 s without a change of its own

function unreadHere(): Promise<string | null> {
  return browser.execute(() => document.getElementById('vigie-root')?.getAttribute('data-vigie-unread') ?? null);
}

describe('Unread controls: Vigie says what it could not check', () => {
  before(() => setUserOptions({ language: 'fr' }));
  after(() => setUserOptions(null));

  it('a schedule form renamed beyond recognition: unread rules listed, said in the panel and the popup, and a diagnostic with no typed text', async () => {
    await openAndWait('https://zoom.us/meeting/schedule?fixture=schedule-renamed-en', 'schedule');
    await $('#topic').setValue(TYPED_TOPIC);
    await browser.waitUntil(async () => (await unreadHere()) === 'no-pmi waiting-room passcode local-recording-only recording-consent', {
      timeout: 8000,
      timeoutMsg: `data-vigie-unread did not list the unread rules (saw "${await unreadHere()}")`,
    });

    const panel = await browser.execute(() => {
      const shadow = document.getElementById('vigie-root')?.shadowRoot;
      const section = shadow?.querySelector('[data-vigie-unread-list]');
      return {
        heading: section?.querySelector('h2')?.textContent ?? '',
        items: Array.from(section?.querySelectorAll('[data-unread-rule]') ?? []).map((el) => el.getAttribute('data-unread-rule')),
        copy: !!section?.querySelector('button[data-vigie-diagnostic]'),
      };
    });
    expect(panel.heading).toBe("Vigie n'a pas pu vérifier ces réglages : vérifiez-les vous-même");
    expect(panel.items).toEqual(['no-pmi', 'waiting-room', 'passcode', 'local-recording-only', 'recording-consent']);
    expect(panel.copy).toBe(true);

    // "Copier un diagnostic": expand the panel, click, read the text it shows.
    await browser.execute(() => {
      const shadow = document.getElementById('vigie-root')?.shadowRoot;
      const toggle = shadow?.querySelector<HTMLButtonElement>('.panel button.toggle');
      if (toggle?.getAttribute('aria-expanded') === 'false') toggle.click();
    });
    await browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector<HTMLButtonElement>('button[data-vigie-diagnostic]')?.click());
    let diagnostic = '';
    await browser.waitUntil(
      async () => {
        diagnostic = await browser.execute(() => document.getElementById('vigie-root')?.shadowRoot?.querySelector<HTMLTextAreaElement>('[data-vigie-diagnostic-text]')?.value ?? '');
        return diagnostic.length > 0;
      },
      { timeoutMsg: 'no diagnostic shown after « Copier un diagnostic »' },
    );
    expect(diagnostic).toMatch(/^Vigie \d+\.\d+\.\d+/);
    expect(diagnostic).toContain('context: schedule');
    expect(diagnostic).toContain('"Lobby"');
    expect(diagnostic).toContain('"Entry key"');
    expect(diagnostic).toMatch(/input type=checkbox/);
    for (const typed of [TYPED_TOPIC, 'Léa', 'Martin', 'Xy12ab']) expect(diagnostic).not.toContain(typed);
    // The checklist, the control and the diagnostic field are accessible (axe-core, shadow DOM included).
    expect(formatViolations(await runAxe({ context: { include: [['#vigie-root']] } }))).toBe('');

    // The popup says it too, with the same control.
    const pageHandle = await browser.getWindowHandle();
    const { handle } = await browser.createWindow('tab');
    await browser.switchToWindow(handle);
    await browser.url(extensionPage('src/options/index.html'));
    const tabId = await browser.executeAsync((done: (id: number | null) => void) => {
      const c = (globalThis as unknown as { chrome: { tabs: { query: (q: object, cb: (tabs: Array<{ id?: number }>) => void) => void } } }).chrome;
      c.tabs.query({ url: 'https://zoom.us/meeting/schedule*' }, (tabs) => done(tabs[0]?.id ?? null));
    });
    await browser.url(extensionPage(`src/popup/index.html?tabId=${tabId}`));
    await browser.waitUntil(async () => (await browser.execute(() => !!document.querySelector('[data-vigie-unread-list]'))), {
      timeoutMsg: 'the popup does not say what Vigie could not check',
    });
    const popup = await browser.execute(() => ({
      heading: document.querySelector('[data-vigie-unread-list] h2')?.textContent ?? '',
      items: Array.from(document.querySelectorAll('[data-unread-rule]')).map((el) => el.getAttribute('data-unread-rule')),
    }));
    expect(popup.heading).toBe("Vigie n'a pas pu vérifier ces réglages : vérifiez-les vous-même");
    expect(popup.items).toEqual(['no-pmi', 'waiting-room', 'passcode', 'local-recording-only', 'recording-consent']);
    await $('button[data-vigie-diagnostic]').click();
    const popupDiagnostic = await $('[data-vigie-diagnostic-text]').getValue();
    expect(formatViolations(await runAxe())).toBe('');
    expect(popupDiagnostic).toContain('"Lobby"');
    for (const typed of [TYPED_TOPIC, 'Léa', 'Xy12ab']) expect(popupDiagnostic).not.toContain(typed);
    await browser.closeWindow();
    await browser.switchToWindow(pageHandle);
  });

  const KNOWN: Array<[string, string]> = [
    ['https://zoom.us/meeting/schedule', 'schedule'],
    ['https://zoom.us/meeting/schedule?fixture=schedule-en', 'schedule'],
    ['https://zoom.us/meeting/85012345678/edit?fixture=schedule-legacy-en', 'schedule'],
    ['https://zoom.us/profile/setting?tab=meeting', 'meeting-settings'],
    ['https://zoom.us/profile/setting?tab=recording', 'recording-settings'],
    ['https://zoom.us/profile/setting?tab=meeting&fixture=settings-en', 'meeting-settings'],
    ['https://zoom.us/profile/setting?tab=recording&fixture=settings-en', 'recording-settings'],
    ['https://zoom.us/profile/setting?tab=meeting&fixture=settings-2026-en', 'meeting-settings'],
    ['https://zoom.us/profile/setting?tab=recording&fixture=settings-2026-en', 'recording-settings'],
    ['https://zoom.us/wc/join/85012345678', 'webclient'],
    ['https://zoom.us/wc/join/85012345678?fixture=webclient-join-en', 'webclient'],
    ['https://app.zoom.us/wc/85012345678/join?fromPWA=1', 'webclient'],
    ['https://app.zoom.us/wc/home', 'webclient'],
  ];

  it('every replica whose controls Vigie knows: data-vigie-unread stays empty once the page has settled', async () => {
    const seen: Record<string, string | null> = {};
    for (const [url, context] of KNOWN) {
      await openAndWait(url, context);
      await browser.pause(SETTLE_MS);
      seen[url] = await unreadHere();
      if (url.includes('fromPWA')) {
        await browser.switchToFrame(await $('iframe#webclient'));
        seen[`${url} (frame)`] = await unreadHere();
        await browser.switchToFrame(null);
      }
    }
    expect(Object.entries(seen).filter(([, v]) => v !== '')).toEqual([]);
  });
});
