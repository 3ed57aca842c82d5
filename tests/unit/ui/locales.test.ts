import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fr from '../../../public/_locales/fr/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { SERVICE_IDS, ENFORCEMENT_MODES } from '../../../src/core/contract';
import { messageKey } from '../../../src/ui/keys';

const catalogs: Record<string, Record<string, { message: string; placeholders?: Record<string, { content: string }> }>> = { fr, en };

/** Message names the UI of the popup and options page builds from contract ids. */
const BUILT_KEYS = [
  ...['forbidden', 'restricted', 'allowed-with-conditions', 'not-recommended'].map((s) => messageKey('status', s)),
  ...ENFORCEMENT_MODES.map((m) => messageKey('enforcement', m)),
  ...SERVICE_IDS.map((s) => messageKey('service', s)),
  ...['error', 'warning'].map((s) => messageKey('problemSeverity', s)),
  ...['critical', 'warning', 'info'].map((s) => messageKey('severity', s)),
];

function keysUsedIn(dir: string): string[] {
  const found = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) keysUsedIn(path).forEach((k) => found.add(k));
    else if (/\.tsx?$/.test(entry.name)) {
      for (const match of readFileSync(path, 'utf8').matchAll(/\bt\(\s*[\w.]+\s*,\s*'([A-Za-z0-9_]+)'/g)) found.add(match[1] as string);
    }
  }
  return [...found];
}

describe('_locales', () => {
  it('have the same message names in French and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it('hold every message the popup, the options page and shared components use', () => {
    const used = [...keysUsedIn(resolve('src/popup')), ...keysUsedIn(resolve('src/options')), ...keysUsedIn(resolve('src/ui')), ...BUILT_KEYS];
    for (const lang of ['fr', 'en']) {
      const missing = used.filter((key) => !catalogs[lang]?.[key]);
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });

  it('declare the placeholders their messages use', () => {
    for (const [lang, catalog] of Object.entries(catalogs)) {
      for (const [key, entry] of Object.entries(catalog)) {
        const used = [...entry.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => (m[1] as string).toLowerCase());
        expect({ lang, key, used: used.filter((name) => !entry.placeholders?.[name]) }).toEqual({ lang, key, used: [] });
      }
    }
  });

  // Chromium refuses to load an extension whose _locales hold any other name
  // ("Name of a key ... is invalid. Only ASCII [a-z], [A-Z], [0-9] and "_" are allowed.").
  it('use only message names Chromium accepts', () => {
    for (const [lang, catalog] of Object.entries(catalogs)) {
      expect({ lang, invalid: Object.keys(catalog).filter((key) => !/^[A-Za-z0-9_]+$/.test(key)) }).toEqual({ lang, invalid: [] });
    }
  });
});
