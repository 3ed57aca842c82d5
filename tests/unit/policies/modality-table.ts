import { SENSITIVE_CATEGORIES, type RuleId, type SensitiveCategory } from '../../../src/core/contract';
import { emptyObservations } from '../../../src/core/observations';
import { PROFILE_IDS, RULES, evaluate, resolveConfig, type ProfileId, type Severity } from '../../../src/policies';

/** Shortest seed label: `000_c79….txt` → `000`. */
const seedNo = (seed: string): string => seed.slice(0, 3);

export function configOf(profile: ProfileId) {
  return resolveConfig({ profile }, undefined).config;
}

/** The severity `sensitive-data-detected` takes in `profile` when only `category` is found; null: not reported. */
export function categorySeverity(profile: ProfileId, category: SensitiveCategory): Severity | null {
  const config = configOf(profile);
  const host = config.approvedHosts[0] ?? 'zoom.us';
  const e = evaluate('schedule', { ...emptyObservations(host), sensitive: [category] }, config);
  return e.warnings.find((w) => w.rule === 'sensitive-data-detected')?.severity ?? null;
}

/**
 * The rule × profile table of docs/policy-sources.md: each cell is the severity the profile gives the rule and
 * the seed's own verb beside it, or — when the profile does not apply the rule.
 */
export function ruleTable(): string {
  const head = `| rule | ${PROFILE_IDS.map((p) => `\`${p}\``).join(' | ')} |`;
  const sep = `|---|${PROFILE_IDS.map(() => '---').join('|')}|`;
  const rows = (Object.keys(RULES) as RuleId[]).map((id) => {
    const cells = PROFILE_IDS.map((p) => {
      const config = configOf(p);
      const m = config.profile.modalities[id];
      if (!config.profile.rules.includes(id) || m === undefined) return '—';
      return `${config.rules[id].severity} · « ${m.verb} » (${seedNo(m.source.seed)})`;
    });
    return `| \`${id}\` | ${cells.join(' | ')} |`;
  });
  return [head, sep, ...rows].join('\n');
}

/** Scanner category × profile → the severity of `sensitive-data-detected` and the verb it rests on. */
export function categoryTable(): string {
  const head = `| category | ${PROFILE_IDS.map((p) => `\`${p}\``).join(' | ')} |`;
  const sep = `|---|${PROFILE_IDS.map(() => '---').join('|')}|`;
  const rows = SENSITIVE_CATEGORIES.map((c) => {
    const cells = PROFILE_IDS.map((p) => {
      const m = configOf(p).profile.categories[c];
      const severity = categorySeverity(p, c);
      const verb = `« ${m.verb} » (${seedNo(m.source.seed)})`;
      return m.approved === true ? `not reported: approved purpose ${verb}` : `${severity ?? '—'} · ${verb}`;
    });
    return `| \`${c}\` | ${cells.join(' | ')} |`;
  });
  return [head, sep, ...rows].join('\n');
}
