/**
 * Identifiers that are part of Vigie's observable contract (../shared/SPEC.md).
 * Tests, admins and external checks read these exact strings from the page:
 * never rename one without changing the SPEC first.
 */

export const CONTEXT_IDS = [
  'signup',
  'signin',
  'join',
  'webclient',
  'schedule',
  'meetings',
  'meeting-settings',
  'recording-settings',
  'recordings',
  'download',
  'portal',
  'discord-signup',
  'discord-app',
  'discord',
] as const;
export type ContextId = (typeof CONTEXT_IDS)[number];

export const RULE_IDS = [
  'service-forbidden',
  'service-restricted',
  'institutional-account',
  'professional-email',
  'no-personal-data',
  'no-sensitive-data',
  'sensitive-data-detected',
  'unsecured-communications',
  'no-pmi',
  'waiting-room',
  'passcode',
  'no-public-links',
  'local-recording-only',
  'recording-consent',
  'no-remote-proctoring',
  'identify-participants',
  'official-download',
  'minor-consent',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SENSITIVE_CATEGORIES = [
  'email',
  'phone',
  'nir',
  'ine',
  'iban',
  'card',
  'health',
  'religion',
  'ethnicity',
  'politics',
  'union',
  'sexuality',
  'biometric-genetic',
  'justice-child-protection',
  'class-council',
  'exam',
  'classified',
] as const;
export type SensitiveCategory = (typeof SENSITIVE_CATEGORIES)[number];

export const SERVICE_IDS = ['zoom', 'discord'] as const;
export type ServiceId = (typeof SERVICE_IDS)[number];

export const ENFORCEMENT_MODES = ['inform', 'warn', 'block'] as const;
export type EnforcementMode = (typeof ENFORCEMENT_MODES)[number];

/** The service a context belongs to. */
export function serviceOfContext(context: ContextId): ServiceId {
  return context === 'discord' || context === 'discord-signup' || context === 'discord-app' ? 'discord' : 'zoom';
}

/** Attribute names on `#vigie-root` (SPEC "What a test can observe"). */
export const ROOT_ID = 'vigie-root';
export const ATTR_CONTEXT = 'data-vigie-context';
export const ATTR_RULES = 'data-vigie-rules';
export const ATTR_SENSITIVE = 'data-vigie-sensitive';
export const ATTR_UNREAD = 'data-vigie-unread';
/** In the shadow root: a problem marked next to the page control it was read from. */
export const ATTR_MARKER = 'data-vigie-marker';
/** In the shadow root: the one-click fix of a rule (marker, panel, confirmation). */
export const ATTR_FIX = 'data-vigie-fix';
/** In the confirmation dialog: apply every fix and return to the form without saving. */
export const ATTR_CONFIRM_FIX_ALL = 'data-vigie-confirm-fix-all';
