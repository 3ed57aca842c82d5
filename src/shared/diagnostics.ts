import type { ServiceId } from '../core/contract';
import { ext as browser } from './ext';

/**
 * What the service worker records for the deployment self-test (options page), in `storage.local` under a key
 * outside STORAGE_KEYS (writing it must not re-trigger a configuration pass):
 * - its last read of the administrator's policy (`storage.managed`): outcome and how long it waited;
 * - when Vigie's content script last ran on each service's pages (an administrator's `runtime_blocked_hosts`
 *   or a site-access restriction stops it there silently).
 */
export const DIAGNOSTICS_KEY = 'vigie.diagnostics';

export type ManagedReadOutcome = 'received' | 'empty' | 'timeout';

export interface ManagedRead {
  outcome: ManagedReadOutcome;
  /** How long the read took (ms), or the timeout when unanswered. */
  waitedMs: number;
  /** When it finished (ms since epoch). */
  at: number;
  /** Reads since the worker started (retries included). */
  attempt: number;
}

export interface Diagnostics {
  managedRead?: ManagedRead;
  /** Last time the content script reported from a page of each service (ms since epoch). */
  lastSeen: Partial<Record<ServiceId, number>>;
}

function asDiagnostics(value: unknown): Diagnostics {
  const v = value && typeof value === 'object' ? (value as Partial<Diagnostics>) : {};
  return { ...(v.managedRead ? { managedRead: v.managedRead } : {}), lastSeen: v.lastSeen && typeof v.lastSeen === 'object' ? v.lastSeen : {} };
}

export async function readDiagnostics(): Promise<Diagnostics> {
  const stored = await browser.storage.local.get(DIAGNOSTICS_KEY);
  return asDiagnostics(stored[DIAGNOSTICS_KEY]);
}

let writes: Promise<void> = Promise.resolve();

/** Read-modify-write, one at a time. */
export function updateDiagnostics(change: (current: Diagnostics) => Diagnostics | null): Promise<void> {
  writes = writes
    .then(async () => {
      const next = change(await readDiagnostics());
      if (next) await browser.storage.local.set({ [DIAGNOSTICS_KEY]: next });
    })
    .catch(() => undefined);
  return writes;
}

/** "Seen" marks older than this are refreshed; fresher ones are not rewritten at every message. */
export const SEEN_REFRESH_MS = 10 * 60_000;

export function recordSeen(service: ServiceId, now = Date.now()): Promise<void> {
  return updateDiagnostics((d) => {
    const last = d.lastSeen[service];
    if (last !== undefined && now - last >= 0 && now - last < SEEN_REFRESH_MS) return null;
    return { ...d, lastSeen: { ...d.lastSeen, [service]: now } };
  });
}

export function recordManagedRead(read: ManagedRead): Promise<void> {
  return updateDiagnostics((d) => ({ ...d, managedRead: read }));
}
