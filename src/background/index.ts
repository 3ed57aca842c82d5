/**
 * Vigie's service worker: keeps the managed-policy cache fresh, draws the per-tab badge, and keeps
 * the block rules (declarativeNetRequest) in line with the effective configuration.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isVigieMessage } from '../shared/messages';
import { readStoredState, refreshManagedCache, watchStoredState } from '../shared/settings';
import { resolveConfig } from '../policies';
import { updateBadge, clearBadge } from './badge';
import { installBlockingListeners, syncBlockRules } from './blocking';

/**
 * Re-reads the live managed policy (refreshing the `storage.local` cache that start-up reads, so no page
 * ever waits on `storage.managed`) and re-applies the effective configuration to the block rules.
 * Runs at every service-worker start, on install/start-up, on `storage.onChanged` ('managed': the admin's
 * policy arrived or changed; 'local': the user's options). A failure never leaves the worker broken: the
 * rules already installed stay until the next successful pass.
 */
async function refreshConfiguration(): Promise<void> {
  try {
    const state = await readStoredState();
    state.managed = await refreshManagedCache(state.managed);
    const { config } = resolveConfig(state.managed, state.user);
    await syncBlockRules(config);
  } catch (error) {
    console.error('Vigie: could not apply the configuration', error);
  }
}

installBlockingListeners();

browser.runtime.onInstalled.addListener(() => void refreshConfiguration());
browser.runtime.onStartup.addListener(() => void refreshConfiguration());
watchStoredState(() => void refreshConfiguration());

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isVigieMessage(message)) return undefined;
  if (message.type === 'vigie:tab-state' && sender.tab?.id !== undefined) {
    void updateBadge(sender.tab.id, message.rules.length, message.worstSeverity);
  }
  return undefined;
});

// The badge belongs to the page that set it: clear it when the tab navigates away from the service.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading') void clearBadge(tabId);
});

void refreshConfiguration();
