/**
 * Vigie's service worker: keeps the managed-policy cache fresh, draws the per-tab badge, and keeps
 * the block rules (declarativeNetRequest) in line with the effective configuration.
 */
import browser from 'webextension-polyfill';
import { isVigieMessage } from '../shared/messages';
import { readStoredState, refreshManagedCache, watchStoredState } from '../shared/settings';
import { resolveConfig } from '../policies';
import { updateBadge, clearBadge } from './badge';
import { syncBlockRules } from './blocking';

async function refreshConfiguration(): Promise<void> {
  const state = await readStoredState();
  state.managed = await refreshManagedCache(state.managed);
  const { config } = resolveConfig(state.managed, state.user);
  await syncBlockRules(config);
}

browser.runtime.onInstalled.addListener(() => void refreshConfiguration());
browser.runtime.onStartup.addListener(() => void refreshConfiguration());
watchStoredState(() => void refreshConfiguration());

browser.runtime.onMessage.addListener((message: unknown, sender) => {
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
