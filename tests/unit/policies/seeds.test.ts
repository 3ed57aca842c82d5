import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/core/contract';
import { ALTERNATIVES, PROFILES, RULES, SEED_FILES } from '../../../src/policies';
import { HTTPS_URL_PATTERN } from '../../../src/policies/validate';
import { SEEDS_MISSING_REASON, bundledSources, normalizeForMatch, seedsDir } from './helpers';

const dir = seedsDir();
const seedText = new Map<string, string>();
for (const file of dir ? readdirSync(dir) : []) {
  if (file.endsWith('.txt')) seedText.set(file, normalizeForMatch(readFileSync(path.join(dir as string, file), 'utf8')));
}
const sources = bundledSources();
// Said once in the run's output as well as in the skipped tests' names.
if (!dir) console.warn(`[seeds.test] ${SEEDS_MISSING_REASON}`);
const seedSuite = (name: string) => (dir ? name : `${name} — ${SEEDS_MISSING_REASON}`);

describe.skipIf(!dir)(seedSuite('seed sources'), () => {
  it('finds the five seed documents', () => {
    expect([...seedText.keys()].sort()).toEqual([...SEED_FILES].sort());
  });

  it('normalises OCR slips and typography', () => {
    expect(normalizeForMatch('déja a disposition dans I’établissement')).toBe(
      normalizeForMatch('déjà à disposition dans l’établissement'),
    );
    expect(normalizeForMatch('e |a nature des  informations')).toBe('e la nature des informations');
    expect(normalizeForMatch('« personnel »')).toBe(normalizeForMatch('"personnel”'));
  });

  it.each(sources.map((s) => [s.where, s.source] as const))('%s names a seed file and quotes it', (_where, source) => {
    expect(seedText.has(source.seed), `unknown seed ${source.seed}`).toBe(true);
    expect(source.passage.length).toBeGreaterThan(8);
    expect(source.passage.length).toBeLessThan(300);
    expect(seedText.get(source.seed)).toContain(normalizeForMatch(source.passage));
  });

});

describe('bundled sources', () => {
  it('uses every seed at least once', () => {
    const used = new Set(sources.map((s) => s.source.seed));
    for (const seed of SEED_FILES) expect(used.has(seed), seed).toBe(true);
  });
});

describe('bundled data', () => {
  it('defines exactly the SPEC rule ids, each under its own key', () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
    for (const [key, rule] of Object.entries(RULES)) expect(rule.id).toBe(key);
  });

  it('profiles only list SPEC rule ids, without duplicates', () => {
    for (const profile of Object.values(PROFILES)) {
      for (const id of profile.rules) expect(RULE_IDS).toContain(id);
      expect(new Set(profile.rules).size).toBe(profile.rules.length);
    }
  });

  const https = new RegExp(HTTPS_URL_PATTERN);
  const urls: [string, string][] = [];
  for (const alt of Object.values(ALTERNATIVES)) {
    urls.push([`${alt.id}.url`, alt.url]);
    for (const link of alt.links ?? []) urls.push([`${alt.id}.links`, link.url]);
  }
  for (const profile of Object.values(PROFILES)) {
    if (profile.helpUrl) urls.push([`${profile.id}.helpUrl`, profile.helpUrl]);
    for (const stance of Object.values(profile.stances)) {
      for (const r of [...stance.reasons, ...(stance.conditions ?? []), ...(stance.tips ?? [])]) {
        if (r.url) urls.push([`${profile.id} reason url`, r.url]);
      }
    }
  }
  it.each(urls)('%s is an https URL (%s)', (_where, url) => {
    expect(url).toMatch(https);
    expect(new URL(url).protocol).toBe('https:');
  });

  it.skipIf(!dir).each(urls)(seedSuite('%s is given in a seed (%s)'), (_where, url) => {
    const host = new URL(url).host;
    const inSomeSeed = [...seedText.values()].some((text) => text.includes(host));
    expect(inSomeSeed, `${host} appears in a seed`).toBe(true);
  });

  it('texts exist in French and English and differ where they should', () => {
    for (const rule of Object.values(RULES)) {
      for (const text of [rule.title, rule.why, rule.details]) {
        expect(text.fr.trim()).not.toBe('');
        expect(text.en.trim()).not.toBe('');
        expect(text.fr).not.toBe(text.en);
      }
    }
    for (const alt of Object.values(ALTERNATIVES)) {
      expect(alt.purpose.fr).not.toBe(alt.purpose.en);
      expect(alt.audience.fr).not.toBe(alt.audience.en);
    }
  });

  it('alternative ids are unique and well-formed', () => {
    for (const profile of Object.values(PROFILES)) {
      const ids = profile.alternatives.map((a) => a.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
    }
  });
});

describe.skipIf(!dir)(seedSuite('passage check is not vacuous'), () => {
  it('rejects a passage that is not in the seed', () => {
    const text = seedText.get('000_c7977897f072341b.txt') ?? '';
    expect(text).not.toContain(normalizeForMatch('Zoom est parfaitement sécurisé'));
    expect(text).toContain(normalizeForMatch('les communications organisées via Zoom US ne sont pas sécurisées'));
  });
});
