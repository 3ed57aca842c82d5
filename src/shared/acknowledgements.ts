import type { Acknowledgements } from '../policies/types';

/**
 * Acknowledged reminders (`${service}:${ruleId}` → when, in ms) and their lifetime — pure, shared by the
 * evaluation (does a reminder still count as read?), the content script and the service worker (which
 * drop expired ones from storage) and the options page (how many are live).
 */


/** Acknowledged `at` still counts at `now` for a lifetime of `ttlHours` (never a time in the future). */
export function isAcknowledgementLive(at: unknown, ttlHours: number, now: number): boolean {
  if (typeof at !== 'number' || !Number.isFinite(at)) return false;
  const age = now - at;
  return age >= 0 && age < Math.max(0, ttlHours) * 3_600_000;
}

/** The acknowledgements that still count; expired, future-dated or malformed entries are dropped. */
export function liveAcknowledgements(acks: Readonly<Record<string, unknown>>, ttlHours: number, now: number): Acknowledgements {
  const live: Acknowledgements = {};
  for (const [key, at] of Object.entries(acks)) {
    if (isAcknowledgementLive(at, ttlHours, now)) live[key] = at as number;
  }
  return live;
}
