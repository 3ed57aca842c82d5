/**
 * `block` enforcement in the service worker: keeps declarativeNetRequest rules in line with the effective
 * configuration, and handles the interstitial's "continue anyway" (one tab, until it closes).
 * The rule shapes live in ../blocked/dnr.ts (pure, unit-tested).
 */
import browser from 'webextension-polyfill';
import type { DeclarativeNetRequest, Runtime } from 'webextension-polyfill';
import { SERVICE_IDS, type ServiceId } from '../core/contract';
import type { EffectiveConfig } from '../policies';
import { resolveConfig } from '../policies';
import { readStoredState } from '../shared/settings';
import {
  BLOCKED_PAGE_PATH,
  blockRules,
  bypassRule,
  isInterstitialUrl,
  nextBypassRuleId,
  serviceOfBypassRule,
  type DnrRule,
} from '../blocked/dnr';

/** Interstitial → service worker: "let this tab through to `service`". */
export interface BlockedContinueMessage {
  type: 'vigie:blocked-continue';
  service: ServiceId;
}

export interface BlockedContinueResult {
  ok: boolean;
  reason?: 'not-allowed' | 'no-tab' | 'error';
}

function isContinueMessage(message: unknown): message is BlockedContinueMessage {
  if (!message || typeof message !== 'object') return false;
  const m = message as { type?: unknown; service?: unknown };
  return m.type === 'vigie:blocked-continue' && typeof m.service === 'string' && (SERVICE_IDS as readonly string[]).includes(m.service);
}

function dnr(): DeclarativeNetRequest.Static | undefined {
  return (browser as { declarativeNetRequest?: DeclarativeNetRequest.Static }).declarativeNetRequest;
}

function sameRules(a: readonly DeclarativeNetRequest.Rule[], b: readonly DnrRule[]): boolean {
  const canon = (rules: readonly unknown[]) =>
    JSON.stringify(
      [...rules]
        .map((r) => r as DnrRule)
        .sort((x, y) => x.id - y.id)
        .map((r) => ({ id: r.id, priority: r.priority ?? 1, action: r.action, condition: r.condition })),
    );
  return canon(a) === canon(b);
}

// Configuration changes can arrive in bursts (install + start-up + storage events): apply them in order.
let queue: Promise<void> = Promise.resolve();

function serialized(task: () => Promise<void>): Promise<void> {
  const run = queue.then(task);
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Makes the dynamic redirect rules match `config.enforcement` (a service in `block` is redirected to the
 * interstitial), and drops "continue anyway" rules that the configuration no longer allows.
 */
export function syncBlockRules(config: EffectiveConfig): Promise<void> {
  return serialized(async () => {
    const api = dnr();
    if (!api) return;
    const wanted = blockRules(config.enforcement, browser.runtime.getURL(BLOCKED_PAGE_PATH));
    const existing = await api.getDynamicRules();
    if (!sameRules(existing, wanted)) {
      await api.updateDynamicRules({
        removeRuleIds: existing.map((rule) => rule.id),
        addRules: wanted as DeclarativeNetRequest.Rule[],
      });
    }
    const session = await api.getSessionRules();
    const stale = session.filter((rule) => {
      const service = serviceOfBypassRule(rule);
      return service !== null && (!config.allowBypass || config.enforcement[service] !== 'block');
    });
    if (stale.length > 0) await api.updateSessionRules({ removeRuleIds: stale.map((rule) => rule.id) });
  });
}

async function currentConfig(): Promise<EffectiveConfig> {
  const state = await readStoredState();
  return resolveConfig(state.managed, state.user).config;
}

/** Adds the session rule letting `tabId` through to `service`, when the configuration allows it. */
async function allowTab(tabId: number, service: ServiceId): Promise<BlockedContinueResult> {
  const config = await currentConfig();
  if (!config.allowBypass || config.enforcement[service] !== 'block') return { ok: false, reason: 'not-allowed' };
  const api = dnr();
  if (!api) return { ok: false, reason: 'error' };
  await serialized(async () => {
    const session = await api.getSessionRules();
    const already = session.some((rule) => serviceOfBypassRule(rule) === service && rule.condition.tabIds?.includes(tabId));
    if (already) return;
    await api.updateSessionRules({ addRules: [bypassRule(nextBypassRuleId(session), tabId, service) as DeclarativeNetRequest.Rule] });
  });
  return { ok: true };
}

/** Content script → service worker: "this page is of a blocked service: may this tab stay?" */
export interface MayStayMessage {
  type: 'vigie:may-stay';
  service: ServiceId;
}

function isMayStayMessage(message: unknown): message is MayStayMessage {
  if (!message || typeof message !== 'object') return false;
  const m = message as { type?: unknown; service?: unknown };
  return m.type === 'vigie:may-stay' && typeof m.service === 'string' && (SERVICE_IDS as readonly string[]).includes(m.service);
}

/** The tab was let through ("continue anyway") to `service`. */
async function tabWasLetThrough(tabId: number, service: ServiceId): Promise<boolean> {
  const api = dnr();
  if (!api) return false;
  const session = await api.getSessionRules();
  return session.some((rule) => serviceOfBypassRule(rule) === service && rule.condition.tabIds?.includes(tabId));
}

/** Forgets every "continue anyway" of a closed tab. */
function forgetTab(tabId: number): Promise<void> {
  return serialized(async () => {
    const api = dnr();
    if (!api) return;
    const session = await api.getSessionRules();
    const ids = session.filter((rule) => serviceOfBypassRule(rule) !== null && rule.condition.tabIds?.includes(tabId)).map((r) => r.id);
    if (ids.length > 0) await api.updateSessionRules({ removeRuleIds: ids });
  });
}

function isFromInterstitial(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && isInterstitialUrl(sender.url);
}

/** Registers the listeners of the block enforcement (call once, at the top level of the service worker). */
export function installBlockingListeners(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (isMayStayMessage(message)) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.id !== browser.runtime.id) return Promise.resolve(true);
      return tabWasLetThrough(tabId, message.service).catch(() => true);
    }
    if (!isContinueMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (tabId === undefined || !isFromInterstitial(sender)) return Promise.resolve<BlockedContinueResult>({ ok: false, reason: 'no-tab' });
    return allowTab(tabId, message.service).catch((): BlockedContinueResult => ({ ok: false, reason: 'error' }));
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId).catch(() => undefined));
}
