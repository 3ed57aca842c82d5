/**
 * Vigie's service worker: resolves the configuration in force (bundled profile, managed policy, user
 * options) and publishes it for the content scripts, keeps the managed-policy cache fresh, draws the
 * per-tab badge, and keeps the block rules (declarativeNetRequest) in line with the configuration.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isVigieMessage } from '../shared/messages';
import { STORAGE_KEYS, pruneAcknowledgements, publishEffectiveConfig, publishLexicon, readManagedPolicy, readStoredState, watchStoredState } from '../shared/settings';
import { publishedVocabulary } from '../core/scanner/index';
import { serviceOfHost } from '../core/hosts';
import { recordManagedRead, recordSeen } from '../shared/diagnostics';
import { resolveConfig, type EffectiveConfig } from '../policies';
import { updateBadge } from './badge';
import { recordReport, reportingFrames } from './frames';
import { installBlockingListeners, syncBlockRules } from './blocking';
import { publishedConfig } from '../content/messages';

/** Chromium may answer `storage.managed.get` late (or never) while its policy service starts: bound the wait. */
const MANAGED_READ_TIMEOUT_MS = 3000;
/** Re-reads after an unanswered or doubtful read (the worker stays alive while it keeps calling APIs). */
const MANAGED_RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];

/** One configuration for every part: published for the content scripts, applied to the block rules. */
async function applyConfig(config: EffectiveConfig): Promise<void> {
  await publishEffectiveConfig(publishedConfig(config));
  await syncBlockRules(config);
  await pruneAcknowledgements(config.acknowledgementTtlHours);
}

type Trigger = 'startup' | 'managed' | 'local' | 'retry';

function isEmpty(policy: Record<string, unknown>): boolean {
  return Object.keys(policy).length === 0;
}

/** The live managed policy, or null when the browser does not answer in time. */
async function readManagedWithin(ms: number): Promise<Record<string, unknown> | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([readManagedPolicy(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

let retryAttempt = 0;
let readCount = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/** Schedules another read of the live policy; false when the retries are used up. */
function scheduleRetry(): boolean {
  if (retryTimer !== undefined) return true;
  const delay = MANAGED_RETRY_DELAYS_MS[retryAttempt];
  if (delay === undefined) return false;
  retryAttempt++;
  retryTimer = setTimeout(() => {
    retryTimer = undefined;
    void refreshConfiguration('retry');
  }, delay);
  return true;
}

/**
 * Applies the configuration to the block rules, first from the `storage.local` cache of the managed policy
 * (start-up never waits on `storage.managed`), then from the live policy, which refreshes the cache.
 * Runs at every service-worker start, on install/start-up and on `storage.onChanged` ('managed': the admin's
 * policy arrived or changed; 'local': the user's options or the cache). Chromium may not have loaded its
 * policies yet when the worker starts — `storage.managed.get` then hangs or answers `{}`, and no
 * `onChanged` follows — so an unanswered read, or an empty answer while a policy is cached, is retried for a
 * while before the cache is dropped. A failure never leaves the worker broken: the rules already installed
 * stay until the next successful pass.
 */
async function refreshConfiguration(trigger: Trigger): Promise<void> {
  try {
    const state = await readStoredState();
    await applyConfig(resolveConfig(state.managed, state.user).config);
    const started = Date.now();
    const live = await readManagedWithin(MANAGED_READ_TIMEOUT_MS);
    void recordManagedRead({
      outcome: live === null ? 'timeout' : isEmpty(live) ? 'empty' : 'received',
      waitedMs: Date.now() - started,
      at: Date.now(),
      attempt: ++readCount,
    });
    if (live === null) {
      scheduleRetry();
      return;
    }
    const doubtful = trigger !== 'managed' && isEmpty(live) && !isEmpty(state.managed);
    if (doubtful && scheduleRetry()) return;
    retryAttempt = 0;
    if (JSON.stringify(live) !== JSON.stringify(state.managed)) {
      await browser.storage.local.set({ [STORAGE_KEYS.managedCache]: live });
      await applyConfig(resolveConfig(live, state.user).config);
    }
  } catch (error) {
    console.error('Vigie: could not apply the configuration', error);
  }
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

installBlockingListeners();

browser.runtime.onInstalled.addListener(() => {
  void refreshConfiguration('startup');
  // Install and update: the lexicon of this version replaces the previous one.
  void publishLexicon(publishedVocabulary()).catch((error: unknown) => console.error('Vigie: could not publish the lexicon', error));
});
browser.runtime.onStartup.addListener(() => void refreshConfiguration('startup'));
watchStoredState((area) => void refreshConfiguration(area === 'managed' ? 'managed' : 'local'));

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isVigieMessage(message)) return undefined;
  if (message.type === 'vigie:get-config') {
    return readStoredState().then(async (state) => {
      const { config } = resolveConfig(state.managed, state.user);
      await applyConfig(config);
      return publishedConfig(config);
    });
  }
  if (message.type === 'vigie:get-lexicon') {
    const published = publishedVocabulary();
    return publishLexicon(published).then(() => published);
  }
  if (message.type === 'vigie:tab-state' && sender.tab?.id !== undefined) {
    const tabId = sender.tab.id;
    // Every frame of the tab counts (the web client runs in an iframe); each rule once.
    void recordReport(tabId, sender.frameId ?? 0, message)
      .then((summary) => updateBadge(tabId, summary.count, summary.worst))
      .catch(() => updateBadge(tabId, message.rules.length, message.worstSeverity));
    // The self-test's proof that Vigie runs on this service's pages (not stopped by a host restriction).
    const service = sender.url ? serviceOfHost(safeHost(sender.url)) : null;
    if (service) void recordSeen(service);
  }
  if (message.type === 'vigie:get-tab-frames') return reportingFrames(message.tabId);
  return undefined;
});

// No \`tabs.onUpdated\` listener: the browser resets a tab's badge itself when the tab loads another
// document, and the new page's content script reports its own state. A listener would wake this worker
// at every navigation of every tab, on every site — measured at 4–5 ms more per page load by \`npm run bench\`.

void refreshConfiguration('startup');
