import type { Lang } from '../policies/types';

/**
 * UI strings live in the WebExtension `_locales` files (the browser uses them for the manifest).
 * Each entry point registers the catalogs it needs (`useCatalogs`): the extension pages register the
 * whole files (`src/i18n/full.ts`); the content script only the strings the in-page UI shows
 * (`src/content/messages.ts`), which the service worker publishes with the configuration so that the
 * page's bundle carries none. Bundling them, rather than asking `browser.i18n`, lets Vigie follow a
 * language chosen in its options.
 */
export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

let catalogs: Record<Lang, Catalog> = { fr: {}, en: {} };

export function useCatalogs(next: Record<Lang, Catalog>): void {
  catalogs = next;
}

/**
 * Message names may only use [A-Za-z0-9_] (Chrome refuses to load the extension otherwise), while
 * contract ids use hyphens: `status_not-recommended` is looked up as `status_not_recommended`.
 */
export function messageName(key: string): string {
  return key.replace(/-/g, '_');
}

export function t(lang: Lang, key: string, ...substitutions: string[]): string {
  const name = messageName(key);
  const entry = catalogs[lang][name] ?? catalogs.fr[name];
  if (!entry) return key;
  let text = entry.message;
  if (entry.placeholders) {
    for (const [placeholder, { content }] of Object.entries(entry.placeholders)) {
      const index = Number(content.replace('$', '')) - 1;
      text = text.split(`$${placeholder.toUpperCase()}$`).join(substitutions[index] ?? '');
    }
  }
  return text;
}

/** French first: any browser language that is not English gets French. */
export function pickLanguage(preference: 'auto' | Lang | undefined, browserLanguage: string | undefined): Lang {
  if (preference === 'fr' || preference === 'en') return preference;
  return (browserLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'fr';
}
