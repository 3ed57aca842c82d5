import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_CATALOGS, publishedConfig } from '../../../src/content/messages';
import { SENSITIVE_CATEGORY_LABELS, resolveConfig } from '../../../src/policies';
import { SENSITIVE_CATEGORIES } from '../../../src/core/contract';
import { FULL_CATALOGS } from '../../../src/i18n/full';

const root = resolve(__dirname, '../../..');
/** Files whose strings end up in the page (content script and the shared components it renders). */
const inPageSources = [
  ...readdirSync(resolve(root, 'src/content'))
    .filter((f) => /\.tsx?$/.test(f) && f !== 'messages.ts')
    .map((f) => resolve(root, 'src/content', f)),
  resolve(root, 'src/ui/components.tsx'),
];

describe('the content script’s subset of the _locales catalogs', () => {
  const full = FULL_CATALOGS.fr as Record<string, unknown>;

  it('holds every message name the in-page UI mentions', () => {
    const missing: string[] = [];
    for (const file of inPageSources) {
      const text = readFileSync(file, 'utf8');
      for (const [, name] of text.matchAll(/['"`]([A-Za-z0-9_]+)['"`]/g)) {
        if (name && name in full && !(name in CONTENT_CATALOGS.fr)) missing.push(`${name} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('holds the names built at run time: severities', () => {
    for (const severity of ['critical', 'warning', 'info']) expect(CONTENT_CATALOGS.en).toHaveProperty(`severity_${severity}`);
  });

  it('is the same strings as the _locales files, in both languages', () => {
    expect(Object.keys(CONTENT_CATALOGS.en)).toEqual(Object.keys(CONTENT_CATALOGS.fr));
    for (const [name, entry] of Object.entries(CONTENT_CATALOGS.fr)) expect(entry).toEqual((FULL_CATALOGS.fr as Record<string, unknown>)[name]);
    for (const [name, entry] of Object.entries(CONTENT_CATALOGS.en)) expect(entry).toEqual((FULL_CATALOGS.en as Record<string, unknown>)[name]);
  });
});

describe('what the page gets with the published configuration instead of bundling it', () => {
  const published = publishedConfig(resolveConfig({}, {}).config);

  it('the in-page strings, in both languages, through JSON (storage) unchanged', () => {
    expect(JSON.parse(JSON.stringify(published)).messages).toEqual(CONTENT_CATALOGS);
  });

  it('how every scanner category reads, in both languages', () => {
    expect(published.sensitiveCategoryLabels).toEqual(SENSITIVE_CATEGORY_LABELS);
    for (const category of SENSITIVE_CATEGORIES) {
      expect(published.sensitiveCategoryLabels[category]?.fr, category).toBeTruthy();
      expect(published.sensitiveCategoryLabels[category]?.en, category).toBeTruthy();
    }
  });
});
