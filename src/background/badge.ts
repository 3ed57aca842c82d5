import browser from 'webextension-polyfill';
import type { Severity } from '../policies/types';

const COLORS: Record<Severity, string> = { critical: '#c62828', warning: '#b26a00', info: '#0b5cad' };

export async function updateBadge(tabId: number, count: number, worst: Severity | null): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' });
    if (worst) await browser.action.setBadgeBackgroundColor({ tabId, color: COLORS[worst] });
  } catch {
    // The tab closed meanwhile.
  }
}

export async function clearBadge(tabId: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: '' });
  } catch {
    // The tab closed meanwhile.
  }
}
