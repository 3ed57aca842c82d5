import fr from '../../public/_locales/fr/messages.json';
import en from '../../public/_locales/en/messages.json';
import type { Lang } from '../policies/types';

/**
 * UI strings live in the WebExtension `_locales` files (the browser uses them for the manifest).
 * The same files are bundled here so that the in-page panel, the popup and the options page can
 * follow a language chosen in Vigie's options, which `browser.i18n` cannot do.
 */
type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const catalogs: Record<Lang, Catalog> = { fr, en };

export type MessageKey = keyof typeof fr;

/**
 * Message names may only use [A-Za-z0-9_] (Chrome refuses to load the extension otherwise), while
 * contract ids use hyphens: `cat_class-council` is looked up as `cat_class_council`.
 */
export function messageName(key: string): string {
  return key.replace(/-/g, '_');
}

export function t(lang: Lang, key: MessageKey | string, ...substitutions: string[]): string {
  const name = messageName(key);
  const entry = catalogs[lang][name] ?? catalogs.fr[name];
  if (!entry) return key;
  let text = entry.message;
  if (entry.placeholders) {
    for (const [name, { content }] of Object.entries(entry.placeholders)) {
      const index = Number(content.replace('$', '')) - 1;
      text = text.split(`$${name.toUpperCase()}$`).join(substitutions[index] ?? '');
    }
  }
  return text;
}

/** French first: any browser language that is not English gets French. */
export function pickLanguage(preference: 'auto' | Lang | undefined, browserLanguage: string | undefined): Lang {
  if (preference === 'fr' || preference === 'en') return preference;
  return (browserLanguage ?? '').toLowerCase().startsWith('en') ? 'en' : 'fr';
}
