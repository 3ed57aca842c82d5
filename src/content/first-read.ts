import { ext as browser } from '../shared/ext';
import { EFFECTIVE_CONFIG_KEY, STORAGE_KEYS } from '../shared/settings';

/** What the content script reads from storage to judge a page: the configuration in force and the acknowledgements. */
export const readSettings = (): Promise<Record<string, unknown>> => browser.storage.local.get([EFFECTIVE_CONFIG_KEY, STORAGE_KEYS.acknowledgements]);

/**
 * The settings, asked for first thing at document_start, before the rest of the content script is evaluated:
 * the first warning waits for their answer, which takes the browser tens of milliseconds while it loads a
 * page. main.iife.ts imports this module first. An about:blank / srcdoc frame asks only when it wakes up.
 */
let first: Promise<Record<string, unknown>> | null = location.protocol === 'about:' ? null : readSettings().catch(() => ({}));

/** The first read's answer the first time, a new read afterwards. */
export function settingsRead(): Promise<Record<string, unknown>> {
  const read = first ?? readSettings();
  first = null;
  return read;
}
