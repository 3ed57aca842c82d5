import browser from 'webextension-polyfill';
import type { Severity } from '../policies/types';
import { serviceOfHost } from '../core/hosts';

/**
 * The toolbar badge, per tab: the number of active, unacknowledged warnings of the page, coloured by
 * the worst severity among them. The content script reports its state (`vigie:tab-state`); the badge
 * is cleared when the tab leaves the service (navigation to any other site, tab replaced).
 */

/** Badge background per severity; white text on each meets WCAG AA contrast (≥ 4.5:1). */
export const BADGE_COLORS: Record<Severity, string> = { critical: '#b71c1c', warning: '#8a4b00', info: '#0b5cad' };
export const BADGE_TEXT_COLOR = '#ffffff';

/** Text of the badge for `count` warnings: empty when none, "99+" beyond two digits' worth of room. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}

/**
 * Whether a navigation to `url` leaves the services Vigie watches. An unknown URL (Chromium hides
 * the URL of sites the extension has no permission on) is, by construction, outside the services.
 */
export function leavesService(url: string | undefined): boolean {
  if (!url) return true;
  try {
    const parsed = new URL(url);
    return parsed.protocol !== 'https:' || serviceOfHost(parsed.hostname) === null;
  } catch {
    return true;
  }
}

export async function updateBadge(tabId: number, count: number, worst: Severity | null): Promise<void> {
  try {
    const text = badgeText(count);
    if (text && worst) {
      await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLORS[worst] });
      // Chrome ≥ 110 and Firefox support a text colour; older browsers keep their default (white).
      const action = browser.action as unknown as { setBadgeTextColor?: (details: { tabId: number; color: string }) => Promise<void> };
      if (typeof action.setBadgeTextColor === 'function') await action.setBadgeTextColor({ tabId, color: BADGE_TEXT_COLOR });
    }
    await browser.action.setBadgeText({ tabId, text });
  } catch {
    // The tab closed meanwhile.
  }
}

/**
 * Clears the tab's badge: the service worker calls it when the tab starts loading another document
 * (Chromium fires "loading" before the new document's content script runs, so its first report comes
 * after). When the caller knows the URL being loaded and it is still a page of the service, the badge
 * is kept: that page's content script reports its own state right away.
 */
export async function clearBadge(tabId: number, url?: string): Promise<void> {
  if (url !== undefined && !leavesService(url)) return;
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
  } catch {
    // The tab closed meanwhile.
  }
}

/**
 * What to do with a tab's badge on `tabs.onUpdated`: clear it when the tab starts loading a page
 * outside the services. A page of the service keeps the badge until its content script reports its
 * own state (a new content script always reports once), so a report that arrives before the
 * "loading" event is not wiped out.
 */
export function shouldClearOnUpdate(change: { status?: string; url?: string }, tabUrl: string | undefined): boolean {
  if (change.url !== undefined) return leavesService(change.url);
  if (change.status === 'loading') return leavesService(tabUrl);
  return false;
}
