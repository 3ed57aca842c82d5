/** Vigie's policy knowledge: profiles, rules, alternatives, evaluation, validation. Pure — no browser API. */
export type * from './types';
export { RULES } from './rules';
export { ALTERNATIVES, BUNDLED_ALTERNATIVE_IDS, type BundledAlternativeId } from './alternatives';
export { PROFILES, PROFILE_IDS, DEFAULT_PROFILE_ID, isProfileId, type ProfileId } from './profiles';
export {
  evaluate,
  acknowledgementKey,
  isAcknowledgeable,
  institutionLabel,
  activeRuleIds,
  weighCategories,
  SERVICE_NAMES,
  SENSITIVE_CATEGORY_LABELS,
  REMINDER_CONFIRMATION_CONTEXTS,
  DEFAULT_ACKNOWLEDGEMENT_TTL_HOURS,
} from './evaluate';
export { resolveConfig, DEFAULT_CONFIG, type ResolvedConfig } from './config';
export {
  validateManagedPolicy,
  validateUserOptions,
  MANAGED_POLICY_KEYS,
  USER_OPTION_KEYS,
  LIMITS as POLICY_LIMITS,
  type ManagedPolicyKey,
  type ManagedPolicyValidation,
  type UserOptionsValidation,
} from './validate';
export {
  classifyEmailDomain,
  isPersonalWebmail,
  isInstitutionDomain,
  normalizeDomain,
  PERSONAL_WEBMAIL_DOMAINS,
  PERSONAL_WEBMAIL_FAMILIES,
  type EmailDomainClass,
} from './email';
export { localize, fill, bilingual, resolveLanguage } from './text';
export { SEED_FILES, POLICY_SOURCE_SEED, MANAGED_POLICY_SOURCE } from './sources';
