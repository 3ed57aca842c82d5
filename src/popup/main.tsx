import '../i18n/full';
import '../ui/page.css';
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { pickLanguage, t } from '../i18n';
import { applyDocumentLanguage, browserLanguage, followPageState, type PageState } from '../ui/page-state';
import type { GetTabSnapshotMessage, TabSnapshot } from '../shared/messages';
import { describeTab, isTabSnapshot, parseTabId, type PopupView } from './model';
import { Popup } from './Popup';

/** How long the popup waits for the tab's content script before showing the general overview. */
const SNAPSHOT_TIMEOUT_MS = 1500;
const OPTIONS_PATH = 'src/options/index.html';

interface TabInfo {
  tabId: number | null;
  url: string | undefined;
  snapshot: TabSnapshot | null;
}

async function findTab(): Promise<{ tabId: number | null; url: string | undefined }> {
  const named = parseTabId(location.search);
  if (named !== null) {
    try {
      const tab = await browser.tabs.get(named);
      return { tabId: named, url: tab.url };
    } catch {
      return { tabId: null, url: undefined };
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Opened as a page of its own (a tab showing this popup, e.g. from a bookmark or a test), the active tab
  // is this page: describe the tab the person came from, the most recently used other one.
  if (tab?.url?.startsWith(browser.runtime.getURL(''))) {
    const others = (await browser.tabs.query({ currentWindow: true })).filter(
      (t) => t.id !== tab.id && !t.url?.startsWith(browser.runtime.getURL('')),
    );
    const previous = others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    if (previous) return { tabId: previous.id ?? null, url: previous.url };
  }
  return { tabId: tab?.id ?? null, url: tab?.url };
}

async function askTab(tabId: number | null): Promise<TabSnapshot | null> {
  if (tabId === null) return null;
  const message: GetTabSnapshotMessage = { type: 'vigie:get-tab-snapshot' };
  try {
    const answer = await Promise.race([
      browser.tabs.sendMessage(tabId, message) as Promise<unknown>,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), SNAPSHOT_TIMEOUT_MS)),
    ]);
    return isTabSnapshot(answer) ? answer : null;
  } catch {
    // No content script in this tab (another site, a browser page, or a page opened before install).
    return null;
  }
}

const app = document.getElementById('app') as HTMLElement;
let page: PageState | null = null;
let tab: TabInfo | null = null;

function draw(): void {
  if (!page) return;
  const view: PopupView | null = tab
    ? describeTab(tab.snapshot, tab.url, page.config, page.stored.acknowledgements)
    : null;
  applyDocumentLanguage(page.lang, t(page.lang, 'popupHeading'));
  render(
    <Popup
      lang={page.lang}
      config={page.config}
      view={view}
      optionsUrl={browser.runtime.getURL(OPTIONS_PATH)}
      onOpenOptions={() => {
        void browser.runtime.openOptionsPage().then(() => {
          if (parseTabId(location.search) === null) window.close();
        });
      }}
    />,
    app,
  );
}

async function refreshTab(): Promise<void> {
  const found = await findTab();
  const snapshot = await askTab(found.tabId);
  tab = { ...found, snapshot };
  draw();
}

followPageState(
  (state) => {
    const first = page === null;
    page = state;
    draw();
    // Options or acknowledgements changed: the tab's observations may too (e.g. another profile).
    if (!first) void refreshTab();
  },
  () => {
    const lang = pickLanguage('auto', browserLanguage());
    applyDocumentLanguage(lang, t(lang, 'popupHeading'));
    app.textContent = t(lang, 'pageError');
  },
);
void refreshTab();
