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
