/** What Vigie must show for a scenario under a given profile and enforcement (pure). */
import type { EnforcementMode, RuleId, SensitiveCategory } from '../../src/core/contract';
import { PROFILES, type ProfileId } from '../../src/policies/profiles';
import type { DemoScenario } from './scenarios';

export interface DemoConfig {
  profile: ProfileId;
  /** Enforcement forced for both services by the demo's policy; else the profile's own. */
  enforcement?: EnforcementMode;
}

export interface Expectation {
  enforcement: EnforcementMode;
  /** `block` on a service the profile forbids: the page is replaced by the interstitial. */
  blocked: boolean;
  rules: RuleId[];
  /** Rules of the scenario the profile does not apply (not required). */
  notApplied: RuleId[];
  sensitive: SensitiveCategory[];
  confirm: boolean;
  fieldWarning: boolean;
  /** Rules Vigie must say it could not check (`data-vigie-unread`). */
  unread: RuleId[];
}

export function expectationFor(scenario: DemoScenario, config: DemoConfig): Expectation {
  const profile = PROFILES[config.profile];
  const enforcement = config.enforcement ?? profile.enforcement[scenario.service];
  const stance = profile.stances[scenario.service].status;
  const applies = (rule: RuleId) => profile.rules.includes(rule);
  const rules: RuleId[] = [];
  if (stance === 'forbidden' && applies('service-forbidden')) rules.push('service-forbidden');
  if (stance === 'restricted' && applies('service-restricted')) rules.push('service-restricted');
  for (const rule of scenario.expectRules) if (applies(rule) && !rules.includes(rule)) rules.push(rule);
  const scanned = applies('sensitive-data-detected');
  return {
    enforcement,
    blocked: enforcement === 'block' && stance === 'forbidden',
    rules,
    notApplied: scenario.expectRules.filter((rule) => !applies(rule)),
    sensitive: scanned ? [...(scenario.expectSensitive ?? [])] : [],
    confirm: !!scenario.expectConfirm && enforcement !== 'inform',
    fieldWarning: !!scenario.expectFieldWarning && scanned,
    unread: (scenario.expectUnread ?? []).filter(applies),
  };
}

/** The expected items missing from what Vigie shows; empty when all are there. */
export function missingFrom(expectation: Expectation, seen: { rules: readonly string[]; sensitive: readonly string[]; confirm: boolean; fieldWarning: boolean; unread?: readonly string[] }): string[] {
  const missing: string[] = [];
  for (const rule of expectation.rules) if (!seen.rules.includes(rule)) missing.push(`rule ${rule}`);
  for (const category of expectation.sensitive) if (!seen.sensitive.includes(category)) missing.push(`sensitive category ${category}`);
  if (expectation.confirm && !seen.confirm) missing.push('confirmation dialog [data-vigie-confirm]');
  for (const rule of expectation.unread ?? []) if (!seen.unread?.includes(rule)) missing.push(`unread rule ${rule} (data-vigie-unread)`);
  if (expectation.fieldWarning && !seen.fieldWarning) missing.push('field warning [data-vigie-field-warning]');
  return missing;
}
