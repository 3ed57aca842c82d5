import '../i18n/full';
import '../ui/page.css';
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { pickLanguage, t } from '../i18n';
import { applyDocumentLanguage, browserLanguage, followPageState, type PageState } from '../ui/page-state';
import type { GetTabFramesMessage, GetTabSnapshotMessage, TabSnapshot } from '../shared/messages';
import { describeTab, isTabSnapshot, parseTabId, type PopupView } from './model';
import { Popup } from './Popup';

/** How long the popup waits for the tab's content script before showing the general overview. */
const SNAPSHOT_TIMEOUT_MS = 1500;
const OPTIONS_PATH = 'src/options/index.html';

interface TabInfo {
  tabId: number | null;
  url: string | undefined;
  snapshot: TabSnapshot | null;
  /** The tab's other frames that Vigie reads (Zoom's web client runs in an iframe). */
  frames: TabSnapshot[];
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

async function askTab(tabId: number | null, frameId = 0): Promise<TabSnapshot | null> {
  if (tabId === null) return null;
  const message: GetTabSnapshotMessage = { type: 'vigie:get-tab-snapshot' };
  try {
    const answer = await Promise.race([
      browser.tabs.sendMessage(tabId, message, { frameId }) as Promise<unknown>,
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
    ? describeTab(tab.snapshot, tab.url, page.config, page.stored.acknowledgements, Date.now(), tab.frames)
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

/** The snapshots of the tab's other frames, as the service worker knows them from their reports. */
async function askFrames(tabId: number | null): Promise<TabSnapshot[]> {
  if (tabId === null) return [];
  try {
    const message: GetTabFramesMessage = { type: 'vigie:get-tab-frames', tabId };
    const ids = (await browser.runtime.sendMessage(message)) as unknown;
    if (!Array.isArray(ids)) return [];
    const frameIds = ids.filter((id): id is number => Number.isInteger(id) && id !== 0);
    const answers = await Promise.all(frameIds.map((id) => askTab(tabId, id)));
    return answers.filter((a): a is TabSnapshot => a !== null);
  } catch {
    return [];
  }
}

async function refreshTab(): Promise<void> {
  const found = await findTab();
  const [snapshot, frames] = await Promise.all([askTab(found.tabId), askFrames(found.tabId)]);
  tab = { ...found, snapshot, frames };
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
