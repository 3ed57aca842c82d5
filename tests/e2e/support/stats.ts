import type { ContentStats } from '../../../src/shared/messages';
import { EXTENSION_ID } from './chromium';

/**
 * Asks the content script of the current tab (a page under `urlPattern`) for its own statistics — handler
 * time, passes, whether the scanner's lexicon was loaded — from an extension page, then comes back.
 */
export async function contentStats(driver: WebdriverIO.Browser, urlPattern = 'https://zoom.us/*'): Promise<ContentStats> {
  const pageTab = await driver.getWindowHandle();
  // Chromium refuses to open an extension page from a web page's window.open: open a tab, then navigate.
  const { handle } = await driver.createWindow('tab');
  await driver.switchToWindow(handle);
  await driver.url(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
  const stats = await driver.executeAsync((pattern: string, done: (value: ContentStats | null) => void) => {
    type Tabs = { query: (q: object) => Promise<Array<{ id?: number; active?: boolean }>>; sendMessage: (id: number, m: object, o?: object) => Promise<unknown> };
    const api = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    void api.tabs.query({ url: pattern }).then(async (tabs) => {
      const id = tabs[0]?.id;
      if (id === undefined) return done(null);
      done((await api.tabs.sendMessage(id, { type: 'vigie:get-stats' }, { frameId: 0 })) as ContentStats);
    });
  }, urlPattern);
  await driver.closeWindow();
  await driver.switchToWindow(pageTab);
  if (!stats) throw new Error(`no statistics from the content script of ${urlPattern}`);
  return stats;
}
