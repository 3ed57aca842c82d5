import { ext as browser } from './ext';
import { liveAcknowledgements } from './acknowledgements';

/**
 * Everything Vigie keeps, all in the browser's local extension storage (never synced, never sent):
 * - the last managed policy seen, so start-up never waits on `storage.managed`;
 * - the user's own options (profile when not locked, language);
 * - acknowledgements: `${service}:${ruleId}` → time in ms, expired by `acknowledgementTtlHours`.
 */
export const STORAGE_KEYS = {
  managedCache: 'vigie.managedPolicyCache',
  userOptions: 'vigie.userOptions',
  acknowledgements: 'vigie.acknowledgements',
} as const;

/**
 * The configuration in force, resolved by the service worker (validation, profiles and rule texts stay
 * out of the content script, which only reads this). Not in STORAGE_KEYS: writing it must not re-trigger
 * the resolution that produced it.
 */
export const EFFECTIVE_CONFIG_KEY = 'vigie.effectiveConfig';

/**
 * The scanner's lexicon (words and phrases, data only), published by the service worker at install and
 * update. The content script reads it when a field first holds text, so that pages where nobody types
 * never load it. Not in STORAGE_KEYS, for the same reason as the configuration.
 */
export const LEXICON_KEY = 'vigie.lexicon';

export interface UserOptions {
  profile?: string;
  language?: 'auto' | 'fr' | 'en';
}

export interface StoredState {
  managed: Record<string, unknown>;
  user: UserOptions;
  acknowledgements: Record<string, number>;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/**
 * Reads the managed policy. Firefox throws when no policy is installed and Chrome rejects when the
 * schema is missing: both mean "no admin policy".
 */
export async function readManagedPolicy(): Promise<Record<string, unknown>> {
  try {
    const area = browser.storage.managed;
    if (!area) return {};
    return asRecord(await area.get(null));
  } catch {
    return {};
  }
}

export async function readStoredState(): Promise<StoredState> {
  const local = await browser.storage.local.get([
    STORAGE_KEYS.managedCache,
    STORAGE_KEYS.userOptions,
    STORAGE_KEYS.acknowledgements,
  ]);
  return {
    managed: asRecord(local[STORAGE_KEYS.managedCache]),
    user: asRecord(local[STORAGE_KEYS.userOptions]) as UserOptions,
    acknowledgements: asRecord(local[STORAGE_KEYS.acknowledgements]) as Record<string, number>,
  };
}

/** Calls `onChange` whenever the managed policy, the user's options or the acknowledgements change. */
export function watchStoredState(onChange: (area: string) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed') onChange(area);
    else if (area === 'local' && Object.values(STORAGE_KEYS).some((key) => key in changes)) onChange(area);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function saveUserOptions(options: UserOptions): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.userOptions]: options });
}

/** Marks `keys` as read now, and drops the acknowledgements that have expired in the same write. */
export async function acknowledge(keys: readonly string[], ttlHours: number, now = Date.now()): Promise<void> {
  const { acknowledgements } = await readStoredState();
  const kept = liveAcknowledgements(acknowledgements, ttlHours, now);
  for (const key of keys) kept[key] = now;
  await browser.storage.local.set({ [STORAGE_KEYS.acknowledgements]: kept });
}

/**
 * Service worker: removes expired acknowledgements from storage (at every start of the worker and whenever the
 * configuration, hence the lifetime, changes). Writes only when something expired.
 */
export async function pruneAcknowledgements(ttlHours: number, now = Date.now()): Promise<void> {
  const { acknowledgements } = await readStoredState();
  const live = liveAcknowledgements(acknowledgements, ttlHours, now);
  if (Object.keys(live).length === Object.keys(acknowledgements).length) return;
  if (Object.keys(live).length === 0) await browser.storage.local.remove(STORAGE_KEYS.acknowledgements);
  else await browser.storage.local.set({ [STORAGE_KEYS.acknowledgements]: live });
}

export async function resetAcknowledgements(): Promise<void> {
  await browser.storage.local.remove(STORAGE_KEYS.acknowledgements);
}

/** Service worker: publishes the resolved configuration for the content scripts (only when it changed). */
export async function publishEffectiveConfig(config: unknown): Promise<void> {
  const current = await browser.storage.local.get(EFFECTIVE_CONFIG_KEY);
  if (JSON.stringify(current[EFFECTIVE_CONFIG_KEY]) === JSON.stringify(config)) return;
  await browser.storage.local.set({ [EFFECTIVE_CONFIG_KEY]: config });
}

/** Service worker: publishes the scanner's lexicon for the content scripts (only when it changed). */
export async function publishLexicon(lexicon: unknown): Promise<void> {
  const current = await browser.storage.local.get(LEXICON_KEY);
  if (JSON.stringify(current[LEXICON_KEY]) === JSON.stringify(lexicon)) return;
  await browser.storage.local.set({ [LEXICON_KEY]: lexicon });
}
