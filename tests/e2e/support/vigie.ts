import { browser } from '@wdio/globals';
import { EXTENSION_ID } from './chromium';

export interface VigieState {
  present: boolean;
  shadowOpen: boolean;
  parentIsHtml: boolean;
  context: string | null;
  rules: string[];
  sensitive: string[];
  shownRules: string[];
}

/** Reads `#vigie-root` the way an external check does: through the SPEC contract only. */
export async function readVigie(): Promise<VigieState> {
  return browser.execute(() => {
    const root = document.getElementById('vigie-root');
    const split = (value: string | null | undefined) => (value ? value.split(/\s+/).filter(Boolean) : []);
    return {
      present: !!root,
      shadowOpen: !!root?.shadowRoot,
      parentIsHtml: root?.parentElement === document.documentElement,
      context: root?.getAttribute('data-vigie-context') ?? null,
      rules: split(root?.getAttribute('data-vigie-rules')),
      sensitive: split(root?.getAttribute('data-vigie-sensitive')),
      shownRules: Array.from(root?.shadowRoot?.querySelectorAll('[data-rule]') ?? []).map((el) => el.getAttribute('data-rule') ?? ''),
    };
  });
}

/** Waits until Vigie's state satisfies `predicate`; the failure message shows the last state seen. */
export async function waitForVigie(predicate: (state: VigieState) => boolean, what: string, timeout = 5000): Promise<VigieState> {
  let last: VigieState | undefined;
  try {
    await browser.waitUntil(
      async () => {
        last = await readVigie();
        return predicate(last);
      },
      { timeout, interval: 50 },
    );
  } catch {
    throw new Error(`Timed out waiting for ${what}; last Vigie state: ${JSON.stringify(last)}`);
  }
  return last as VigieState;
}

/** Opens a real URL (mapped to the fixture server) and waits for Vigie to mark the page. */
export async function openAndWait(url: string, context: string): Promise<VigieState> {
  await browser.url(url);
  return waitForVigie((s) => s.present && s.context === context, `#vigie-root with context "${context}" on ${url}`, 10000);
}

/** Clicks an element inside Vigie's shadow root. */
export async function clickInShadow(selector: string): Promise<void> {
  const found = await browser.execute((sel: string) => {
    const el = document.getElementById('vigie-root')?.shadowRoot?.querySelector<HTMLElement>(sel);
    if (!el) return false;
    el.click();
    return true;
  }, selector);
  if (!found) throw new Error(`No ${selector} in Vigie's shadow root`);
}

export async function shadowExists(selector: string): Promise<boolean> {
  return browser.execute((sel: string) => !!document.getElementById('vigie-root')?.shadowRoot?.querySelector(sel), selector);
}

export function extensionPage(path: string): string {
  return `chrome-extension://${EXTENSION_ID}/${path}`;
}

/**
 * Sets the user's own options (profile, language) the way the options page does, from an extension
 * page, then comes back. `null` clears them.
 */
export async function setUserOptions(options: Record<string, unknown> | null): Promise<void> {
  const current = await browser.getUrl();
  await browser.url(extensionPage('src/options/index.html'));
  await browser.executeAsync((opts: Record<string, unknown> | null, done: () => void) => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set: (v: object) => Promise<void>; remove: (k: string[]) => Promise<void> } } } }).chrome;
    const work = opts
      ? api.storage.local.set({ 'vigie.userOptions': opts })
      : api.storage.local.remove(['vigie.userOptions', 'vigie.acknowledgements']);
    void work.then(() => done());
  }, options);
  if (current.startsWith('http')) await browser.url(current);
}

/** Remembers, in the page's own world, how often the page handled a click on `selector`. */
export async function countPageClicks(selector: string): Promise<void> {
  await browser.execute((sel: string) => {
    const w = window as unknown as { __clicks?: number };
    w.__clicks = 0;
    document.querySelector(sel)?.addEventListener('click', () => {
      w.__clicks = (w.__clicks ?? 0) + 1;
    });
  }, selector);
}

export async function pageClicks(): Promise<number> {
  return browser.execute(() => (window as unknown as { __clicks?: number }).__clicks ?? 0);
}
