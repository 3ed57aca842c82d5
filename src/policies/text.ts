import type { Lang, LanguageSetting, LocalizedText } from './types';

/** The text in `lang`, falling back to French (the first language) when the translation is empty. */
export function localize(text: LocalizedText, lang: Lang): string {
  const value = text[lang];
  return value !== '' ? value : text.fr;
}

/** Both languages from one string (admin-provided plain text). */
export function bilingual(text: string): LocalizedText {
  return { fr: text, en: text };
}

/** Replace `{name}` placeholders in both languages; `vars` values may be localized. */
export function fill(text: LocalizedText, vars: Record<string, string | LocalizedText>): LocalizedText {
  const one = (lang: Lang): string =>
    text[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return typeof value === 'string' ? value : value[lang];
    });
  return { fr: one('fr'), en: one('en') };
}

/**
 * Resolve the `language` option: `auto` follows the browser's UI language when it is French or English,
 * and falls back to French (Vigie's first language) otherwise.
 */
export function resolveLanguage(setting: LanguageSetting, uiLanguage?: string): Lang {
  if (setting === 'fr' || setting === 'en') return setting;
  const ui = (uiLanguage ?? '').toLowerCase();
  return ui.startsWith('en') ? 'en' : 'fr';
}
