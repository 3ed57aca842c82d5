import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { README_SCENARIOS, SCENARIOS } from '../../../scripts/demo/scenarios';
import { FIXTURE_ROUTES, resolveFixture } from '../../fixtures/routes';
import { detectContext } from '../../../src/core/context';
import { RULE_IDS, SENSITIVE_CATEGORIES, serviceOfContext } from '../../../src/core/contract';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

function fixtureDocument(file: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
  const parser = new window.DOMParser();
  return parser.parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html') as unknown as Document;
}

describe('demo scenarios', () => {
  it('have unique ids that are safe file names', () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('cover every replica page of tests/fixtures/routes.ts (one set of fixtures, all on the start page)', () => {
    const covered = new Set(SCENARIOS.flatMap((s) => [s.fixture, ...(s.frame ? [s.frame.fixture] : []), ...(s.through ?? [])]));
    expect(FIXTURE_ROUTES.map((r) => r.name).filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: its real https URL resolves to the fixture it names, in its context', (_id, scenario) => {
    const url = new URL(scenario.url);
    expect(url.protocol).toBe('https:');
    expect(resolveFixture(url)?.name).toBe(scenario.fixture);
    expect(detectContext(url)).toBe(scenario.context);
    expect(serviceOfContext(scenario.context)).toBe(scenario.service);
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))('%s: every step targets an element of the replica page', (_id, scenario) => {
    const route = FIXTURE_ROUTES.find((r) => r.name === (scenario.frame?.fixture ?? scenario.fixture));
    expect(route).toBeDefined();
    const doc = fixtureDocument(route!.file);
    if (scenario.frame) expect(fixtureDocument(FIXTURE_ROUTES.find((r) => r.name === scenario.fixture)!.file).querySelector(scenario.frame.selector)).not.toBeNull();
    for (const step of scenario.steps) {
      expect(doc.querySelector(step.selector), `${step.selector} in ${route!.file}`).not.toBeNull();
      expect(step.what.fr.length).toBeGreaterThan(0);
      expect(step.what.en.length).toBeGreaterThan(0);
    }
  });

  it('expect only contract ids, and say what to try in French and English', () => {
    for (const s of SCENARIOS) {
      for (const rule of s.expectRules) expect(RULE_IDS).toContain(rule);
      for (const category of s.expectSensitive ?? []) expect(SENSITIVE_CATEGORIES).toContain(category);
      if (s.expectSensitive?.length || s.expectFieldWarning) expect(s.expectRules).toContain('sensitive-data-detected');
      if (s.expectConfirm) expect(s.steps.at(-1)?.kind).toBe('click');
      for (const text of [s.title.fr, s.title.en, s.hint.fr, s.hint.en]) expect(text.trim().length).toBeGreaterThan(5);
    }
  });

  it('walk what the brief asks for', () => {
    const byId = Object.fromEntries(SCENARIOS.map((s) => [s.id, s]));
    expect(byId['signup-fr']?.expectRules).toContain('professional-email');
    expect(byId['schedule-fr-pmi']?.expectRules).toEqual(expect.arrayContaining(['no-pmi', 'waiting-room']));
    expect(byId['schedule-fr-sensitive']?.expectSensitive).toEqual(expect.arrayContaining(['health', 'class-council']));
    expect(byId['schedule-en-cloud']?.expectRules).toEqual(expect.arrayContaining(['local-recording-only', 'recording-consent']));
    expect(byId['schedule-en-cloud']?.expectConfirm).toBe(true);
    expect(byId['webclient-join-fr']?.expectConfirm).toBe(true);
    expect(byId['meetings-pmi']?.url).toBe('https://zoom.us/meeting#/pmi/1234567890');
    expect(byId['meetings-pmi']?.expectRules).toContain('no-pmi');
    expect(byId['settings-recording']?.expectRules).toContain('local-recording-only');
    expect(byId['discord-app']?.expectRules).toContain('minor-consent');
    expect(byId['webapp-join']?.frame?.selector).toBe('iframe#webclient');
    expect(byId['webapp-join']?.expectConfirm).toBe(true);
    expect(byId['schedule-renamed-unread']?.expectUnread).toEqual(expect.arrayContaining(['waiting-room', 'passcode', 'no-pmi']));
  });

  it('name existing scenarios for the README screenshots', () => {
    for (const id of README_SCENARIOS) expect(SCENARIOS.map((s) => s.id)).toContain(id);
  });
});
