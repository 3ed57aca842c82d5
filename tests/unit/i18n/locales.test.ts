import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { SENSITIVE_CATEGORIES } from '../../../src/core/contract';
import { t } from '../../../src/i18n';
import { SENSITIVE_CATEGORY_LABELS } from '../../../src/policies/evaluate';

const localesDir = resolve(__dirname, '../../../public/_locales');
const load = (lang: string) =>
  JSON.parse(readFileSync(resolve(localesDir, lang, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

describe('_locales', () => {
  const locales = readdirSync(localesDir);

  it('has French (default) and English', () => {
    expect(locales.sort()).toEqual(['en', 'fr']);
  });

  it.each(locales)('%s: every message name is one Chrome accepts (it refuses to load the extension otherwise)', (lang) => {
    for (const name of Object.keys(load(lang))) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('French and English define the same messages and placeholders', () => {
    const fr = load('fr');
    const en = load('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    for (const name of Object.keys(fr)) {
      expect(Object.keys(en[name]?.placeholders ?? {}).sort(), name).toEqual(Object.keys(fr[name]?.placeholders ?? {}).sort());
      expect(fr[name]?.message.trim(), name).not.toBe('');
    }
  });

  it('names every scanner category in both languages (policy data, shared by the panel and the warnings)', () => {
    for (const category of SENSITIVE_CATEGORIES) {
      expect(SENSITIVE_CATEGORY_LABELS[category].fr).not.toBe('');
      expect(SENSITIVE_CATEGORY_LABELS[category].en).not.toBe('');
    }
  });

  it('fills placeholders', () => {
    expect(t('fr', 'panelCount', '3')).toBe('3 point(s) d’attention');
    expect(t('en', 'acknowledgeLabel', 'Waiting room')).toBe('Mark as read: Waiting room');
  });
});
