/**
 * Gathers the self-test's inputs in the options page (browser APIs only; no network): a fresh read of
 * `storage.managed`, timed and bounded; the worker's diagnostics; host access per service
 * (`permissions.contains`); the dynamic block rules; the extension id.
 */
import { SERVICE_IDS, type ServiceId } from '../core/contract';
import { SERVICE_DOMAINS } from '../core/hosts';
import { readDiagnostics } from '../shared/diagnostics';
import { ext as browser } from '../shared/ext';
import { readManagedPolicy } from '../shared/settings';
import type { SelfTestInput } from './selftest';

export const SELF_TEST_TIMEOUT_MS = 3000;

async function timedManagedRead(): Promise<SelfTestInput['live']> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), SELF_TEST_TIMEOUT_MS);
  });
  try {
    const policy = await Promise.race([readManagedPolicy(), timeout]);
    return { policy, waitedMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}

async function hostAccess(service: ServiceId): Promise<boolean | null> {
  try {
    const origins = SERVICE_DOMAINS[service].flatMap((d) => [`https://${d}/*`, `https://*.${d}/*`]);
    return await browser.permissions.contains({ origins });
  } catch {
    return null;
  }
}

async function blockRuleIds(): Promise<number[]> {
  const dnr = (browser as unknown as { declarativeNetRequest?: { getDynamicRules(): Promise<Array<{ id: number }>> } }).declarativeNetRequest;
  if (!dnr) return [];
  try {
    return (await dnr.getDynamicRules()).map((r) => r.id);
  } catch {
    return [];
  }
}

export async function probeSelfTest(cached: Record<string, unknown>): Promise<SelfTestInput> {
  const [live, diagnostics, access, ruleIds] = await Promise.all([
    timedManagedRead(),
    readDiagnostics().catch(() => ({ lastSeen: {} }) as Awaited<ReturnType<typeof readDiagnostics>>),
    Promise.all(SERVICE_IDS.map(async (s) => [s, await hostAccess(s)] as const)),
    blockRuleIds(),
  ]);
  return {
    live,
    cached,
    ...(diagnostics.managedRead ? { workerRead: diagnostics.managedRead } : {}),
    access: Object.fromEntries(access),
    lastSeen: diagnostics.lastSeen,
    ruleIds,
    extensionId: browser.runtime.id,
  };
}
