import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SENSITIVE_CATEGORIES } from '../../../src/core/contract';
import { PROFILE_IDS, type ProfileId } from '../../../src/policies';
import { STRENGTH_CEILING, withinCeiling } from '../../../src/policies/modality';
import type { Strength } from '../../../src/policies/types';
import { categorySeverity, categoryTable, configOf, ruleTable } from './modality-table';
import { normalizeForMatch } from './helpers';

/**
 * A warning must not say more than its source: a rule's severity never exceeds what the seed's own verb
 * allows — critical only for what a seed forbids (« interdit », « à proscrire », « impossible »,
 * « en aucun cas », « exclut formellement »).
 */
describe('severity never exceeds the seed’s verb', () => {
  it('the ceilings: critical only for a verb that forbids', () => {
    const critical = (Object.keys(STRENGTH_CEILING) as Strength[]).filter((s) => STRENGTH_CEILING[s] === 'critical');
    expect(critical).toEqual(['forbids']);
    expect(STRENGTH_CEILING.informs).toBe('info');
    // Not vacuous: the check rejects what overstates.
    expect(withinCeiling('critical', 'recommends')).toBe(false);
    expect(withinCeiling('critical', 'questions')).toBe(false);
    expect(withinCeiling('warning', 'informs')).toBe(false);
    expect(withinCeiling('critical', 'forbids')).toBe(true);
    expect(withinCeiling('info', 'avoid')).toBe(true);
  });

  const rows: [ProfileId, string][] = [];
  for (const p of PROFILE_IDS) for (const id of configOf(p).profile.rules) rows.push([p, id]);

  it.each(rows)('%s / %s: has a verb, quoted from its passage, and stays within it', (p, id) => {
    const config = configOf(p);
    const m = config.profile.modalities[id as keyof typeof config.profile.modalities];
    expect(m, `${p} ${id} has no modality`).toBeDefined();
    if (m === undefined) return;
    expect(normalizeForMatch(m.source.passage)).toContain(normalizeForMatch(m.verb));
    const severity = config.rules[id as keyof typeof config.rules].severity;
    expect(withinCeiling(severity, m.strength), `${severity} > « ${m.verb} » (${m.strength})`).toBe(true);
  });

  const cats: [ProfileId, string][] = [];
  for (const p of PROFILE_IDS) for (const c of SENSITIVE_CATEGORIES) cats.push([p, c]);

  it.each(cats)('%s / category %s: sensitive-data-detected stays within the verb', (p, c) => {
    const m = configOf(p).profile.categories[c as (typeof SENSITIVE_CATEGORIES)[number]];
    expect(normalizeForMatch(m.source.passage)).toContain(normalizeForMatch(m.verb));
    const severity = categorySeverity(p, c as (typeof SENSITIVE_CATEGORIES)[number]);
    if (m.approved === true) {
      expect(severity).toBeNull();
    } else {
      expect(severity).not.toBeNull();
      expect(withinCeiling(severity ?? 'info', m.strength), `${severity} > « ${m.verb} »`).toBe(true);
    }
  });

  it('critical only where a seed forbids: every critical rule of every profile rests on a forbidding verb', () => {
    for (const p of PROFILE_IDS) {
      const config = configOf(p);
      for (const id of config.profile.rules) {
        if (config.rules[id].severity === 'critical') expect(config.profile.modalities[id]?.strength, `${p} ${id}`).toBe('forbids');
      }
    }
  });
});

describe('docs/policy-sources.md', () => {
  const doc = readFileSync(path.resolve(__dirname, '../../../docs/policy-sources.md'), 'utf8');
  it('holds the rule × profile table, as the data says', () => {
    expect(doc).toContain(ruleTable());
  });
  it('holds the category × profile table, as the data says', () => {
    expect(doc).toContain(categoryTable());
  });
});
