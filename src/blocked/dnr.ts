/**
 * The block interstitial's contract with declarativeNetRequest — pure (no browser API), shared by the
 * service worker (which installs the rules) and the interstitial page (which reads its own URL).
 *
 * - `block` enforcement of a service = one dynamic rule per service redirecting top-level navigations
 *   to any of its hosts (`requestDomains` also matches subdomains) to
 *   `src/blocked/index.html?service=<id>&url=<original https URL>` (a `regexSubstitution`, so the
 *   original URL travels in the redirect), plus one for plain-http navigations that carries no URL.
 * - "Continue anyway" = one session rule that `allow`s the service's main frames in that tab only, at a
 *   higher priority than the redirect; removed when the tab closes.
 */
import { SERVICE_IDS, type EnforcementMode, type ServiceId } from '../core/contract';
import { SERVICE_DOMAINS, serviceOfHost } from '../core/hosts';

export const BLOCKED_PAGE_PATH = 'src/blocked/index.html';

/**
 * True when `url` is the interstitial, opened from this extension's package. Chromium serves it under a
 * per-session dynamic id (`use_dynamic_url`, so that sites cannot probe for Vigie), not under the static id
 * `runtime.getURL` gives: the scheme and the path say it, the sender's extension id says it is ours.
 */
export function isInterstitialUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'chrome-extension:' || parsed.protocol === 'moz-extension:') && parsed.pathname === `/${BLOCKED_PAGE_PATH}`;
  } catch {
    return false;
  }
}

/** Dynamic rule ids owned by the block enforcement (the only dynamic rules Vigie installs). */
export const BLOCK_RULE_IDS: Readonly<Record<ServiceId, { https: number; other: number }>> = {
  zoom: { https: 1, other: 2 },
  discord: { https: 3, other: 4 },
};
export const BLOCK_RULE_PRIORITY = 1;
/** Session "continue anyway" rules: ids from here up, priority above the redirects. */
export const BYPASS_RULE_ID_BASE = 1000;
export const BYPASS_RULE_PRIORITY = 100;

/** The subset of a declarativeNetRequest rule Vigie writes (structurally compatible with the browser's type). */
export interface DnrRule {
  id: number;
  priority: number;
  action:
    | { type: 'redirect'; redirect: { regexSubstitution: string } }
    | { type: 'allow' };
  condition: {
    regexFilter?: string;
    requestDomains: string[];
    resourceTypes: Array<'main_frame'>;
    tabIds?: number[];
  };
}

/** The redirect rules for every service whose enforcement is `block`, given the interstitial's full URL. */
export function blockRules(enforcement: Readonly<Record<ServiceId, EnforcementMode>>, pageUrl: string): DnrRule[] {
  const rules: DnrRule[] = [];
  for (const service of SERVICE_IDS) {
    if (enforcement[service] !== 'block') continue;
    const requestDomains = [...SERVICE_DOMAINS[service]];
    const resourceTypes: Array<'main_frame'> = ['main_frame'];
    // https: the whole original URL (\0) is carried back, last in the query so it needs no encoding.
    rules.push({
      id: BLOCK_RULE_IDS[service].https,
      priority: BLOCK_RULE_PRIORITY,
      action: { type: 'redirect', redirect: { regexSubstitution: `${pageUrl}?service=${service}&url=\\0` } },
      condition: { regexFilter: '^https://.*', requestDomains, resourceTypes },
    });
    // Anything else (http://…): blocked too, but no URL is carried back (https only).
    rules.push({
      id: BLOCK_RULE_IDS[service].other,
      priority: BLOCK_RULE_PRIORITY,
      action: { type: 'redirect', redirect: { regexSubstitution: `${pageUrl}?service=${service}` } },
      condition: { regexFilter: '^http://.*', requestDomains, resourceTypes },
    });
  }
  return rules;
}

/** The session rule letting one tab through to one service ("continue anyway"). */
export function bypassRule(id: number, tabId: number, service: ServiceId): DnrRule {
  return {
    id,
    priority: BYPASS_RULE_PRIORITY,
    action: { type: 'allow' },
    condition: { requestDomains: [...SERVICE_DOMAINS[service]], resourceTypes: ['main_frame'], tabIds: [tabId] },
  };
}

/** The service a bypass rule lets through, or null when `rule` is not one of Vigie's bypass rules. */
export function serviceOfBypassRule(rule: { id: number; action: { type: string }; condition: { requestDomains?: string[] } }): ServiceId | null {
  if (rule.id < BYPASS_RULE_ID_BASE || rule.action.type !== 'allow') return null;
  const first = rule.condition.requestDomains?.[0];
  return first ? serviceOfHost(first) : null;
}

/** The next free bypass rule id given the session rules already installed. */
export function nextBypassRuleId(existing: ReadonlyArray<{ id: number }>): number {
  let id = BYPASS_RULE_ID_BASE;
  for (const rule of existing) if (rule.id >= id) id = rule.id + 1;
  return id;
}

/** What the interstitial was opened for. `url` is only set when it is a safe https URL of that service. */
export interface BlockedTarget {
  service: ServiceId | null;
  url: string | null;
}

/** The interstitial's URL for `service` and an original URL (used by tests and by links Vigie builds). */
export function blockedPageUrl(pageUrl: string, service: ServiceId, original?: string): string {
  return original === undefined ? `${pageUrl}?service=${service}` : `${pageUrl}?service=${service}&url=${original}`;
}

/**
 * Reads the interstitial's own URL. The original URL is everything after the first `&url=` (the redirect
 * writes it raw, with its own `&` and `?`); a percent-encoded one is accepted too.
 */
export function parseBlockedLocation(href: string): BlockedTarget {
  const queryStart = href.indexOf('?');
  if (queryStart < 0) return { service: null, url: null };
  const query = href.slice(queryStart + 1);
  const urlAt = query.indexOf('&url=');
  const head = urlAt >= 0 ? query.slice(0, urlAt) : query.split('#', 1)[0] ?? '';
  const serviceParam = new URLSearchParams(head).get('service');
  const service = (SERVICE_IDS as readonly string[]).includes(serviceParam ?? '') ? (serviceParam as ServiceId) : null;
  if (!service || urlAt < 0) return { service, url: null };
  let raw = query.slice(urlAt + '&url='.length);
  if (/^https?%3A/i.test(raw)) {
    try {
      raw = decodeURIComponent(raw);
    } catch {
      return { service, url: null };
    }
  }
  return { service, url: safeReturnUrl(raw, service) };
}

/** `raw` when it is an https URL on one of `service`'s hosts (no credentials), else null. */
export function safeReturnUrl(raw: string, service: ServiceId): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  if (serviceOfHost(url.hostname) !== service) return null;
  return url.href;
}
