import { RULES } from './rules';
import { DEFAULT_ACKNOWLEDGEMENT_TTL_HOURS, SENSITIVE_CATEGORY_LABELS } from './evaluate';
import { DEFAULT_PROFILE_ID, PROFILES, isProfileId, type ProfileId } from './profiles';
import type { Alternative, EffectiveConfig, PolicyProblem, Profile, RuleDefinition } from './types';
import type { RuleId } from '../core/contract';
import { validateManagedPolicy, validateUserOptions } from './validate';

export interface ResolvedConfig {
  config: EffectiveConfig;
  /** Managed-policy problems first, then the user's options'. */
  problems: PolicyProblem[];
}

function mergeAlternatives(bundled: readonly Alternative[], admin: readonly Alternative[]): Alternative[] {
  const byId = new Map(admin.map((a) => [a.id, a]));
  // An admin entry with a bundled id replaces it in place; the others follow.
  const merged = bundled.map((a) => byId.get(a.id) ?? a);
  const bundledIds = new Set(bundled.map((a) => a.id));
  return [...merged, ...admin.filter((a) => !bundledIds.has(a.id))];
}

/** The rule definitions with the profile's own wording of them (`ruleOverrides`). */
export function rulesFor(profile: Profile): Readonly<Record<RuleId, RuleDefinition>> {
  const overrides = profile.ruleOverrides;
  if (overrides === undefined) return RULES;
  const out = { ...RULES };
  for (const [id, override] of Object.entries(overrides) as [RuleId, Partial<RuleDefinition>][]) {
    out[id] = { ...RULES[id], ...override };
  }
  return out;
}

/**
 * The configuration in force: bundled profile (managed `profile`, else the user's, else `default`),
 * then the managed policy, then the user's options. Never throws; every problem is returned.
 */
export function resolveConfig(managed: unknown, user: unknown): ResolvedConfig {
  const { policy, problems: managedProblems } = validateManagedPolicy(managed);
  const { options, problems: userProblems } = validateUserOptions(user);
  const lock = policy.lockUserSettings === true;

  if (lock && options.profile !== undefined && options.profile !== policy.profile) {
    userProblems.push({
      origin: 'user',
      path: 'profile',
      severity: 'warning',
      message: {
        fr: 'Votre administrateur a verrouillé les réglages : votre choix de profil n’est pas appliqué.',
        en: 'Your administrator locked the settings: your profile choice is not applied.',
      },
      fix: {
        fr: 'Adressez-vous à votre service informatique pour changer de profil.',
        en: 'Ask your IT department to change the profile.',
      },
    });
  }

  const candidate = policy.profile ?? (lock ? undefined : options.profile);
  const profileId: ProfileId = isProfileId(candidate) ? candidate : DEFAULT_PROFILE_ID;
  const profile = PROFILES[profileId];

  const mode = policy.alternativesMode ?? 'append';
  let alternatives: readonly Alternative[] = profile.alternatives;
  if (policy.alternatives !== undefined) {
    alternatives = mode === 'replace' ? policy.alternatives : mergeAlternatives(profile.alternatives, policy.alternatives);
  }

  const config: EffectiveConfig = {
    profileId,
    profile,
    rules: rulesFor(profile),
    institutionName: policy.institutionName ?? profile.institutionName,
    enforcement: { ...profile.enforcement, ...policy.enforcement },
    allowBypass: policy.allowBypass ?? false,
    institutionEmailDomains: policy.institutionEmailDomains ?? profile.institutionEmailDomains,
    approvedHosts: policy.approvedHosts ?? profile.approvedHosts,
    alternatives,
    alternativesMode: mode,
    disabledRules: policy.disabledRules ?? [],
    lockUserSettings: lock,
    acknowledgementTtlHours: policy.acknowledgementTtlHours ?? DEFAULT_ACKNOWLEDGEMENT_TTL_HOURS,
    allowAutoFix: policy.allowAutoFix ?? true,
    language: options.language ?? 'auto',
    sensitiveCategoryLabels: SENSITIVE_CATEGORY_LABELS,
  };
  const dpoContact = policy.dpoContact ?? profile.dpoContact;
  if (dpoContact !== undefined) config.dpoContact = dpoContact;
  if (profile.rightsContact !== undefined) config.rightsContact = profile.rightsContact;
  // The profile's phrasing (« l’Académie d’Aix-Marseille ») while the administrator keeps its name.
  const sameName = policy.institutionName === undefined || policy.institutionName.trim() === profile.institutionName;
  if (sameName && profile.institutionPhrase !== undefined) {
    config.institutionPhrase = profile.institutionPhrase;
  }
  if (alternatives.length === 0 && profile.noAlternativesNote !== undefined) {
    config.noAlternativesNote = profile.noAlternativesNote;
  }
  if (policy.helpUrl !== undefined) {
    config.helpUrl = policy.helpUrl;
  } else if (profile.helpUrl !== undefined) {
    config.helpUrl = profile.helpUrl;
    if (profile.helpLabel !== undefined) config.helpLabel = profile.helpLabel;
  }

  return { config, problems: [...managedProblems, ...userProblems] };
}

/** What a user with no administrator and no options gets. */
export const DEFAULT_CONFIG: EffectiveConfig = resolveConfig(undefined, undefined).config;
