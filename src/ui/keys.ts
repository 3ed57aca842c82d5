/**
 * `_locales` message names may only hold ASCII letters, digits and `_` (Chromium refuses to load the
 * extension otherwise), while contract ids use `-` (`allowed-with-conditions`, `class-council`).
 * UI code builds message names from ids through this function.
 */
export function messageKey(prefix: string, id: string): string {
  return `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
}

/** "Label : value" in French (non-breaking space before the colon), "Label: value" in English. */
export function colon(lang: 'fr' | 'en'): string {
  return lang === 'fr' ? '\u00a0: ' : ': ';
}
