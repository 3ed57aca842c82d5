import browser from 'webextension-polyfill';
import type { Severity } from '../policies/types';

/**
 * The toolbar badge, per tab: the number of active, unacknowledged warnings of the page, coloured by
 * the worst severity among them. The content script reports its state (`vigie:tab-state`). The browser
 * resets a tab's badge when the tab loads another document (Firefox documents it; popup.e2e.ts checks
 * it in Chromium), so a tab that leaves the service loses it without Vigie watching every navigation.
 */

/** Badge background per severity; white text on each meets WCAG AA contrast (≥ 4.5:1). */
export const BADGE_COLORS: Record<Severity, string> = { critical: '#b71c1c', warning: '#8a4b00', info: '#0b5cad' };
export const BADGE_TEXT_COLOR = '#ffffff';

/** Text of the badge for `count` warnings: empty when none, "99+" beyond two digits' worth of room. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
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
